"""The demo says what its seed texts (the sources it retells) say: no invented people at real
institutions, the hosts and facts the seeds give, municipalities tagged only where a text is
about them, a duration known to the year only shown as such. What the demo adds on its own
says that it is demo content."""

import json

from django.utils import timezone

import pytest

from demo.content.taxonomy import DEMO_OFFICE
from news.models import EventPage, NewsPage
from projects.models import ProjectPage
from taxonomy.models import Municipality, Organisation, Person
from toolbox.models import ToolPage

pytestmark = pytest.mark.django_db

# Named in the seed only as examples ("Ob Mayen oder Mainz, Lübeck oder Lemgo, Ulm oder Uelzen").
EXAMPLES_ONLY = {"mayen", "mainz", "luebeck", "uelzen"}
# Where the three regional conferences of spring 2022 take place.
CONFERENCE_REGIONS = {"landkreis-mayen-koblenz", "lemgo", "kalletal", "ulm"}
REGIONAL_CONFERENCES = [
    "regionalkonferenz-mayen-koblenz",
    "regionalkonferenz-lemgo-kalletal",
    "regionalkonferenz-ulm",
]


def text_of(page) -> str:
    """Everything a page says: title, teaser, place and the text of its StreamFields."""
    parts = [page.title, page.teaser, getattr(page, "city", ""), getattr(page, "venue", "")]
    for name in ("body", "documentation", "starting_point", "goal", "approach", "results"):
        if hasattr(page, name):
            parts.append(json.dumps(list(getattr(page, name).raw_data), ensure_ascii=False))
    return " ".join(parts)


def both_languages(model, slug: str) -> list:
    german = model.objects.get(slug=slug, locale__language_code="de")
    return [german, german.get_translation(german.get_translations().get().locale).specific]


def named(municipality: Municipality) -> str:
    """How a text names a municipality: "Mayen-Koblenz", "Halle", "Freiburg", "Ulm"."""
    name = municipality.name.removeprefix("Landkreis ")
    return name.split(" (")[0].split(" im ")[0]


# People and organisations -----------------------------------------------------------------


def test_no_demo_person_is_placed_at_a_real_institution(demo):
    people = Person.objects.select_related("organisation")

    assert people.exists()
    assert not people.filter(organisation__slug__in=["bbsr", "bmwsb", "bmbf", "bmi", "kts"])
    for person in people:
        office = person.organisation
        assert office.slug == DEMO_OFFICE, person
        assert office.url == "" and office.kind == Organisation.Kind.OTHER
        assert "Demo" in office.name and ("fiktiv" in office.name or "fictional" in office.name)
        assert "Demo" in person.role or "demo" in person.role


def test_project_contacts_are_the_demos_fictional_contacts(demo):
    contacts = {
        person.organisation.slug
        for project in ProjectPage.objects.all()
        for person in project.contacts.all()
    }

    assert contacts == {DEMO_OFFICE}


# Hosts, dates and facts -------------------------------------------------------------------


def test_the_regional_conferences_are_hosted_by_the_ministry_as_the_seed_says(demo):
    for slug in REGIONAL_CONFERENCES:
        for event in both_languages(EventPage, slug):
            assert event.organiser.slug == "bmwsb", event
            assert "BMWSB" in text_of(event), event
            assert "Gastgeber" not in text_of(event) and " as hosts" not in text_of(event)
    german, english = both_languages(NewsPage, "regionalkonferenzen-2022")
    assert "veranstaltet das BMWSB die ersten drei Regionalkonferenzen" in german.teaser
    assert "Veranstalter der ersten drei Regionalkonferenzen ist das BMWSB" in text_of(german)
    assert "Ausgerichtet werden die Konferenzen von der" not in text_of(german)
    assert "hosted by the BMWSB" in text_of(english)
    assert "run by the Coordination and Transfer Office" not in text_of(english)


def test_the_regional_conferences_take_place_on_the_seeds_days(demo):
    days = {
        event.slug: timezone.localtime(event.start).date().isoformat()
        for event in EventPage.objects.filter(slug__in=REGIONAL_CONFERENCES)
    }

    assert days == {
        "regionalkonferenz-mayen-koblenz": "2022-03-22",
        "regionalkonferenz-lemgo-kalletal": "2022-03-31",
        "regionalkonferenz-ulm": "2022-04-05",
    }


def test_the_future_city_conference_is_the_bmbfs_in_muenster_in_december_2019(demo):
    for event in both_languages(EventPage, "konferenz-zukunftsstadt-2019"):
        start = timezone.localtime(event.start)
        assert event.organiser.slug == "bmbf"
        assert (start.year, start.month) == (2019, 12)
        assert event.city == "Münster"
        assert " Stand" not in text_of(event) and " stand." not in text_of(event)


