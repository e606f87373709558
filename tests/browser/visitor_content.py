"""What a visitor sees of the demo content, in each language: addresses, labels, titles.

The values come from `demo/content/` (titles, slugs) and the German catalogue (interface labels),
so the journeys find pages the way a person does: by the words on the screen.
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # how the language switcher names it, in its own language
    home: str
    # Landmarks and controls in the header.
    main_nav: str
    language_nav: str
    menu_button: str
    search_label: str
    search_button: str
    suggestions: str
    # News
    news_nav: str
    news_index: str
    news_title: str
    article_title: str
    article_path: str
    article_text: str  # a sentence from its body
    # Toolbox
    toolbox_nav: str
    toolbox: str
    phase_legend: str
    phase: tuple[str, str]  # (slug, label)
    hazard_legend: str
    hazard: tuple[str, str]
    show_results: str
    tools_found: re.Pattern
    phases_label: str
    hazards_list: str
    # Search
    search_path: str
    search_heading: str
    search_term_label: str  # the search page's own field
    search_typed: str
    search_query: str
    tool_title: str
    tool_path: str
    results_heading: re.Pattern
    content_type_legend: str
    event_type_label: str  # a result's kind
    event_type_filter: str  # the type filter's entry
    # Events
    event_title: str
    event_path: str
    add_to_calendar: str
    # Peer-to-peer registration
    registration_path: str
    registration_title: str
    municipality: str
    contact_person: str
    email: str
    consent: re.Pattern
    send: str
    error_title_prefix: str
    error_summary_heading: str
    thank_you: str


GERMAN = Language(
    code="de",
    name="Deutsch",
    home="/",
    main_nav="Hauptnavigation",
    language_nav="Sprache",
    menu_button="Menü",
    search_label="Portal durchsuchen",
    search_button="Suche",
    suggestions="Vorschläge",
    news_nav="Aktuelles",
    news_index="/aktuelles/",
    news_title="Aktuelles",
    article_title="Zukunftsstadt 2019: Wie Städte voneinander lernen",
    article_path="/aktuelles/zukunftsstadt-2019/",
    article_text="Um diese Fragen ging es im Dezember 2019 auf der Konferenz Zukunftsstadt",
    toolbox_nav="Toolbox",
    toolbox="/toolbox/",
    phase_legend="Prozessphase",
    phase=("umsetzung", "Umsetzung"),
    hazard_legend="Klimagefahr",
    hazard=("hitze", "Hitze"),
    show_results="Ergebnisse anzeigen",
    tools_found=re.compile(r"^(\d+) Werkzeuge? gefunden$"),
    phases_label="Phasen",
    hazards_list="Klimagefahren",
    search_path="/suche/",
    search_heading="Suche",
    search_term_label="Suchbegriff",
    search_typed="Hitze",
    search_query="Hitzeaktionsplan",
    tool_title="Hitzeaktionsplan in sechs Schritten",
    tool_path="/toolbox/hitzeaktionsplan/",
    results_heading=re.compile(r"^\d+ Ergebnis(se)? für „Hitzeaktionsplan“$"),
    content_type_legend="Inhaltstyp",
    event_type_label="Veranstaltung",
    event_type_filter="Veranstaltungen",
    event_title="Workshop: Stadt-Apps gemeinsam entwickeln",
    event_path="/veranstaltungen/workshop-stadt-apps-gemeinsam/",
    add_to_calendar="Zum Kalender hinzufügen",
    registration_path="/anmeldung-peer-to-peer/",
    registration_title="Anmeldung zum Peer-to-Peer-Austausch",
    municipality="Kommune nicht in der Liste",
    contact_person="Ansprechperson",
    email="E-Mail-Adresse",
    consent=re.compile(r"^Ich bin einverstanden"),
    send="Absenden",
    error_title_prefix="Fehler: ",
    error_summary_heading="Bitte korrigieren Sie Folgendes:",
    thank_you="Vielen Dank für Ihre Anmeldung.",
)

ENGLISH = Language(
    code="en",
    name="English",
    home="/en/",
    main_nav="Main navigation",
    language_nav="Language",
    menu_button="Menu",
    search_label="Search the portal",
    search_button="Search",
    suggestions="Suggestions",
    news_nav="News",
    news_index="/en/news/",
    news_title="News",
    article_title="Future City 2019: how cities learn from each other",
    article_path="/en/news/future-city-2019/",
    article_text="These were the questions at the Zukunftsstadt (Future City) conference",
    toolbox_nav="Toolbox",
    toolbox="/en/toolbox/",
    phase_legend="Process phase",
    phase=("umsetzung", "Implementation"),
    hazard_legend="Climate hazard",
    hazard=("hitze", "Heat"),
    show_results="Show results",
    tools_found=re.compile(r"^(\d+) tools? found$"),
    phases_label="Phases",
    hazards_list="Climate hazards",
    search_path="/en/search/",
    search_heading="Search",
    search_term_label="Search term",
    search_typed="heat",
    search_query="heat action plan",
    tool_title="A heat action plan in six steps",
    tool_path="/en/toolbox/heat-action-plan/",
    results_heading=re.compile(r"^\d+ results? for “heat action plan”$"),
    content_type_legend="Content type",
    event_type_label="Event",
    event_type_filter="Events",
    event_title="Workshop: developing city apps together",
    event_path="/en/events/workshop-shared-city-apps/",
    add_to_calendar="Add to calendar",
    registration_path="/en/peer-to-peer-registration/",
    registration_title="Peer-to-peer registration",
    municipality="Municipality not in the list",
    contact_person="Contact person",
    email="E-mail address",
    consent=re.compile(r"^I agree that the portal team"),
    send="Send",
    error_title_prefix="Error: ",
    error_summary_heading="Please correct the following:",
    thank_you="Thank you for registering.",
)

LANGUAGES = [GERMAN, ENGLISH]
LANGUAGE_IDS = [language.code for language in LANGUAGES]


def other(language: Language) -> Language:
    return ENGLISH if language is GERMAN else GERMAN


def tab_to(page, target, limit: int = 80) -> None:
    """Press Tab until ``target`` has the focus, as a keyboard user would; fail after ``limit``."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{target} never received the focus within {limit} presses of Tab")
