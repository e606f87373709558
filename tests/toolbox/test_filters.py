import re

from django.test import RequestFactory

from wagtail.models import PageViewRestriction

import pytest

from tests.factories.base import translate_page
from tests.factories.taxonomy import translate
from tests.factories.toolbox import ToolPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(index, terms):
    """Five tools whose facets overlap in known ways, keyed by title."""
    h, p, t = terms.hazard, terms.phase, terms.type
    specs = {
        "Alpha": {
            "hazards": [h["hitze"]],
            "process_phases": [p["planung"]],
            "tool_type": t["leitfaden"],
            "topics": [terms.topic["klimaanpassung"]],
            "target_groups": [terms.group["verwaltung"]],
            "municipality_sizes": ["large"],
            "effort": "low",
            "cost": "low",
            "duration": "short",
        },
        "Bravo": {
            "hazards": [h["starkregen"]],
            "process_phases": [p["planung"], p["umsetzung"]],
            "tool_type": t["software"],
            "topics": [terms.topic["open-data"]],
            "target_groups": [terms.group["verwaltung"], terms.group["politik"]],
            "municipality_sizes": ["large", "medium"],
            "effort": "medium",
            "cost": "high",
            "duration": "long",
        },
        "Charlie": {
            "hazards": [h["hitze"], h["starkregen"]],
            "process_phases": [p["bewertung"]],
            "tool_type": t["leitfaden"],
            "topics": [terms.topic["klimaanpassung"], terms.topic["open-data"]],
            "municipality_sizes": ["small"],
            "effort": "high",
            "cost": "medium",
            "duration": "medium",
        },
        "Delta": {
            "hazards": [h["hochwasser"]],
            "process_phases": [p["umsetzung"]],
            "tool_type": t["software"],
            "target_groups": [terms.group["politik"]],
            "municipality_sizes": ["rural", "district"],
            "effort": "low",
        },
        "Echo": {},
    }
    return {
        title: ToolPageFactory(parent=index, title=title, **fields)
        for title, fields in specs.items()
    }


def titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def listing(index, query: str):
    return index.listing(RequestFactory().get(f"{index.url}?{query}"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]),
        ("hazard=hitze", ["Alpha", "Charlie"]),
        ("hazard=hitze&hazard=starkregen", ["Alpha", "Bravo", "Charlie"]),
        ("phase=planung", ["Alpha", "Bravo"]),
        ("phase=umsetzung&phase=bewertung", ["Bravo", "Charlie", "Delta"]),
        ("type=software", ["Bravo", "Delta"]),
        ("topic=open-data", ["Bravo", "Charlie"]),
        ("group=politik", ["Bravo", "Delta"]),
        ("size=large", ["Alpha", "Bravo"]),
        ("size=medium", ["Bravo"]),
        ("size=small&size=rural", ["Charlie", "Delta"]),
        ("size=district", ["Delta"]),
        ("effort=low", ["Alpha", "Delta"]),
        ("effort=low&effort=high", ["Alpha", "Charlie", "Delta"]),
        ("cost=high", ["Bravo"]),
        ("duration=medium&duration=long", ["Bravo", "Charlie"]),
        ("hazard=hitze&phase=planung", ["Alpha"]),
        ("hazard=hitze&hazard=starkregen&phase=planung", ["Alpha", "Bravo"]),
        ("type=leitfaden&size=small", ["Charlie"]),
        ("hazard=hochwasser&effort=low&size=rural&type=software", ["Delta"]),
        ("hazard=hochwasser&phase=planung", []),
    ],
)
def test_filters_are_or_within_a_facet_and_and_across_facets(
    client, catalogue, index, query, expected
):
    html = client.get(f"{index.url}?{query}").content.decode()

    assert titles(html) == expected
    assert sorted(card.page.title for card in listing(index, query).cards) == expected


def test_result_heading_announces_the_number_of_matches(client, catalogue, index):
    html = client.get(f"{index.url}?hazard=hitze").content.decode()

    assert re.search(r'<h2 id="results-heading">2 [^<]+</h2>', html)


