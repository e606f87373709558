"""Topic pages gather everything on one topic or climate hazard, across page types, in both
languages; every topic tag leads there; the search, the sitemaps and the footer know them."""

import re

import pytest

from tests.factories.base import translate_page
from tests.factories.news import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    in_days,
)
from tests.factories.places import MunicipalityIndexPageFactory
from tests.factories.projects import ProjectIndexPageFactory, ProjectPageFactory
from tests.factories.taxonomy import HazardFactory, MunicipalityFactory, TopicFactory, translate
from tests.factories.toolbox import ToolboxIndexPageFactory, ToolPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def water(homes):
    topic = TopicFactory(name="Wasser", slug="wasser", description="Regen, Grundwasser, Flüsse.")
    translate(topic, name="Water", description="Rain, groundwater, rivers.")
    ulm = MunicipalityFactory(name="Ulm", slug="ulm")
    MunicipalityIndexPageFactory(parent=homes["de"])
    news_index = NewsIndexPageFactory(parent=homes["de"])
    translate_page(news_index, title="News", slug="news")
    article = NewsPageFactory(parent=news_index, title="Zisternen für alle", topics=[topic])
    article.municipalities.set([ulm])
    article.save_revision().publish()
    NewsPageFactory(parent=news_index, title="Anderes Thema")
    events = EventIndexPageFactory(parent=homes["de"])
    EventPageFactory(parent=events, title="Wassertag", start=in_days(10), topics=[topic])
    EventPageFactory(
        parent=events, title="Vergangener Wassertag", start=in_days(-30), topics=[topic]
    )
    projects = ProjectIndexPageFactory(parent=homes["de"])
    ProjectPageFactory(parent=projects, title="Blaue Infrastruktur", topics=[topic])
    toolbox = ToolboxIndexPageFactory(parent=homes["de"])
    ToolPageFactory(parent=toolbox, title="Regenwasserplan", topics=[topic])
    translate_page(article, title="Cisterns for everyone", slug="cisterns")
    return topic


def headings(html: str) -> list[str]:
    return re.findall(r'<h2 id="topic-[^"]+">([^<]+)</h2>', html)


def card_titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def test_a_topic_page_gathers_every_kind_in_order(client, water):
    html = client.get("/themen/wasser/").text
    assert "<h1" in html and ">Wasser</h1>" in html
    assert "Regen, Grundwasser, Flüsse." in html  # the editable introduction
    assert headings(html) == [
        "Nachrichten",
        "Bevorstehende Veranstaltungen",
        "Projekte",
        "Werkzeuge",
        "Kommunen",
    ]
    titles = card_titles(html)
    assert {"Zisternen für alle", "Wassertag", "Blaue Infrastruktur", "Regenwasserplan"} <= set(
        titles
    )
    assert "Vergangener Wassertag" not in titles and "Anderes Thema" not in titles
    assert '<a href="/kommunen/ulm/">Ulm</a>' in html


def test_the_english_topic_page_shows_english_pages(client, water):
    html = client.get("/en/topics/wasser/").text
    assert ">Water</h1>" in html and "Rain, groundwater, rivers." in html
    assert card_titles(html) == ["Cisterns for everyone"]
    assert (
        'hreflang="de" href="http://testserver/themen/wasser/"' in html or "/themen/wasser/" in html
    )


def test_unknown_topics_are_not_found_and_the_wrong_prefix_redirects(client, water):
    assert client.get("/themen/gibt-es-nicht/").status_code == 404
    response = client.get("/en/themen/wasser/")
    assert response.status_code == 302 and response["Location"] == "/en/topics/wasser/"


def test_hazards_have_topic_pages_too(client, homes):
    heat = HazardFactory(name="Hitze", slug="hitze")
    toolbox = ToolboxIndexPageFactory(parent=homes["de"])
    tool = ToolPageFactory(parent=toolbox, title="Hitzeaktionsplan")
    tool.hazards.set([heat])
    tool.save_revision().publish()
    html = client.get("/themen/hitze/").text
    assert "Klimagefahr" in html and card_titles(html) == ["Hitzeaktionsplan"]
    assert 'href="/themen/hitze/"' in client.get(tool.url).text  # the tool's hazard links there


def test_topic_tags_on_pages_lead_to_their_topic_page(client, water):
    article = NewsPageFactory._meta.model.objects.get(title="Zisternen für alle")
    assert '<a class="tag" href="/themen/wasser/"' in client.get(article.url).text


def test_the_overview_lists_topics_and_hazards(client, water):
    HazardFactory(name="Hitze", slug="hitze")
    html = client.get("/themen/").text
    assert '<a href="/themen/wasser/">Wasser</a>' in html
    assert '<a href="/themen/hitze/">Hitze</a>' in html


def test_search_offers_the_topic_page_named_by_the_query(client, water):
    html = client.get("/suche/?q=Wasser").text
    assert re.search(r'Themenseite: <a href="/themen/wasser/">Wasser</a>', html)
    assert 'href="/en/topics/wasser/">Water</a>' in client.get("/en/search/?q=water").text


def test_sitemaps_list_the_topic_pages_with_their_other_language(client, water):
    xml = client.get("/sitemap.xml").text
    assert "<loc>http://testserver/themen/wasser/</loc>" in xml
    assert 'hreflang="en" href="http://testserver/en/topics/wasser/"' in xml
    assert '<a href="/themen/wasser/">Wasser</a>' in client.get("/sitemap/").text


def test_more_on_this_topic_leads_to_the_topic_pages(client, water):
    article = NewsPageFactory._meta.model.objects.get(title="Zisternen für alle")
    html = client.get(article.url).text
    more = html.split('id="more-on-topic-heading"', 1)[1]
    assert 'Alles zum Thema <a href="/themen/wasser/">Wasser</a>' in more
