"""Language-aware matching: real stemming on PostgreSQL, simpler word matching on SQLite."""

import pytest

from search.engine import DatabaseEngine
from search.results import Criteria
from tests.factories.base import translate_page

from .conftest import postgres_only, sqlite_only, standard_page


def titles(query, language="de"):
    results = DatabaseEngine().search(Criteria(query=query, language=language))
    return [hit.title for hit in results.hits]


@pytest.fixture
def pages(homes):
    stadt = standard_page(homes["de"], "Die Stadt im Wandel", text="Eine Stadt plant Grün.")
    translate_page(stadt, "en", title="The city in transition", teaser="A city plans green.")
    standard_page(homes["de"], "Kommune gesucht", text="Jede Kommune kann mitmachen.")
    standard_page(homes["de"], "Klimaanpassungsstrategie", text="Strategien für heiße Sommer.")
    standard_page(homes["de"], "Straßenbäume", text="Bäume an der Straße kühlen.")
    standard_page(homes["de"], "Bürgerbeteiligung", text="Die Bürger reden mit.")


@postgres_only
@pytest.mark.parametrize(
    ("query", "expected", "language"),
    [
        ("Städte", "Die Stadt im Wandel", "de"),
        ("Staedte", "Die Stadt im Wandel", "de"),
        ("Kommunen", "Kommune gesucht", "de"),
        ("Klima", "Klimaanpassungsstrategie", "de"),
        ("Strasse", "Straßenbäume", "de"),
        ("Buerger", "Bürgerbeteiligung", "de"),
        ("cities", "The city in transition", "en"),
    ],
)
def test_postgres_stems_folds_and_finds_compounds(pages, query, expected, language):
    assert expected in titles(query, language)[:3]


@postgres_only
def test_postgres_uses_the_pages_language_configuration(pages):
    # "cities" is stemmed by the English configuration, so it finds nothing German.
    assert titles("cities", "de") == []


@sqlite_only
@pytest.mark.parametrize(
    ("query", "expected", "language"),
    [
        ("Städte", "Die Stadt im Wandel", "de"),
        ("Kommunen", "Kommune gesucht", "de"),
        ("Klima", "Klimaanpassungsstrategie", "de"),
        ("Strasse", "Straßenbäume", "de"),
        ("cities", "The city in transition", "en"),
    ],
)
def test_sqlite_matches_word_starts_after_stripping_endings(pages, query, expected, language):
    assert expected in titles(query, language)[:3]


def test_all_words_must_match_before_any_word_does(pages):
    results = DatabaseEngine().search(Criteria(query="Kommune Bürger", language="de"))
    assert results.any_word
    assert {"Kommune gesucht", "Bürgerbeteiligung"} <= {hit.title for hit in results.hits}
