import datetime

from django.utils.translation import override

from wagtail.rich_text import RichText

import pytest

from projects.models import PartnerRole, ProjectScope
from tests.factories.base import DocumentFactory, translate_page
from tests.factories.projects import ProjectPageFactory, partner
from tests.factories.taxonomy import (
    FundingProgrammeFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    ServiceFactory,
    TopicFactory,
    translate,
)

pytestmark = pytest.mark.django_db


def text(html):
    return [("rich_text", RichText(html))]


@pytest.fixture
def terms():
    return {
        "topic": TopicFactory(name="Klimaanpassung", slug="klimaanpassung"),
        "service": ServiceFactory(name="Wissenstransfer", slug="wissenstransfer"),
        "ministry": OrganisationFactory(name="Bundesbauministerium", slug="bmwsb"),
        "programme": FundingProgrammeFactory(name="Modellprojekte Smart Cities", slug="mpsc"),
        "city": MunicipalityFactory(name="Halle (Saale)", slug="halle-saale"),
        "company": OrganisationFactory(name="Stadtlabor GmbH", slug="stadtlabor"),
    }


@pytest.fixture
def project(index, terms):
    return ProjectPageFactory(
        parent=index,
        title="Klimaresiliente Quartiere",
        slug="klimaresiliente-quartiere",
        teaser="Ein Forschungsprojekt.",
        scope=ProjectScope.NATIONWIDE,
        start_date=datetime.date(2022, 1, 1),
        end_date=datetime.date(2023, 12, 31),
        topics=[terms["topic"]],
        services=[terms["service"]],
        commissioned_by=[terms["ministry"]],
        funding_programme=terms["programme"],
        partners=[
            partner(terms["city"], PartnerRole.PILOT),
            partner(terms["company"], PartnerRole.LEAD),
        ],
        starting_point=text("<p>Die Ausgangslage in Deutsch.</p>"),
        goal=text("<p>Das Ziel in Deutsch.</p>"),
        approach=text("<p>Das Vorgehen in Deutsch.</p>"),
        results=text("<p>Die Ergebnisse in Deutsch.</p>"),
        links=[
            (
                "link",
                {
                    "kind": "podcast",
                    "title": "Podcast zum Projekt",
                    "url": "https://example.org/podcast",
                },
            )
        ],
    )


@pytest.fixture
def english_project(project, english_index):
    return translate_page(
        project,
        "en",
        title="Climate-resilient neighbourhoods",
        slug="climate-resilient-neighbourhoods",
        teaser="A research project.",
        starting_point=text("<p>The starting point in English.</p>"),
        goal=text("<p>The goal in English.</p>"),
        approach=text("<p>The approach in English.</p>"),
        results=text("<p>The results in English.</p>"),
        links=[
            (
                "link",
                {
                    "kind": "podcast",
                    "title": "Podcast on the project",
                    "url": "https://example.org/podcast",
                },
            )
        ],
    )