def counts(index, query: str) -> dict[str, dict[str, int]]:
    return {
        facet.param: {option.value: option.count for option in facet.options}
        for facet in listing(index, query).facets
        if facet.options
    }


def test_counts_without_filters_count_every_tool_per_value(catalogue, index):
    result = counts(index, "")

    assert result["hazard"] == {"hitze": 2, "starkregen": 2, "hochwasser": 1}
    assert result["phase"] == {"planung": 2, "umsetzung": 2, "bewertung": 1}
    assert result["size"] == {"large": 2, "medium": 1, "small": 1, "rural": 1, "district": 1}
    assert result["effort"] == {"low": 2, "medium": 1, "high": 1}
    assert result["type"] == {"leitfaden": 2, "software": 2}


def test_counts_of_a_facet_ignore_its_own_selection_but_respect_the_others(catalogue, index):
    result = counts(index, "hazard=hitze&phase=planung")

    # Hazards counted among tools in the planning phase (Alpha, Bravo).
    assert result["hazard"] == {"hitze": 1, "starkregen": 1}
    # Phases counted among heat tools (Alpha, Charlie); "umsetzung" has none and is not offered.
    assert result["phase"] == {"planung": 1, "bewertung": 1}
    # Other facets counted among the results (Alpha).
    assert result["effort"] == {"low": 1}
    assert result["size"] == {"large": 1}


def test_a_chosen_value_stays_offered_even_without_matches(catalogue, index):
    result = counts(index, "hazard=hochwasser&phase=planung")

    assert result["hazard"]["hochwasser"] == 0
    assert result["phase"]["planung"] == 0


def test_form_shows_each_facet_as_a_fieldset_with_counts(client, catalogue, index):
    html = client.get(f"{index.url}?hazard=hitze").content.decode()

    # "Show results" lands on the results heading.
    assert '<form class="filters" method="get" action="/werkzeugkasten/#results-heading">' in html
    assert html.count("<fieldset>") == 9
    assert "<legend>" in html
    assert re.search(
        r'<input type="checkbox" id="filter-hazard-\d+" name="hazard" value="hitze" checked>\s*'
        r'<span class="filters__label">Hitze</span>\s*'
        r'<span class="count"><span aria-hidden="true">2</span>',
        html,
    )
    assert '<button class="button" type="submit">' in html


def test_each_active_filter_links_to_the_results_without_it(client, catalogue, index):
    html = client.get(f"{index.url}?hazard=hitze&phase=planung").content.decode()

    assert 'href="/werkzeugkasten/?phase=planung"' in html
    assert 'href="/werkzeugkasten/?hazard=hitze"' in html
    assert '<a class="button button--secondary" href="/werkzeugkasten/">' in html


@pytest.mark.parametrize(
    "query",
    [
        "hazard=nonsense",
        "effort=%00",
        "hazard=%00hitze",
        "phase=%FF%FE",
        "size=large,medium",
        "type=" + "x" * 5000,
        "topic=%3Cscript%3Ealert(1)%3C/script%3E",
        "cost=1%27%20OR%201=1--",
        "duration=%E2%80%AE",
    ],
)
def test_unknown_or_malformed_values_are_ignored_with_a_notice(client, catalogue, index, query):
    response = client.get(f"{index.url}?{query}")
    html = response.content.decode()

    assert response.status_code == 200
    assert 'class="notice notice--warning"' in html
    assert "<script>alert" not in html
    assert titles(html) == ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]


@pytest.mark.parametrize("query", ["page=abc", "page=-1", "page=99999", "page=%00"])
def test_a_page_that_does_not_exist_shows_the_nearest_with_a_notice(
    client, catalogue, index, query
):
    response = client.get(f"{index.url}?{query}")

    assert response.status_code == 200
    assert titles(response.content.decode()) == ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]
    assert 'class="notice notice--warning"' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "page=1",
        "hazard=",
        "hazard=hitze&hazard=hitze&hazard=hitze",
        "hazard=HITZE",
        "hazard=%20hitze%20",
        "%00=%00",
        "unknown=param",
        "hazard[]=hitze",
        "&&&=&",
    ],
)
def test_odd_but_harmless_queries_give_a_page_without_a_notice(client, catalogue, index, query):
    response = client.get(f"{index.url}?{query}")

    assert response.status_code == 200
    assert 'class="notice' not in response.content.decode()


