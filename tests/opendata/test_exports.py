"""Open-data exports (JSON and CSV per language), the open-data page and the API v2."""

import csv
import io

from django.test import override_settings

import pytest

from tests.factories.base import translate_page
from tests.factories.news import EventPageFactory, NewsPageFactory, in_days
from tests.factories.projects import ProjectIndexPageFactory, ProjectPageFactory
from tests.factories.toolbox import ToolboxIndexPageFactory, ToolPageFactory

from .conftest import make_private

pytestmark = pytest.mark.django_db


def rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_news_json_holds_live_public_news_of_the_language_with_licence(client, news):
    german = client.get("/open-data/news.json").json()
    english = client.get("/en/open-data/news.json").json()

    assert german["language"] == "de"
    assert german["licence"]["url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert sorted(item["title"] for item in german["items"]) == ["Hitzeschutz", "Nur Deutsch"]
    assert [item["title"] for item in english["items"]] == ["Heat protection"]
    assert english["items"][0]["url"] == "http://testserver/en/news/heat-protection/"
    assert english["items"][0]["id"] == str(news.translation_key)


def test_news_csv_has_a_header_row_and_a_licence_column(client, news):
    response = client.get("/en/open-data/news.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="news-en.csv"' in response["Content-Disposition"]
    assert 'rel="license"' in response["Link"]
    (row,) = rows(response)
    assert row["title"] == "Heat protection"
    assert row["language"] == "en"
    assert row["licence"] == "https://creativecommons.org/licenses/by/4.0/"


def test_csv_cells_cannot_run_as_spreadsheet_formulas(client, news_index):
    NewsPageFactory(parent=news_index, title="=HYPERLINK(1)", slug="formel")

    (row,) = rows(client.get("/open-data/news.csv"))

    assert row["title"] == "'=HYPERLINK(1)"


@override_settings(OPEN_DATA_LICENCE="dl-de-by-2.0")
def test_licence_is_configurable(client, news):
    data = client.get("/open-data/news.json").json()

    assert data["licence"]["id"] == "dl-de-by-2.0"
    assert data["licence"]["url"] == "https://www.govdata.de/dl-de/by-2-0"


def test_events_projects_and_toolbox_are_exported(client, homes, event_index):
    EventPageFactory(parent=event_index, title="Forum", start=in_days(5), end=in_days(5, 15))
    make_private(EventPageFactory(parent=event_index, title="Intern"))
    projects = ProjectIndexPageFactory(parent=homes["de"])
    ProjectPageFactory(parent=projects, title="Klimaprojekt")
    ProjectPageFactory(parent=projects, title="Entwurf", live=False)
    toolbox = ToolboxIndexPageFactory(parent=homes["de"])
    ToolPageFactory(parent=toolbox, title="Hitzekarte")

    events = rows(client.get("/open-data/events.csv"))
    project_items = client.get("/open-data/projects.json").json()["items"]
    tools = client.get("/open-data/toolbox.json").json()["items"]

    assert [row["title"] for row in events] == ["Forum"]
    assert events[0]["start"].endswith(("+01:00", "+02:00"))
    assert [item["title"] for item in project_items] == ["Klimaprojekt"]
    assert project_items[0]["start_date"] == "2022-01-01"
    assert [item["title"] for item in tools] == ["Hitzekarte"]


def test_unknown_dataset_is_not_found(client, homes):
    assert client.get("/open-data/secrets.json").status_code == 404


def test_open_data_page_describes_datasets_and_licence(client, homes):
    html = client.get("/en/open-data/").content.decode()

    assert 'href="/en/open-data/projects.json"' in html
    assert 'href="/en/open-data/events.csv"' in html
    assert 'rel="license"' in html
    assert "/api/v2/pages/" in html
    assert html.count("<h1") == 1


def test_api_lists_live_public_pages_filtered_by_locale(client, news):
    german = client.get("/api/v2/pages/", {"locale": "de", "type": "news.NewsPage"}).json()
    english = client.get("/api/v2/pages/", {"locale": "en", "type": "news.NewsPage"}).json()

    assert sorted(item["title"] for item in german["items"]) == ["Hitzeschutz", "Nur Deutsch"]
    assert [item["title"] for item in english["items"]] == ["Heat protection"]


def test_api_hides_private_pages_even_from_editors(admin_client_de, news):
    titles = [
        item["title"]
        for item in admin_client_de.get("/api/v2/pages/", {"type": "news.NewsPage"}).json()["items"]
    ]

    assert "Intern" not in titles
    assert "Entwurf" not in titles


def test_api_offers_images_and_documents(client, homes):
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200


def test_translated_export_urls_are_stable(client, news_index):
    translate_page(news_index, "en", title="News", slug="news")

    assert client.get("/open-data/news.json").status_code == 200
    assert client.get("/en/open-data/news.csv").status_code == 200