@pytest.mark.parametrize(
    ("model", "slug", "facts"),
    [
        (
            NewsPage,
            "zukunftsstadt-2019",
            [
                "Dezember 2019",
                "Münster",
                "„Klima – aktiv, innovativ, digital“",
                "Bundesministerium für Bildung und Forschung (BMBF)",
                "400 Teilnehmende",
                "70 Projekte",
                "Dr. Michael Meister (BMBF)",
                "Prof. Dr. Jan Gehl, Stadtplaner und Architekt aus Kopenhagen",
                "Halle (Saale) und Mannheim, die zum Konsortium gehören",
            ],
        ),
        (
            NewsPage,
            "transferworkshop-modellkommunen",
            [
                "im zweiten Jahr",
                "13 Modellkommunen",
                "32 hinzu",
                "Ulm, Osnabrück, Freiburg, Rostock und Kaiserslautern",
                "Anfang 2020",
                "Polinna, Urban Catalyst",
                "Im Februar und März",
            ],
        ),
        (
            NewsPage,
            "regionalkonferenzen-2022",
            [
                "Ob Mayen oder Mainz, Lübeck oder Lemgo, Ulm oder Uelzen",
                "22. März 2022: virtuell, Landkreis Mayen-Koblenz",
                "Bürgerbeteiligung und Akteursnetzwerke",
                "31. März 2022: Region Lemgo-Kalletal",
                "5. April 2022: Ulm",
            ],
        ),
        (
            ProjectPage,
            "nationale-dialogplattform-smart-cities",
            [
                "2016 von der Bundesregierung",
                "„Beschleunigter Wandel und Resilienz“",
                "rund 80 Expert:innen",
                "City &amp; Bits",
                "zwei Fachworkshops und drei größer angelegte Veranstaltungen mit Exkursionen",
            ],
        ),
    ],
)
def test_the_seeds_facts_are_given_as_the_seeds_give_them(demo, model, slug, facts):
    text = text_of(model.objects.get(slug=slug, locale__language_code="de"))

    missing = [fact for fact in facts if fact not in text]

    assert missing == []


def test_the_dialogue_platform_profile_speaks_for_no_invented_we(demo):
    for project in both_languages(ProjectPage, "nationale-dialogplattform-smart-cities"):
        assert " wir " not in text_of(project) and " we " not in text_of(project)


def test_the_dialogue_platform_runs_2022_to_2023_as_the_seed_gives_it(client, demo):
    german, english = both_languages(ProjectPage, "nationale-dialogplattform-smart-cities")

    german_html = client.get(german.url).content.decode()
    english_html = client.get(english.url).content.decode()

    assert german.years_only and english.years_only
    assert "<dd>2022 bis 2023</dd>" in german_html
    assert "<dd>2022 to 2023</dd>" in english_html
    for html in (german_html, english_html):
        assert 'datetime="2022-01-01"' not in html and 'datetime="2023-12-31"' not in html
        assert "1. Januar 2022" not in html and "January 2022" not in html


def test_a_project_that_began_early_2020_shows_the_year_only(client, demo):
    german, _english = both_languages(ProjectPage, "ulm4clevercity")

    html = client.get(german.url).content.decode()

    assert german.years_only
    assert "<dd>seit 2020</dd>" in html
    assert 'datetime="2020-01-01"' not in html


def test_ulm4clevercity_is_funded_by_the_federal_ministry_not_commissioned_by_it(demo):
    for project in both_languages(ProjectPage, "ulm4clevercity"):
        partners = {(row.member.slug, row.role) for row in project.partners.all()}
        assert ("bmi", "funder") in partners
        assert ("kts", "associated") not in partners
        assert not project.commissioned_by.exists()


# Municipalities ---------------------------------------------------------------------------


def test_the_example_municipalities_are_not_tagged_on_the_regional_conferences_article(demo):
    for article in both_languages(NewsPage, "regionalkonferenzen-2022"):
        tagged = set(article.municipalities.values_list("slug", flat=True))
        assert tagged
        assert tagged & EXAMPLES_ONLY == set()
        assert tagged <= CONFERENCE_REGIONS


def test_no_event_is_tagged_with_a_municipality_the_seed_names_only_as_an_example(demo):
    for event in EventPage.objects.all():
        assert set(event.municipalities.values_list("slug", flat=True)) & EXAMPLES_ONLY == set()


@pytest.mark.parametrize("model", [NewsPage, EventPage])
def test_news_and_events_are_tagged_only_with_municipalities_their_text_names(demo, model):
    untold = [
        (page.slug, municipality.slug)
        for page in model.objects.filter(locale__language_code="de")
        for municipality in page.municipalities.all()
        if named(municipality) not in text_of(page)
    ]

    assert untold == []


# What the demo adds -----------------------------------------------------------------------


def test_the_demos_own_events_are_organised_by_the_demo_office_and_say_so(demo):
    upcoming = EventPage.objects.filter(start__gt=timezone.now())

    assert upcoming.count() >= 6  # three events, each in two languages
    for event in upcoming:
        assert event.organiser.slug == DEMO_OFFICE, event
        assert "Demo-Inhalt" in text_of(event) or "Demo content" in text_of(event), event


def test_the_invented_project_says_so_and_claims_nothing_of_real_institutions(demo):
    for project in both_languages(ProjectPage, "lernnetzwerk-lemgo-kalletal"):
        assert "demo" in project.teaser.lower() and "Demo" in text_of(project)
        assert not project.commissioned_by.exists()
        assert project.funding_programme is None
        assert not project.partners.filter(organisation__isnull=False).exists()


def test_every_tool_says_it_is_demo_content(demo):
    for tool in ToolPage.objects.all():
        assert "Demo-Inhalt" in text_of(tool) or "Demo content" in text_of(tool), tool


def test_no_tool_is_credited_to_a_project_the_seeds_do_not_credit_it_to(demo):
    credited = {
        tool.slug: tool.source_project.slug
        for tool in ToolPage.objects.filter(locale__language_code="de")
        if tool.source_project
    }

    assert credited == {"peer-to-peer-austausch": "smartilience"}
