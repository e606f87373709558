"""Demo cases of the peer-to-peer exchange: the cities the seed texts name as exchanging
experience (Halle (Saale) and Mannheim in SMARTilience; Ulm, Mayen and Lemgo among the Smart
City model municipalities), at each status, one introduction recorded. Contacts are fictional,
at the demo office's example addresses; no e-mail is sent. A past exchange meeting records the
toolbox entries it discussed, so their pages name it."""

from django.utils import timezone

from core.languages import codes
from exchange.models import Introduction, Participant, Status, StatusChange
from exchange.suggestions import suggestion_between
from news.models import EventPage
from taxonomy.models import Hazard, Municipality, Topic
from toolbox.models import ToolPage

# e-mail (the key): fields, hazards, topics, status
CASES = {
    "halle@demo.example.org": {
        "language": "de",
        "municipality": "halle-saale",
        "contact_person": "Anna Beispiel (Demo)",
        "role": "Klimaanpassung, Stadtplanung",
        "hazards": ["hitze", "starkregen"],
        "topics": ["klimaanpassung", "wasser"],
        "seeks": "Erfahrungen mit Hitzeaktionsplänen und mit der Beteiligung der "
        "Stadtgesellschaft an Klimaanpassungsmaßnahmen.",
        "offers": "Unsere Erfahrungen aus SMARTilience: resiliente Stadtentwicklung mit "
        "digitalen Werkzeugen, Starkregenvorsorge im Bestand.",
        "show_on_profile": True,
        "show_contact": False,
        "status": Status.ADMITTED,
    },
    "mannheim@demo.example.org": {
        "language": "de",
        "municipality": "mannheim",
        "contact_person": "Ben Muster (Demo)",
        "role": "Klimaschutzleitstelle",
        "hazards": ["hitze", "starkregen", "trockenheit"],
        "topics": ["klimaanpassung", "gruen-und-freiraum"],
        "seeks": "Austausch zur Bewässerung von Stadtbäumen in Trockenperioden.",
        "offers": "Hitzeschutz im Quartier, Erfahrungen aus SMARTilience.",
        "show_on_profile": True,
        "show_contact": True,
        "status": Status.ADMITTED,
    },
    "ulm@demo.example.org": {
        "language": "en",
        "municipality": "ulm",
        "contact_person": "Chris Example (demo)",
        "role": "Digital city unit",
        "hazards": ["hitze"],
        "topics": ["digitalisierung", "open-data"],
        "seeks": "Ways to use open sensor data for heat warnings.",
        "offers": "Our Ulm4CleverCity experience with an urban sensor network.",
        "show_on_profile": True,
        "show_contact": False,
        "status": Status.ADMITTED,
    },
    "mayen@demo.example.org": {
        "language": "de",
        "municipality": "mayen",
        "contact_person": "Dana Probe (Demo)",
        "role": "Bauamt",
        "hazards": ["starkregen", "hochwasser"],
        "topics": ["klimaanpassung"],
        "seeks": "Wie kleine Städte eine Starkregengefahrenkarte erstellen.",
        "offers": "",
        "show_on_profile": True,
        "show_contact": False,
        "status": Status.NEW,
    },
    "lemgo@demo.example.org": {
        "language": "de",
        "municipality": "lemgo",
        "contact_person": "Eli Test (Demo)",
        "role": "Stadtentwicklung",
        "hazards": ["trockenheit"],
        "topics": ["digitalisierung"],
        "seeks": "",
        "offers": "",
        "show_on_profile": False,
        "show_contact": False,
        "status": Status.INACTIVE,
    },
    "kalletal@demo.example.org": {
        "language": "de",
        "municipality": "kalletal",
        "contact_person": "Gabi Absage (Demo)",
        "role": "",
        "hazards": [],
        "topics": ["digitalisierung"],
        "seeks": "",
        "offers": "",
        "show_on_profile": False,
        "show_contact": False,
        "status": Status.DECLINED,
    },
    "musterhausen@demo.example.org": {
        "language": "de",
        "proposed_municipality": "Musterhausen (Demo)",
        "contact_person": "Frieda Vorschlag (Demo)",
        "role": "",
        "hazards": ["hitze"],
        "topics": [],
        "seeks": "Einstieg in die Klimaanpassung.",
        "offers": "",
        "show_on_profile": False,
        "show_contact": False,
        "status": Status.NEW,
    },
}
INTRODUCED = [("halle@demo.example.org", "mannheim@demo.example.org")]
CONSENT = {
    "de": "Ich bin einverstanden, dass das Portalteam meine Angaben speichert, um den "
    "Peer-to-Peer-Austausch zu organisieren. (Demo)",
    "en": "I agree that the portal team stores my details to organise the peer-to-peer "
    "exchange. (demo)",
}


def _case(ctx, email: str, spec: dict) -> Participant:
    language = spec["language"]
    municipality = (
        ctx.term(Municipality, spec["municipality"], language) if "municipality" in spec else None
    )
    case, created = Participant.objects.get_or_create(
        email=email,
        defaults={
            "language": language,
            "municipality": municipality,
            "proposed_municipality": spec.get("proposed_municipality", ""),
            "contact_person": spec["contact_person"],
            "role": spec["role"],
            "seeks": spec["seeks"],
            "offers": spec["offers"],
            "consent_text": CONSENT[language],
            "show_on_profile": spec["show_on_profile"],
            "show_contact": spec["show_contact"],
        },
    )
    if created:
        case.hazards.set(ctx.terms(Hazard, *spec["hazards"], language=language))
        case.topics.set(ctx.terms(Topic, *spec["topics"], language=language))
        if spec["status"] != Status.NEW:
            StatusChange.objects.create(
                participant=case,
                old_status=Status.NEW,
                new_status=spec["status"],
                note="Demo",
            )
            case.status, case.status_changed_at = spec["status"], timezone.now()
            case.save(update_fields=["status", "status_changed_at"])
    return case


# The past exchange meeting (demo.content.news) and the toolbox entries it discussed.
DISCUSSED = {
    ("peer-to-peer-treffen-starkregen", "peer-to-peer-meeting-heavy-rain"): [
        "starkregengefahrenkarte",
        "schwammstadt-checkliste",
    ],
}


def _record_discussions(ctx) -> None:
    for (german_slug, english_slug), tool_slugs in DISCUSSED.items():
        event = EventPage.objects.filter(slug=german_slug, locale=ctx.locales["de"]).first()
        tools = {
            p.slug: p for p in ToolPage.objects.filter(slug__in=tool_slugs, locale=event.locale)
        }
        picks = [{"type": "page", "value": tools[slug].pk} for slug in tool_slugs if slug in tools]
        event = ctx.page(event.get_parent(), EventPage, german_slug, discussed_pages=picks)
        ctx.translation(event, english_slug, discussed_pages=picks)


def load(ctx):
    _record_discussions(ctx)
    cases = {email: _case(ctx, email, spec) for email, spec in CASES.items()}
    for first, second in INTRODUCED:
        a, b = cases[first], cases[second]
        if Introduction.objects.filter(first=a, second=b).exists():
            continue
        suggestion = suggestion_between(a, b)
        reasons = suggestion.reasons if suggestion else []
        Introduction.objects.create(
            first=a,
            second=b,
            reasons=[{code: reason.text(code) for code in codes()} for reason in reasons],
            note="Demo",
        )