def test_valid_values_still_apply_beside_unknown_ones(client, catalogue, index):
    html = client.get(f"{index.url}?hazard=hitze&hazard=nonsense&effort=low").content.decode()

    assert titles(html) == ["Alpha"]
    assert "“nonsense”" in html


def test_repeated_values_count_once(catalogue, index):
    repeated = listing(index, "hazard=hitze&hazard=hitze&hazard=HITZE")

    assert [(active.facet_label, active.label.value) for active in repeated.active] == [
        ("Klimagefahr", "hitze")
    ]
    assert repeated.query_string == "hazard=hitze"


def test_a_notice_quotes_a_few_ignored_values_only(catalogue, index):
    query = "&".join(f"hazard=bad{n}" for n in range(20))

    notices = listing(index, query).notices

    assert len(notices) == 1
    assert "“bad0”" in notices[0] and "“bad3”" not in notices[0]


def test_results_are_paginated_by_twelve(client, index):
    for n in range(14):
        ToolPageFactory(parent=index, title=f"Werkzeug {n:02d}")

    first = client.get(index.url).content.decode()
    second = client.get(f"{index.url}?page=2").content.decode()

    assert len(titles(first)) == 12
    assert titles(second) == ["Werkzeug 12", "Werkzeug 13"]
    assert re.search(r'<h2 id="results-heading">14 [^<]+</h2>', first)


def test_pagination_keeps_the_filters(client, index, terms):
    for n in range(13):
        ToolPageFactory(parent=index, title=f"Werkzeug {n:02d}", hazards=[terms.hazard["hitze"]])

    html = client.get(f"{index.url}?hazard=hitze").content.decode()

    assert 'href="?hazard=hitze&amp;page=2"' in html


def test_drafts_private_and_other_language_tools_are_never_listed(
    client, catalogue, index, index_en, terms
):
    ToolPageFactory(parent=index, title="Entwurf", hazards=[terms.hazard["hitze"]], live=False)
    private = ToolPageFactory(parent=index, title="Geheim", hazards=[terms.hazard["hitze"]])
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    translate_page(catalogue["Alpha"], "en", title="Alpha in English", slug="alpha")

    german = client.get(f"{index.url}?hazard=hitze").content.decode()
    english = client.get(f"{index_en.url}?hazard=hitze").content.decode()

    assert titles(german) == ["Alpha", "Charlie"]
    assert titles(english) == ["Alpha in English"]
    assert counts(index, "")["hazard"]["hitze"] == 2


def test_english_index_filters_by_the_same_slugs_with_english_labels(
    client, catalogue, index, index_en, terms
):
    translate(terms.hazard["hitze"], "en", name="Heat")
    translate(terms.phase["planung"], "en", name="Planning")
    for tool in catalogue.values():
        translate_page(tool, "en", title=f"{tool.title} (en)", slug=tool.slug)

    html = client.get(f"{index_en.url}?hazard=hitze&phase=planung").content.decode()

    assert titles(html) == ["Alpha (en)"]
    assert '<span class="filters__label">Heat</span>' in html
    assert '<span class="filters__label">Planning</span>' in html
    assert "Climate hazard: Heat" in html
    # Cards show English terms too, although the English pages point at the German ones.
    assert re.search(r'<li><a class="tag" href="/en/topics/[-\w]+/">Heat</a></li>', html)
    assert "1 tool found" in html


def test_english_index_offers_untranslated_terms_in_their_own_language(
    client, catalogue, index, index_en
):
    translate_page(catalogue["Alpha"], "en", title="Alpha (en)", slug="alpha")

    html = client.get(f"{index_en.url}?hazard=hitze").content.decode()

    assert titles(html) == ["Alpha (en)"]
    assert '<span class="filters__label" lang="de">Hitze</span>' in html
    assert 'class="notice' not in html


def test_english_index_ignores_slugs_unknown_in_every_language(client, catalogue, index_en):
    html = client.get(f"{index_en.url}?hazard=nonsense").content.decode()

    assert 'class="notice notice--warning"' in html