def html_of(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_project_page_shows_its_title_sections_and_links_in_german(client, project):
    html = html_of(client, project)

    assert "<h1>Klimaresiliente Quartiere</h1>" in html
    for section in ("Die Ausgangslage", "Das Ziel", "Das Vorgehen", "Die Ergebnisse"):
        assert f"{section} in Deutsch." in html
    for anchor in ("starting-point", "goal", "approach", "results"):
        assert f'<h2 id="section-{anchor}">' in html
    assert '<a href="https://example.org/podcast">Podcast zum Projekt</a>' in html


def test_project_page_shows_a_fact_box(client, project):
    html = html_of(client, project)

    assert '<dl class="meta-list">' in html
    assert '<time datetime="2022-01-01">' in html
    assert '<time datetime="2023-12-31">' in html
    for fact in ("Bundesbauministerium", "Modellprojekte Smart Cities", "Wissenstransfer"):
        assert fact in html
    assert "Klimaanpassung" in html
    assert "Halle (Saale)" in html
    assert "Stadtlabor GmbH" in html


def test_partners_are_listed_with_their_roles_in_order(client, english_project):
    html = html_of(client, english_project)

    assert 'Halle (Saale) <span class="project-facts__role">(Pilot municipality)</span>' in html
    assert html.index("Halle (Saale)") < html.index("Stadtlabor GmbH")


def test_section_headings_are_h2_and_empty_sections_are_left_out(client, index):
    page = ProjectPageFactory(parent=index, goal=text("<p>Nur ein Ziel.</p>"))

    html = html_of(client, page)

    assert '<h2 id="section-goal">' in html
    assert 'id="section-starting-point"' not in html
    assert 'id="section-results"' not in html


def test_open_ended_project_shows_no_end_date(client, index):
    page = ProjectPageFactory(parent=index, start_date=datetime.date(2020, 1, 1), end_date=None)

    html = html_of(client, page)

    assert '<time datetime="2020-01-01">' in html
    assert html.count("<time datetime=") == 1


def test_downloads_show_file_type_and_size(client, index):
    document = DocumentFactory(title="Leitlinien")
    page = ProjectPageFactory(parent=index, downloads=[("document", document)])

    html = html_of(client, page)

    assert f'<a href="{document.url}">Leitlinien</a>' in html
    assert "(PDF, " in html


def test_contacts_show_name_role_organisation_and_email(client, index, terms):
    person = PersonFactory(
        name="Dr. Erika Muster",
        role="Projektleitung",
        email="erika.muster@example.org",
        organisation=terms["company"],
    )
    page = ProjectPageFactory(parent=index, contacts=[person])

    html = html_of(client, page)

    assert "Dr. Erika Muster" in html
    assert "Projektleitung" in html
    assert '<a href="mailto:erika.muster@example.org">' in html
    assert html.count("Stadtlabor GmbH") == 1


def test_english_project_shows_english_fields_and_no_german_ones(client, english_project):
    html = html_of(client, english_project)

    assert english_project.url == "/en/projects/climate-resilient-neighbourhoods/"
    assert "<h1>Climate-resilient neighbourhoods</h1>" in html
    assert "The starting point in English." in html
    assert "The results in English." in html
    assert "Podcast on the project" in html
    for german in ("Klimaresiliente Quartiere", "in Deutsch", "Podcast zum Projekt"):
        assert german not in html


def test_translation_keeps_partners_dates_and_terms(english_project, project):
    assert [p.role for p in english_project.partners.all()] == ["pilot", "lead"]
    assert english_project.start_date == project.start_date
    assert english_project.end_date == project.end_date
    # The same topics, in English (copies until a translator translates them).
    assert [t.translation_key for t in english_project.topics.all()] == [
        t.translation_key for t in project.topics.all()
    ]
    assert {t.locale for t in english_project.topics.all()} == {english_project.locale}
    assert (
        english_project.funding_programme.translation_key
        == project.funding_programme.translation_key
    )


def test_english_project_shows_terms_and_partners_in_english(client, english_project, terms):
    translate(terms["topic"], name="Climate adaptation")
    translate(terms["service"], name="Knowledge transfer")
    translate(terms["city"], name="Halle (Saale) EN")
    translate(terms["company"], name="City Lab Ltd")
    translate(terms["ministry"], name="Federal Building Ministry")
    translate(terms["programme"], name="Smart Cities model projects")

    html = html_of(client, english_project)

    for english in (
        "Climate adaptation",
        "Knowledge transfer",
        "Halle (Saale) EN",
        "City Lab Ltd",
        "Federal Building Ministry",
        "Smart Cities model projects",
    ):
        assert english in html
    for german in (
        "Klimaanpassung",
        "Wissenstransfer",
        "Stadtlabor GmbH",
        "Bundesbauministerium",
        "Modellprojekte Smart Cities",
    ):
        assert german not in html


def test_english_project_falls_back_to_german_terms_without_translation(client, english_project):
    html = html_of(client, english_project)

    assert "Stadtlabor GmbH" in html


@override("en")
def test_listing_meta_gives_scope_and_years(index):
    closed = ProjectPageFactory(parent=index, scope=ProjectScope.NATIONWIDE)
    open_ended = ProjectPageFactory(
        parent=index,
        scope=ProjectScope.MUNICIPAL,
        start_date=datetime.date(2020, 1, 1),
        end_date=None,
    )

    assert closed.listing_meta == "Nationwide · 2022–2023"
    assert open_ended.listing_meta == "Municipal · since 2020"
