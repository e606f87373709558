"""Demo privacy statement in German and English: who is responsible; the rest of the
statement the portal writes from its code (``privacy.processing``).

Runs before ``enquiries``: the forms link the privacy statement next to their consent."""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page

from privacy.models import PrivacyStatementPage

PRIVACY = {
    "de": {
        "title": "Datenschutzerklärung",
        "teaser": "Welche Daten das Portal verarbeitet, wozu und wie lange – und welche Rechte "
        "Sie haben.",
        "intro": "<p>Sie können dieses Portal lesen, ohne Daten über sich preiszugeben. Hier "
        "steht, was das Portal dennoch verarbeitet, wenn Sie es aufrufen, ein Formular senden "
        "oder als Redakteurin oder Redakteur arbeiten.</p>",
        "controller": "<p>Beispiel-Transferstelle<br>Musterstraße 1<br>10115 Berlin<br>"
        "E-Mail: kontakt@example.org</p>",
        "data_protection_officer": "<p>Datenschutzbeauftragte der Beispiel-Transferstelle<br>"
        "Musterstraße 1, 10115 Berlin<br>E-Mail: datenschutz@example.org</p>",
        "supervisory_authority": "<p>Die Bundesbeauftragte für den Datenschutz und die "
        "Informationsfreiheit (BfDI), Graurheindorfer Straße 153, 53117 Bonn, "
        '<a href="https://www.bfdi.bund.de">www.bfdi.bund.de</a></p>',
        "legal_basis_public_task": "Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit § 3 BDSG",
    },
    "en": {
        "title": "Privacy policy",
        "teaser": "What data the portal processes, why and for how long – and your rights.",
        "intro": "<p>You can read this portal without giving away any data about yourself. "
        "This page says what the portal processes nonetheless when you visit it, send a form "
        "or work on it as an editor.</p>",
        "controller": "<p>Example transfer office<br>Musterstraße 1<br>10115 Berlin<br>"
        "E-mail: kontakt@example.org</p>",
        "data_protection_officer": "<p>Data protection officer of the example transfer "
        "office<br>Musterstraße 1, 10115 Berlin<br>E-mail: datenschutz@example.org</p>",
        "supervisory_authority": "<p>The Federal Commissioner for Data Protection and Freedom "
        "of Information (BfDI), Graurheindorfer Straße 153, 53117 Bonn, Germany, "
        '<a href="https://www.bfdi.bund.de">www.bfdi.bund.de</a></p>',
        "legal_basis_public_task": "Art. 6 (1) (e) GDPR in conjunction with § 3 BDSG (Federal "
        "Data Protection Act)",
    },
}


def _replace_other_type(home, slug: str, model) -> None:
    """Earlier demo versions made these pages standard pages: a page of another type with
    the slug goes (with its translations), so the new type can take the same address."""
    content_type = ContentType.objects.get_for_model(model)
    for page in Page.objects.child_of(home).filter(slug=slug).exclude(content_type=content_type):
        for translation in page.get_translations():
            translation.delete()
        page.delete()


def page_of_type(ctx, model, slug: str, slug_en: str, de: dict, en: dict):
    """The German page of ``model`` below the home page and its English translation, created
    or updated (a page of another type at the address is replaced)."""
    _replace_other_type(ctx.homes["de"], slug, model)
    _replace_other_type(ctx.homes["en"], slug_en, model)
    german = ctx.page(ctx.homes["de"], model, slug, **de)
    english = ctx.translation(german, slug_en, **en)
    return german, english


def load(ctx):
    page_of_type(ctx, PrivacyStatementPage, "datenschutz", "privacy", PRIVACY["de"], PRIVACY["en"])
