import re

from django.core.cache import cache

from wagtail.models import PageViewRestriction

import pytest

from core.stream_data import with_stream_ids
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def html_lang(response) -> str:
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def test_german_home_is_served_at_the_root_in_german(client, homes):
    response = client.get("/")

    assert response.status_code == 200
    assert html_lang(response) == "de"
    assert "Zum Hauptinhalt springen" in response.content.decode()


def test_english_home_is_served_under_en_in_english(client, homes):
    response = client.get("/en/")

    assert response.status_code == 200
    assert html_lang(response) == "en"
    assert "Skip to main content" in response.content.decode()


def test_language_switcher_links_each_home_to_the_other(client, homes):
    german = client.get("/").content.decode()
    english = client.get("/en/").content.decode()

    assert '<a href="/en/" hreflang="en" lang="en">English</a>' in german
    assert '<a href="/" hreflang="de" lang="de">Deutsch</a>' in english


def test_home_pages_declare_their_alternates(client, homes):
    html = client.get("/en/").content.decode()

    assert '<link rel="alternate" hreflang="de" href="http://testserver/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/">' in html


@pytest.mark.parametrize(
    ("url", "lang", "heading"),
    [
        ("/gibt-es-nicht/", "de", "Seite nicht gefunden"),
        ("/en/no-such-page/", "en", "Page not found"),
    ],
)
def test_unknown_url_gives_a_404_page_in_the_visitors_language(client, homes, url, lang, heading):
    response = client.get(url)

    assert response.status_code == 404
    assert html_lang(response) == lang
    assert f"<h1>{heading}</h1>" in response.content.decode()


def test_admin_login_page_loads(client, homes):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


def test_site_skeleton_is_idempotent(homes):
    from home.models import HomePage
    from home.site_setup import ensure_site_skeleton

    again = ensure_site_skeleton(hostname="testserver")

    assert {code: page.pk for code, page in again.items()} == {
        code: page.pk for code, page in homes.items()
    }
    assert HomePage.objects.count() == 2


@pytest.fixture
def home_with_latest_news(homes, settings):
    """The German home page showing the latest news, its sections cached."""
    settings.FRAGMENT_CACHE_SECONDS = 600
    cache.clear()
    index = NewsIndexPageFactory(parent=homes["de"])
    home = homes["de"]
    latest = {"heading": "Neu", "index_page": index.pk, "count": 5}
    home.body = with_stream_ids(type(home), {"body": [{"type": "latest", "value": latest}]})["body"]
    home.save_revision().publish()
    return index


def test_cached_sections_show_a_newly_published_item(client, home_with_latest_news):
    NewsPageFactory(parent=home_with_latest_news, title="Erste Meldung")
    first = client.get("/").content.decode()

    NewsPageFactory(parent=home_with_latest_news, title="Zweite Meldung")
    second = client.get("/").content.decode()

    assert "Erste Meldung" in first and "Zweite Meldung" not in first
    assert "Erste Meldung" in second and "Zweite Meldung" in second


def test_cached_sections_drop_an_item_made_private(client, home_with_latest_news):
    item = NewsPageFactory(parent=home_with_latest_news, title="Bald privat")
    assert "Bald privat" in client.get("/").content.decode()

    PageViewRestriction.objects.create(page=item, restriction_type="login")

    assert "Bald privat" not in client.get("/").content.decode()
