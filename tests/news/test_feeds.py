"""RSS and Atom feeds of the news: valid XML, the right items in the right language."""

import datetime
import xml.etree.ElementTree as ET

from wagtail.models import PageViewRestriction

import pytest

from tests.factories.base import translate_page
from tests.factories.news import NewsPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def parse_xml(content: bytes) -> ET.Element:
    # The portal's own response, not untrusted input.
    return ET.fromstring(content)  # noqa: S314


def rss_titles(response) -> list[str]:
    channel = parse_xml(response.content).find("channel")
    return [item.findtext("title") for item in channel.findall("item")]


def atom_titles(response) -> list[str]:
    feed = parse_xml(response.content)
    return [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]


def test_rss_feed_lists_german_news_newest_first(client, news_index):
    NewsPageFactory(parent=news_index, title="Älter", date=datetime.date(2024, 1, 1))
    NewsPageFactory(parent=news_index, title="Neuer", date=datetime.date(2024, 6, 1))

    response = client.get("/aktuelles/feed/rss/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert rss_titles(response) == ["Neuer", "Älter"]


def test_rss_feed_has_channel_metadata_and_absolute_item_links(client, news_index):
    NewsPageFactory(parent=news_index, title="Hitzeaktionsplan", slug="hitze", teaser="Kurz.")

    channel = parse_xml(client.get("/aktuelles/feed/rss/").content).find("channel")
    item = channel.find("item")

    assert channel.findtext("language") == "de"
    assert channel.findtext("link") == "http://testserver/aktuelles/"
    assert item.findtext("link") == "http://testserver/aktuelles/hitze/"
    assert item.findtext("description") == "Kurz."
    assert item.findtext("pubDate")


def test_atom_feed_of_the_english_index_holds_english_news_only(
    client, news_index, english_news_index
):
    german = NewsPageFactory(parent=news_index, title="Deutsche Fassung")
    translate_page(german, "en", title="English version", slug="english-version")
    NewsPageFactory(parent=news_index, title="Nicht übersetzt")

    response = client.get("/en/news/feed/atom/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert atom_titles(response) == ["English version"]
    feed = parse_xml(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


def test_feeds_leave_out_drafts_and_private_news(client, news_index):
    NewsPageFactory(parent=news_index, title="Öffentlich")
    NewsPageFactory(parent=news_index, title="Entwurf", live=False)
    private = NewsPageFactory(parent=news_index, title="Intern")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert rss_titles(client.get("/aktuelles/feed/rss/")) == ["Öffentlich"]
    assert atom_titles(client.get("/aktuelles/feed/atom/")) == ["Öffentlich"]


def test_every_page_of_a_language_links_its_news_feeds(client, english_news_index, homes):
    german_head = client.get("/").content.decode()
    english_head = client.get("/en/").content.decode()

    assert 'type="application/rss+xml"' in german_head
    assert 'href="http://testserver/feeds/news.rss"' in german_head
    assert 'href="http://testserver/feeds/news.atom"' in german_head
    assert 'href="http://testserver/en/feeds/news.rss"' in english_head
    assert 'href="http://testserver/feeds/' not in english_head


def test_fixed_feed_addresses_serve_the_feed_of_their_language(client, english_news_index):
    german = client.get("/feeds/news.rss")
    english = client.get("/en/feeds/news.atom")

    assert german.status_code == 200
    assert german["Content-Type"].startswith("application/rss+xml")
    assert parse_xml(german.content).find("channel").findtext("language") == "de"
    assert english.status_code == 200
    assert parse_xml(english.content).get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


def test_fixed_feed_address_is_not_found_without_a_news_index(client, homes):
    assert client.get("/feeds/news.rss").status_code == 404
    assert client.get("/feeds/news.xml").status_code == 404


def test_a_teaser_is_text_in_both_feeds_never_markup(client, news_index):
    attack = '"><img src=x onerror=alert(1)> & more'
    NewsPageFactory(parent=news_index, title="Angriff", teaser=attack)

    rss = parse_xml(client.get(f"{news_index.url}feed/rss/").content)
    atom = parse_xml(client.get(f"{news_index.url}feed/atom/").content)

    # What a feed reader takes for HTML is the escaped text: it shows the teaser as written.
    description = rss.find("channel/item/description").text
    summary = atom.find(f"{ATOM}entry/{ATOM}summary")
    assert summary.get("type") == "html"
    for html in (description, summary.text):
        assert "<img" not in html
        assert html == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; more"
