"""Normalisation shared by documents and queries."""

from search.text import normalise, terms


def test_umlauts_and_their_transliterations_meet_in_german():
    assert normalise("Städte", "de") == normalise("Staedte", "de")
    assert normalise("Bürger", "de") == normalise("Buerger", "de")
    assert normalise("Größe", "de") == normalise("Groesse", "de")


def test_sharp_s_meets_double_s():
    assert normalise("Straße", "de") == normalise("Strasse", "de")


def test_query_syntax_and_control_characters_are_no_terms():
    assert terms('" \\ * ~ : ( ) - \x00', "de") == []
    assert terms("Klima AND NOT Hitze", "en") == ["klima", "and", "not", "hitze"]


def test_terms_are_limited_in_number_and_length():
    words = terms("wort " * 500 + "x" * 500, "de")
    assert len(words) == 10
    assert all(len(word) <= 40 for word in terms("x" * 500, "de"))
