"""Private pages stay out of search, autocomplete, feeds, sitemaps, the API and exports."""

import json

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

import pytest

from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.factories.projects import ProjectIndexPageFactory, ProjectPageFactory
from tests.factories.toolbox import ToolboxIndexPageFactory, ToolPageFactory

pytestmark = pytest.mark.django_db

PUBLIC, LOGIN_ONLY, GROUP_ONLY = (
    "Quartierskühlung offen",
    "Quartierskühlung login",
    "Quartierskühlung intern",
)
FACTORIES = {
    "news": (NewsIndexPageFactory, NewsPageFactory),
    "projects": (ProjectIndexPageFactory, ProjectPageFactory),
    "toolbox": (ToolboxIndexPageFactory, ToolPageFactory),
}


def private_and_public(site, kind: str):
    index_factory, item_factory = FACTORIES[kind]
    index = index_factory(parent=site["de"], title=kind, slug=kind)
    public = item_factory(parent=index, title=PUBLIC, slug="offen")
    login_only = item_factory(parent=index, title=LOGIN_ONLY, slug="login")
    group_only = item_factory(parent=index, title=GROUP_ONLY, slug="intern")
    PageViewRestriction.objects.create(page=login_only, restriction_type="login")
    restriction = PageViewRestriction.objects.create(page=group_only, restriction_type="groups")
    restriction.groups.set([Group.objects.get(name="Editors")])
    return index, public


@pytest.fixture
def news(site):
    return private_and_public(site, "news")


def as_text(json_response) -> str:
    return json.dumps(json_response.json(), ensure_ascii=False)


def assert_only_public(text: str) -> None:
    assert PUBLIC in text
    assert LOGIN_ONLY not in text
    assert GROUP_ONLY not in text


def test_private_pages_are_not_found_by_search(client, news):
    assert_only_public(client.get("/suche/", {"q": "Quartierskühlung"}).content.decode())


def test_private_pages_are_not_suggested_by_autocomplete(client, news):
    response = client.get("/suche/autocomplete/", {"q": "Quartiersk"})

    assert_only_public(as_text(response))


def test_private_news_are_not_in_the_feeds(client, news):
    index, _public = news

    assert_only_public(client.get(f"{index.url}feed/rss/").content.decode())
    assert_only_public(client.get(f"{index.url}feed/atom/").content.decode())


def test_private_pages_are_not_in_the_xml_sitemap(client, news):
    xml = client.get("/sitemap.xml").content.decode()

    assert "/news/offen/" in xml
    assert "/news/login/" not in xml
    assert "/news/intern/" not in xml


def test_private_pages_are_not_in_the_html_sitemap(client, news):
    assert_only_public(client.get("/sitemap/").content.decode())


def test_private_pages_are_not_in_the_api(client, news):
    response = client.get("/api/v2/pages/", {"type": "news.NewsPage"})

    assert_only_public(as_text(response))


def test_a_private_page_is_not_found_in_the_api_by_id(client, news):
    from wagtail.models import Page

    private = Page.objects.get(slug="login")

    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404


@pytest.mark.parametrize("kind", list(FACTORIES))
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_private_pages_are_not_in_the_exports(client, site, kind, fmt):
    private_and_public(site, kind)

    response = client.get(f"/open-data/{kind}.{fmt}")

    assert response.status_code == 200
    assert_only_public(response.content.decode())
