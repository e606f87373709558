import re

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.factories.base import translate_page
from tests.factories.taxonomy import MunicipalityFactory, translate
from tests.factories.toolbox import ToolPageFactory

pytestmark = pytest.mark.django_db


def add_tools(index, terms, count: int, start: int = 0) -> list:
    return [
        ToolPageFactory(
            parent=index,
            title=f"Werkzeug {n:03d}",
            tool_type=terms.type["leitfaden"],
            process_phases=[terms.phase["planung"], terms.phase["umsetzung"]],
            hazards=[terms.hazard["hitze"], terms.hazard["starkregen"]],
            topics=[terms.topic["klimaanpassung"]],
            target_groups=[terms.group["verwaltung"]],
            municipality_sizes=["large", "small"],
            effort="low",
            cost="medium",
            duration="long",
        )
        for n in range(start, start + count)
    ]


def queries_for(client, url: str) -> int:
    client.get(url)  # warm caches (site root paths, locales) outside the measurement
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("query", ["", "?hazard=hitze&phase=planung&size=large&effort=low"])
def test_index_needs_as_many_queries_for_50_tools_as_for_5(client, index, terms, query):
    add_tools(index, terms, 5)
    with_5 = queries_for(client, index.url + query)

    add_tools(index, terms, 45, start=5)
    with_50 = queries_for(client, index.url + query)

    assert with_5 == with_50


def test_english_index_needs_as_many_queries_for_50_tools_as_for_5(client, index, index_en, terms):
    # English pages point at German terms, which the cards resolve to English ones.
    for term, name in [
        (terms.type["leitfaden"], "Guideline"),
        (terms.phase["planung"], "Planning"),
        (terms.hazard["hitze"], "Heat"),
    ]:
        translate(term, "en", name=name)
    for tool in add_tools(index, terms, 5):
        translate_page(tool, "en", slug=tool.slug)
    with_5 = queries_for(client, index_en.url + "?hazard=hitze")

    for tool in add_tools(index, terms, 45, start=5):
        translate_page(tool, "en", slug=tool.slug)
    with_50 = queries_for(client, index_en.url + "?hazard=hitze")

    assert with_5 == with_50


def test_latest_cards_need_as_many_queries_for_12_tools_as_for_3(index, index_en, terms):
    translate(terms.type["leitfaden"], "en", name="Guideline")
    for tool in add_tools(index, terms, 12):
        translate_page(tool, "en", slug=tool.slug)

    def queries(limit):
        with CaptureQueriesContext(connection) as context:
            kickers = [card.kicker for card in index_en.latest_cards(limit)]
        assert set(kickers) == {"Guideline"}
        return len(context.captured_queries)

    queries(3)  # warms the per-process locale table
    assert queries(3) == queries(12)


def test_tool_page_query_count_does_not_grow_with_practice_examples(client, index, terms):
    tool = ToolPageFactory(parent=index, title="Ein Werkzeug")
    tool.practice_examples.set([MunicipalityFactory(slug="a")])
    tool.save_revision().publish()
    one = queries_for(client, tool.url)

    tool.practice_examples.set([MunicipalityFactory(slug=f"m{n}") for n in range(10)])
    tool.save_revision().publish()

    assert queries_for(client, tool.url) == one


def sql_of(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in context.captured_queries]


def test_cached_counts_serve_each_filter_combination_once_and_follow_publishing(
    client, index, terms, settings
):
    settings.FRAGMENT_CACHE_SECONDS = 600
    cache.clear()
    add_tools(index, terms, 2)
    hitze_count = re.compile(
        r'value="hitze"[^>]*>\s*<span class="filters__label">Hitze</span>\s*'
        r'<span class="count"><span aria-hidden="true">(\d+)</span>'
    )

    # Three UNION queries: the facets' values, the term counts, the cards' terms. Another
    # combination counts its terms once (the same two tools: their cards' terms are kept),
    # and a combination asked for again counts nothing.
    assert sum("UNION" in sql for sql in sql_of(client, index.url)) == 3
    assert sum("UNION" in sql for sql in sql_of(client, index.url + "?effort=low")) == 1
    again = sql_of(client, index.url + "?effort=low")
    assert not any("UNION" in sql or "COUNT(" in sql.upper() for sql in again)
    html = client.get(index.url + "?phase=planung").content.decode()
    add_tools(index, terms, 1, start=2)  # publishing invalidates the catalogue
    fresh = client.get(index.url + "?phase=planung").content.decode()

    assert hitze_count.search(html)[1] == "2"
    assert hitze_count.search(fresh)[1] == "3"


def test_a_warm_listing_counts_nothing_again_and_knows_its_length(client, index, terms, settings):
    # The paginator takes the listing's length from the counts kept per content generation.
    settings.FRAGMENT_CACHE_SECONDS = 600
    cache.clear()
    add_tools(index, terms, 14)
    url = index.url + "?hazard=hitze&page=2"
    client.get(url)

    warm = sql_of(client, url)
    html = client.get(url).content.decode()

    assert not any("COUNT(" in sql.upper() for sql in warm)
    assert re.search(r"\b14\b", html)
    assert html.count('class="card__kicker"') == 2  # the second page: two of 14 tools


def test_the_cards_of_a_later_page_name_their_own_terms(client, index, terms):
    add_tools(index, terms, 12)
    last = ToolPageFactory(
        parent=index,
        title="Zuletzt im Alphabet",
        tool_type=terms.type["leitfaden"],
        hazards=[terms.hazard["starkregen"]],
    )

    html = client.get(index.url + "?page=2").content.decode()

    assert last.title in html
    assert 'class="card__kicker">Leitfaden<' in html
    assert ">Starkregen</a>" in html and ">Hitze</a>" not in html
