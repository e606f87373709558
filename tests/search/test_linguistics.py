"""Language-aware matching, the same on SQLite and PostgreSQL: stems, transliteration,
compound parts, precision, typos and synonyms across the two languages."""

from wagtail.models import Locale

import pytest

from search.engine import DatabaseEngine
from search.results import Criteria
from taxonomy.models import Hazard
from tests.factories.base import translate_page

from .conftest import standard_page


def search(query, language="de"):
    return DatabaseEngine().search(Criteria(query=query, language=language))


def titles(query, language="de"):
    return [hit.title for hit in search(query, language).hits]


@pytest.fixture
def pages(homes):
    stadt = standard_page(homes["de"], "Die Stadt im Wandel", text="Eine Stadt plant Grün.")
    translate_page(stadt, "en", title="The city in transition", teaser="A city plans green.")
    standard_page(homes["de"], "Kommune gesucht", text="Jede Kommune kann mitmachen.")
    standard_page(homes["de"], "Klimaanpassungsstrategie", text="Strategien für heiße Sommer.")
    standard_page(homes["de"], "Straßenbäume", text="Bäume an der Straße kühlen.")
    standard_page(homes["de"], "Bürgerbeteiligung", text="Die Bürger reden mit.")


@pytest.mark.parametrize(
    ("query", "expected", "language"),
    [
        ("Städte", "Die Stadt im Wandel", "de"),
        ("Staedte", "Die Stadt im Wandel", "de"),
        ("Kommunen", "Kommune gesucht", "de"),
        ("Klima", "Klimaanpassungsstrategie", "de"),
        ("Anpassung", "Klimaanpassungsstrategie", "de"),
        ("Strasse", "Straßenbäume", "de"),
        ("Buerger", "Bürgerbeteiligung", "de"),
        ("Beteiligung", "Bürgerbeteiligung", "de"),
        ("cities", "The city in transition", "en"),
    ],
)
def test_stems_transliterations_and_parts_find_the_page(pages, query, expected, language):
    assert expected in titles(query, language)[:3]


def test_a_language_is_searched_in_its_own_stems(pages):
    # "cities" is an English form; no German page says it.
    assert titles("cities", "de") == []


def test_all_words_must_match_before_any_word_does(pages):
    results = search("Kommune Bürger")
    assert results.any_word
    assert {"Kommune gesucht", "Bürgerbeteiligung"} <= {hit.title for hit in results.hits}


@pytest.fixture
def heat_and_rain(homes):
    return {
        "whole": standard_page(homes["de"], "Anpassung an Hitze", text="Schatten hilft."),
        "compound": standard_page(homes["de"], "Klimaanpassung im Quartier"),
        "body": standard_page(homes["de"], "Quartiere", text="Eine Klimaanpassung im Detail."),
        "regional": standard_page(homes["de"], "Regionale Netzwerke", text="Regionalplanung."),
        "rain": standard_page(homes["de"], "Starkregengefahrenkarte", text="Wo Wasser steht."),
        "wave": standard_page(homes["de"], "Sommer", text="Die nächste Hitzewelle kommt."),
        "protection": standard_page(homes["de"], "Schutz vor Hitze im Sommer"),
    }


def test_a_whole_word_ranks_above_a_part_and_a_title_above_the_text(heat_and_rain):
    found = titles("Anpassung")
    assert found[:3] == ["Anpassung an Hitze", "Klimaanpassung im Quartier", "Quartiere"]


def test_a_part_finds_the_compound_and_no_unrelated_word_comes_first(heat_and_rain):
    assert titles("Regen") == ["Starkregengefahrenkarte"]
    assert titles("Welle") == ["Sommer"]


def test_a_compound_finds_pages_on_its_parts(heat_and_rain):
    found = titles("Hitzeschutz")
    assert found[0] == "Schutz vor Hitze im Sommer"  # both parts in the title
    assert "Anpassung an Hitze" in found  # on heat, the compound's subject
    assert "Regionale Netzwerke" not in found


@pytest.mark.parametrize(
    "typo",
    [
        "Starkregengefahrenkrate",
        "Starkregengefahrenkaarte",
        "Starkregengefahrnkarte",
        "Starkregengefahrenkarze",
    ],
)
def test_one_wrong_missing_added_or_swapped_letter_is_corrected(heat_and_rain, typo):
    results = search(typo)
    assert [hit.title for hit in results.hits] == ["Starkregengefahrenkarte"]
    assert results.suggestion == "Starkregengefahrenkarte"


def test_no_correction_is_offered_for_a_word_the_portal_uses(heat_and_rain):
    results = search("Quartiere")
    assert results.total and results.suggestion == ""


def test_a_correction_keeps_the_other_words_as_typed(heat_and_rain):
    results = search("Hitzewele Sommer")
    assert results.suggestion == "Hitzewelle Sommer"
    assert [hit.title for hit in results.hits] == ["Sommer"]


def test_short_words_and_nonsense_are_not_corrected(heat_and_rain):
    assert search("Hize").suggestion == ""  # four letters
    assert search("Xqzvbnmlkj").total == 0


def test_a_synonym_in_the_other_language_finds_the_visitors_pages(sponge_city):
    results = search("Schwammstadt", "en")
    assert [hit.title for hit in results.hits] == ["Sponge-city checklist"]
    assert results.synonyms == ["sponge city"]  # named in the visitor's language
    assert titles("sponge city", "de") == ["Checkliste Schwammstadt"]
    assert titles("Schwammstadtprinzip", "de") == ["Checkliste Schwammstadt"]


def test_the_taxonomys_names_are_synonyms_across_languages(homes):
    heat = Hazard.objects.create(
        name="Hitze", slug="hitze", locale=Locale.objects.get(language_code="de")
    )
    Hazard.objects.create(
        name="Heat",
        slug="hitze",
        locale=Locale.objects.get(language_code="en"),
        translation_key=heat.translation_key,
    )
    german = standard_page(homes["de"], "Schatten im Sommer")
    translate_page(german, "en", title="Heat in summer")
    results = search("Hitze", "en")
    assert [hit.title for hit in results.hits] == ["Heat in summer"]
    assert results.synonyms == ["Heat"]


def test_english_transliterates_too(homes):
    german = standard_page(homes["de"], "Münster")
    translate_page(german, "en", title="Münster learns")
    assert titles("Muenster", "en") == ["Münster learns"]
    assert titles("Muenster", "de") == ["Münster"]


def test_autocomplete_completes_the_last_word(heat_and_rain):
    results = DatabaseEngine().search(Criteria(query="Starkregengef", language="de", prefix=True))
    assert [hit.title for hit in results.hits] == ["Starkregengefahrenkarte"]
