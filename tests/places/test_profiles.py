"""Municipality profiles: the pages a municipality gathers, per language, and unknown slugs."""

from wagtail.models import PageViewRestriction

import pytest

from tests.factories.base import translate_page
from tests.factories.news import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.factories.projects import ProjectIndexPageFactory, ProjectPageFactory, partner
from tests.factories.taxonomy import MunicipalityFactory
from tests.factories.toolbox import ToolboxIndexPageFactory, ToolPageFactory

pytestmark = pytest.mark.django_db


def titles(response) -> dict[str, list[str]]:
    return {
        section["label"]: [page.title for page in section["pages"]]
        for section in response.context["sections"]
    }


@pytest.fixture
def indexes(homes):
    return {
        "projects": ProjectIndexPageFactory(parent=homes["de"]),
        "tools": ToolboxIndexPageFactory(parent=homes["de"]),
        "events": EventIndexPageFactory(parent=homes["de"]),
        "news": NewsIndexPageFactory(parent=homes["de"]),
    }


def test_profile_gathers_projects_tools_events_and_news_of_the_municipality(
    client, index, ulm, indexes
):
    ProjectPageFactory(parent=indexes["projects"], title="Ulm project", partners=[partner(ulm)])
    ToolPageFactory(parent=indexes["tools"], title="Ulm tool", practice_examples=[ulm])
    EventPageFactory(parent=indexes["events"], title="Hosted event", municipality=ulm)
    EventPageFactory(parent=indexes["events"], title="Joined event", municipalities=[ulm])
    NewsPageFactory(parent=indexes["news"], title="Ulm news", municipalities=[ulm])
    elsewhere = MunicipalityFactory(name="Bonn", slug="bonn")
    ProjectPageFactory(
        parent=indexes["projects"], title="Bonn project", partners=[partner(elsewhere)]
    )

    response = client.get("/kommunen/ulm/")

    assert response.status_code == 200
    assert titles(response) == {
        "projects.projectpage": ["Ulm project"],
        "toolbox.toolpage": ["Ulm tool"],
        "news.eventpage": ["Joined event", "Hosted event"],
        "news.newspage": ["Ulm news"],
    }


def test_profile_leaves_out_drafts_and_private_pages(client, index, ulm, indexes):
    ProjectPageFactory(
        parent=indexes["projects"], title="Draft", partners=[partner(ulm)], live=False
    )
    private = ProjectPageFactory(
        parent=indexes["projects"], title="Private", partners=[partner(ulm)]
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    response = client.get("/kommunen/ulm/")

    assert titles(response) == {}


def test_english_profile_shows_only_english_pages(client, index, english_index, ulm, indexes):
    translate_page(indexes["projects"], "en", title="Projects", slug="projects")
    german = ProjectPageFactory(
        parent=indexes["projects"], title="Projekt Ulm", partners=[partner(ulm)]
    )
    translate_page(german, "en", title="Ulm project")
    ProjectPageFactory(parent=indexes["projects"], title="Nur deutsch", partners=[partner(ulm)])

    response = client.get("/en/municipalities/ulm/")

    assert titles(response) == {"projects.projectpage": ["Ulm project"]}


def test_profile_shows_the_municipality_in_the_visitors_language(
    client, english_index, english_ulm
):
    response = client.get("/en/municipalities/ulm/")

    assert response.context["municipality"] == english_ulm
    assert "<h1>Ulm (Danube)</h1>" in response.text


def test_unknown_municipality_is_not_found(client, index, ulm):
    assert client.get("/kommunen/nirgendwo/").status_code == 404


def test_language_switcher_on_a_profile_leads_to_the_same_profile(client, english_index, ulm):
    response = client.get("/kommunen/ulm/")

    assert 'href="/en/municipalities/ulm/"' in response.text


def test_the_population_is_written_as_each_language_writes_numbers(client, english_index, ulm):
    ulm.population = 126329
    ulm.save()

    assert "<dd>126.329</dd>" in client.get("/kommunen/ulm/").text
    assert "<dd>126,329</dd>" in client.get("/en/municipalities/ulm/").text
