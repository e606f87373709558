"""The analysis every backend shares: stems, transliteration, compound parts, query clauses."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.analysis import (
    PARTS,
    TEASER,
    TITLE,
    TITLE_PART,
    compound_parts,
    document_terms,
    query_clauses,
    stem,
    word_terms,
)
from search.text import MAX_TERMS


@pytest.mark.parametrize(
    ("word", "other", "language"),
    [
        ("Städte", "Stadt", "de"),
        ("Staedte", "Städte", "de"),
        ("Kommunen", "Kommune", "de"),
        ("Straße", "Strasse", "de"),
        ("cities", "city", "en"),
        ("resilience", "resilient", "en"),
        ("Muenster", "Münster", "en"),
        ("Muenster", "Münster", "de"),
    ],
)
def test_forms_of_a_word_share_one_term(word, other, language):
    assert stem(word, language) == stem(other, language)


@pytest.mark.parametrize(
    ("compound", "parts"),
    [
        ("Klimaanpassung", {"klima", "anpassung"}),
        ("Hitzewelle", {"hitze", "welle"}),
        ("Bürgerbeteiligung", {"burger", "beteiligung"}),
        ("Hitzeschutz", {"hitze", "schutz"}),
        ("Starkregenvorsorge", {"starkregen", "vorsorge", "regen"}),
        ("Starkregengefahrenkarte", {"regen", "karte"}),
        ("Hitzeaktionsplan", {"hitze", "aktion", "plan"}),
        ("Schwammstadt", {"schwamm", "stadt"}),
        ("Stadtentwicklung", {"stadt", "entwicklung"}),
    ],
)
def test_german_compounds_are_split_into_their_parts(compound, parts):
    assert parts <= set(compound_parts(compound, "de"))


@pytest.mark.parametrize(
    "word",
    ["Regional", "Verwaltung", "Wissenschaft", "Beteiligung", "Ausgang", "Einladung", "Resilienz"],
)
def test_words_that_are_no_compounds_stay_whole(word):
    assert compound_parts(word, "de") == ()


def test_english_words_are_not_split():
    assert compound_parts("Klimaanpassung", "en") == ()


def test_whole_words_rank_above_parts_and_titles_above_teasers():
    terms = document_terms("Klimaanpassung", "Anpassung im Quartier", "", "", "de")
    assert terms.rank[stem("Klimaanpassung", "de")] == TITLE
    assert terms.rank[stem("Anpassung", "de")] == TITLE_PART  # the title's part wins
    assert terms.rank[stem("Quartier", "de")] == TEASER
    assert stem("Anpassung", "de") in terms.match


def test_a_compound_query_also_asks_for_its_parts():
    (clause,) = query_clauses("Hitzeschutz", "de")
    kinds = {alternative.kind: alternative.terms for alternative in clause.alternatives}
    assert kinds[PARTS] == (stem("Hitze", "de"), stem("Schutz", "de"))


def test_stop_words_are_left_out_unless_nothing_else_is_asked():
    assert [c.words for c in query_clauses("Klimaanpassung in der Stadt", "de")] == [
        ("klimaanpassung",),
        ("stadt",),
    ]
    assert [c.words for c in query_clauses("der", "de")] == [("der",)]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["de", "en", "xx"]))
def test_any_text_gives_safe_terms(text, language):
    """Terms become SQL patterns and tsquery lexemes: letters and digits only."""
    clauses = query_clauses(text, language, prefix_last=True)
    assert len(clauses) <= MAX_TERMS
    for clause in clauses:
        for alternative in clause.alternatives:
            assert alternative.terms
            for term in alternative.terms:
                assert term and all(char.isalnum() for char in term), term
    found = document_terms(text, text, text, text, language)
    assert all(term and all(char.isalnum() for char in term) for term in found.match)


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"[A-Za-zÄÖÜäöüß]{1,40}", fullmatch=True))
def test_a_word_always_matches_itself(word):
    """Whatever a page says, searching that word finds it: its query term is among the
    document's terms."""
    whole, _parts = word_terms(word, "de")
    assert whole in document_terms("", "", word, "", "de").match
