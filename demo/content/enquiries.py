"""Demo form pages: the contact form (also the accessibility feedback channel) and the
peer-to-peer registration, in German and English."""

from wagtail.models import Page

from enquiries.models import FormField, FormPage, PeerExchangeFormPage

from ..context import translate_form_labels

TEAM = "portal-team@example.org"

# clean name: (German label, English label, field type, required)
CONTACT_FIELDS = {
    "name": ("Name", "Name", "singleline", True),
    "e_mail": ("E-Mail-Adresse", "E-mail address", "email", True),
    "nachricht": ("Nachricht", "Message", "multiline", True),
}

CONTACT = {
    "de": {
        "title": "Kontakt",
        "teaser": "Schreiben Sie dem Portalteam – mit Fragen, Hinweisen oder gemeldeten Barrieren.",
        "intro": "<p>Wir antworten in der Regel innerhalb von drei Arbeitstagen.</p>",
        "thank_you_text": "<p>Vielen Dank für Ihre Nachricht. Wir melden uns bald bei Ihnen.</p>",
        "subject": "Neue Nachricht über das Kontaktformular",
    },
    "en": {
        "title": "Contact",
        "teaser": "Write to the portal team – with questions, suggestions or barriers you found.",
        "intro": "<p>We usually answer within three working days.</p>",
        "thank_you_text": "<p>Thank you for your message. We will get back to you soon.</p>",
        "subject": "New message via the contact form",
    },
}

REGISTRATION = {
    "de": {
        "title": "Anmeldung zum Peer-to-Peer-Austausch",
        "teaser": "Melden Sie Ihre Kommune kostenlos für den Erfahrungsaustausch mit anderen "
        "Städten an.",
        "intro": "<p>Städte lernen am besten voneinander. Nennen Sie uns die Themen, zu denen "
        "Ihre Kommune Erfahrungen sucht oder teilen möchte; wir bringen Sie mit passenden "
        "Partnerstädten zusammen. Die Teilnahme ist kostenlos.</p>",
        "thank_you_text": "<p>Vielen Dank für Ihre Anmeldung. Wir melden uns, sobald wir eine "
        "passende Partnerstadt gefunden haben.</p>",
        "consent_text": "Ich bin einverstanden, dass das Portalteam meine Angaben speichert, um "
        "den Peer-to-Peer-Austausch zu organisieren, mich dazu zu kontaktieren und meinen Namen, "
        "meine Funktion und meine E-Mail-Adresse an Partnerstädte weiterzugeben, mit denen es "
        "uns bekannt macht. Ich kann die Einwilligung jederzeit widerrufen.",
        "subject": "Neue Anmeldung zum Peer-to-Peer-Austausch",
    },
    "en": {
        "title": "Peer-to-peer registration",
        "teaser": "Register your municipality, free of charge, for an exchange of experience "
        "with other cities.",
        "intro": "<p>Cities learn best from each other. Tell us the topics on which your "
        "municipality seeks or wants to share experience; we will put you in touch with "
        "matching partner cities. Taking part is free of charge.</p>",
        "thank_you_text": "<p>Thank you for registering. We will contact you as soon as we "
        "have found a matching partner city.</p>",
        "consent_text": "I agree that the portal team stores my details to organise the "
        "peer-to-peer exchange, to contact me about it and to pass my name, role and e-mail "
        "address to the partner cities it introduces us to. I can withdraw my consent at any "
        "time.",
        "subject": "New peer-to-peer registration",
    },
}


def _privacy_page(ctx):
    return Page.objects.filter(slug="datenschutz", locale=ctx.locales["de"], depth=3).first()


def _contact_page(ctx, home, privacy):
    existing = FormPage.objects.child_of(home).filter(slug="kontakt").exists()
    fields = {**CONTACT["de"], "to_address": TEAM, "privacy_page": privacy}
    if not existing:
        # Fields only on creation: rebuilding them would change their keys and translations.
        fields["form_fields"] = [
            FormField(label=de, field_type=kind, required=required, clean_name=name)
            for name, (de, _en, kind, required) in CONTACT_FIELDS.items()
        ]
    german = ctx.page(home, FormPage, "kontakt", **fields)
    english = ctx.translation(german, "contact", **CONTACT["en"])
    translate_form_labels(english, {name: en for name, (_de, en, *_rest) in CONTACT_FIELDS.items()})
    return german


def load(ctx):
    home = ctx.homes["de"]
    privacy = _privacy_page(ctx)
    _contact_page(ctx, home, privacy)
    # Below the home page: StandardPage (the peer-to-peer page) allows only standard pages.
    registration = ctx.page(
        home,
        PeerExchangeFormPage,
        "anmeldung-peer-to-peer",
        **REGISTRATION["de"],
        to_address=TEAM,
        privacy_page=privacy,
    )
    ctx.translation(registration, "peer-to-peer-registration", **REGISTRATION["en"])
