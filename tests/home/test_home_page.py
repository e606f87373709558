import re

import pytest

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
