"""What every page offers beside its content: breadcrumbs (also as schema.org
BreadcrumbList), a meta description, share links without third-party scripts."""

import json
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from home import breadcrumbs as breadcrumbs_module
from tests.factories.base import translate_page
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(homes):
    index = NewsIndexPageFactory(parent=homes["de"], title="Aktuelles", slug="aktuelles")
    translate_page(index, title="News", slug="news")
    german = NewsPageFactory(parent=index, title="Gründächer", teaser="Dächer, die kühlen.")
    english = translate_page(german, title="Green roofs", slug="green-roofs", teaser="")
    return german, english


def breadcrumbs(html: str) -> list[str]:
    nav = re.search(r'<nav class="breadcrumbs[^>]*>(.*?)</nav>', html, re.S)
    return [
        re.sub(r"<[^>]+>", "", item).strip()
        for item in re.findall(r"<li[^>]*>(.*?)</li>", nav.group(1), re.S)
    ]


def test_breadcrumbs_lead_from_home_to_the_page_in_its_language(client, article):
    german, english = article
    html = client.get(german.url).text
    assert breadcrumbs(html) == ["Startseite", "Aktuelles", "Gründächer"]
    assert '<a href="/aktuelles/">Aktuelles</a>' in html
    assert '<li class="breadcrumbs__item" aria-current="page">Gründächer</li>' in html
    assert breadcrumbs(client.get(english.url).text) == ["Home", "News", "Green roofs"]


def test_breadcrumbs_are_structured_data_too(client, article):
    html = client.get(article[0].url).text
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    trail = next(json.loads(s) for s in scripts if '"BreadcrumbList"' in s)
    names = [item["name"] for item in trail["itemListElement"]]
    assert names == ["Startseite", "Aktuelles", "Gründächer"]
    assert trail["itemListElement"][1]["item"].endswith("/aktuelles/")
    assert [item["position"] for item in trail["itemListElement"]] == [1, 2, 3]


def test_the_home_page_has_no_breadcrumbs(client, homes):
    assert 'class="breadcrumbs' not in client.get("/").text


def test_breadcrumbs_cost_no_query_the_router_did_not_already_make(
    client, article, settings, monkeypatch
):
    settings.PAGE_CACHE_SECONDS = 0
    url = article[0].url
    client.get(url)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        return len(captured)

    with_trail = queries()
    monkeypatch.setattr(breadcrumbs_module, "trail", lambda page, request: [])
    assert 'class="breadcrumbs' not in client.get(url).text
    assert queries() == with_trail


def test_every_page_has_a_meta_description(client, article):
    german, english = article
    assert '<meta name="description" content="Dächer, die kühlen.">' in client.get(german.url).text
    # Without a teaser, and on views without a page, the portal describes itself.
    assert (
        '<meta name="description" content="News, events, projects' in client.get(english.url).text
    )
    assert (
        '<meta name="description" content="Nachrichten, Veranstaltungen'
        in client.get("/suche/").text
    )


def test_share_links_need_no_third_party(client, article):
    html = client.get(article[1].url).text
    share = re.search(r'<div class="share-links">(.*?)</div>', html, re.S).group(1)
    assert "mailto:?subject=Green%20roofs" in share
    assert "data-share-url=" in share  # the browser's share sheet, shown by portal.js
    assert not re.search(r'href="https?://(?!testserver|127\.0\.0\.1|localhost)', share)
