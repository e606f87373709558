"""robots.txt, the XML sitemap with hreflang alternates and the HTML sitemap page."""

import xml.etree.ElementTree as ET

from django.test import override_settings

import pytest

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap(client) -> ET.Element:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    # The portal's own response, not untrusted input.
    return ET.fromstring(response.content)  # noqa: S314


def locations(root) -> list[str]:
    return [url.findtext("s:loc", namespaces=NS) for url in root.findall("s:url", NS)]


def alternates(root, location: str) -> dict[str, str]:
    for url in root.findall("s:url", NS):
        if url.findtext("s:loc", namespaces=NS) == location:
            return {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
    raise AssertionError(f"{location} not in sitemap")


@override_settings(ADMIN_PATH="redaktion")
def test_robots_txt_disallows_the_admin_and_names_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Disallow: /redaktion/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_sitemap_lists_live_public_pages_of_both_languages(client, news):
    root = sitemap(client)

    assert set(locations(root)) == {
        "http://testserver/",
        "http://testserver/en/",
        "http://testserver/aktuelles/",
        "http://testserver/en/news/",
        "http://testserver/aktuelles/hitzeschutz/",
        "http://testserver/en/news/heat-protection/",
        "http://testserver/aktuelles/nur-deutsch/",
    }


def test_sitemap_names_each_translation_with_hreflang(client, news):
    root = sitemap(client)

    expected = {
        "de": "http://testserver/aktuelles/hitzeschutz/",
        "en": "http://testserver/en/news/heat-protection/",
        "x-default": "http://testserver/aktuelles/hitzeschutz/",
    }
    assert alternates(root, "http://testserver/aktuelles/hitzeschutz/") == expected
    assert alternates(root, "http://testserver/en/news/heat-protection/") == expected
    assert alternates(root, "http://testserver/aktuelles/nur-deutsch/") == {}


def test_html_sitemap_shows_the_page_tree_of_the_visitors_language(client, news):
    german = client.get("/sitemap/").content.decode()
    english = client.get("/en/sitemap/").content.decode()

    assert 'href="/aktuelles/hitzeschutz/"' in german
    assert 'href="/aktuelles/nur-deutsch/"' in german
    assert "/en/news/" not in german
    assert 'href="/en/news/heat-protection/"' in english
    assert "nur-deutsch" not in english


def test_html_sitemap_leaves_out_drafts_and_private_pages(client, news):
    german = client.get("/sitemap/").content.decode()

    assert "entwurf" not in german
    assert "intern" not in german
    assert german.count("<h1") == 1
