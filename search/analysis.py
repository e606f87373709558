"""How text becomes search terms: one analysis for documents and queries, for every backend.

A word is folded (lower case, no diacritics), stemmed with the language's Snowball stemmer and
its ae/oe/ue folded after stemming, so "Städte", "Staedte" and "Stadt" meet in German and
"Muenster" and "Münster" in English. A German compound is also split into its parts with a
word list (``search/lexicon/de.txt``, from wordfreq): "Klimaanpassung" gives the term
"klimaanpass" and the part terms "klima" and "anpass". Documents store every term for matching
and, for ranking, the best place each term holds (``rank_terms``): a whole word in the title
ranks above a part of a title word, which ranks above a whole word in the teaser, and so on.
The database engines and Elasticsearch all match and rank on these terms.
"""

import functools
from dataclasses import dataclass, field
from pathlib import Path

import snowballstemmer

from core import languages

from .text import GERMAN_DIGRAPHS, WORD, fold, normalise, terms

LEXICON = Path(__file__).with_name("lexicon") / "de.txt"

# Joints between the parts of a German compound ("Stadtentwicklung", "Zukunftsstadt",
# "Sonnenenergie").
LINKS = ("", "s", "es", "n", "en")
# Endings that are words of their own but never a compound's part ("Wissenschaft").
NOT_PARTS = frozenset(
    "heit keit schaft ung ungen lich liche lichen isch chen lein tum nis haft bar sam "
    "innen ende ente ismus ion ation".split()
)
# Three-letter words that do start compounds ("Bauleitplanung", "Notfallplan"); other short
# words ("aus", "ein", "von") would split "Ausgang" and "Einladung".
SHORT_PARTS = frozenset(
    "bau amt tag see weg rat hof not zug rad bad bus eis gas ost tal tor".split()
)
# A part must be a common word; a whole word that is itself common is split only when its
# parts are clearly more common ("Werkzeug" stays whole, "Starkregen" is stark + regen).
MIN_PART_ZIPF, MIN_SHORT_PART_ZIPF, SPLIT_MARGIN = 2.5, 3.0, 0.5

# Words a query leaves out (unless it holds nothing else): they are in almost every page and
# would only narrow "Klimaanpassung in der Stadt" to pages that happen to say "der".
STOP_WORDS = {
    "de": frozenset(
        "aber als am an auch auf aus bei bis das dass dem den der des die ein eine einem "
        "einen einer eines es fur im in ist mit nach oder sich sie so um und uber vom von vor "
        "wie wir zu zum zur".split()
    ),
    "en": frozenset(
        "a an and are as at be by for from in into is it of on or that the this to was with".split()
    ),
}

# Where a term stands in a document, best first, and what that place is worth in ranking.
TITLE, TITLE_PART, TEASER, TEASER_PART = "a", "b", "c", "d"
PLACE_WEIGHTS = {TITLE: 16, TITLE_PART: 8, TEASER: 4, TEASER_PART: 2}

# How a query alternative was found, and what its matches are worth against an exact match.
WORD_MATCH, PARTS, KEY_PART, TYPO, SYNONYM, PREFIX = (
    "word",
    "parts",
    "key part",
    "typo",
    "synonym",
    "prefix",
)
KIND_FACTORS = {WORD_MATCH: 1.0, PREFIX: 1.0, SYNONYM: 1.0, PARTS: 0.5, TYPO: 0.5, KEY_PART: 0.25}


@functools.cache
def _stemmer(language: str):
    algorithm = languages.language(language).stemmer
    return snowballstemmer.stemmer(algorithm) if algorithm else None


@functools.cache
def _lexicon() -> dict[str, float]:
    words = {}
    with LEXICON.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("#"):
                word, zipf = line.split()
                words[word] = float(zipf)
    return words


def surface(word: str) -> str:
    """The folded form of a word as written: "Städte" -> "stadte", "Staedte" -> "stadte"."""
    return _letters(normalise(word, "de"))


def _letters(word: str) -> str:
    # Folding can decompose a character into pieces that are no letters ("¼" -> "1⁄4").
    return "".join(char for char in word if char.isalnum())


@functools.lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """The term of one word: folded, stemmed, ae/oe/ue folded."""
    folded = _letters(fold(word))
    stemmer = _stemmer(language)
    if stemmer is not None:
        folded = stemmer.stemWord(folded)
    return GERMAN_DIGRAPHS.sub(lambda match: match.group(1)[0], folded)


def _usable_part(part: str) -> bool:
    zipf = _lexicon().get(part)
    if zipf is None or part in NOT_PARTS:
        return False
    if len(part) == 3:
        return part in SHORT_PARTS
    return zipf >= (MIN_SHORT_PART_ZIPF if len(part) <= 5 else MIN_PART_ZIPF)


@functools.lru_cache(maxsize=200_000)
def _segment(word: str) -> tuple[tuple[str, ...], float] | None:
    """The best split of ``word`` into usable parts and its score (the rarest part's Zipf
    frequency, less half a point per joint), or None."""
    best = ((word,), _lexicon()[word]) if _usable_part(word) else None
    for end in range(3, len(word) - 2):
        head = word[:end]
        if not _usable_part(head):
            continue
        for link in LINKS:
            start = end + len(link)
            if not word.startswith(link, end) or len(word) - start < 3:
                continue
            rest = _segment(word[start:])
            if rest is None:
                continue
            parts = (head, *rest[0])
            score = min(_lexicon()[head], rest[1] + 0.5 * (len(rest[0]) - 1)) - 0.5 * (
                len(parts) - 1
            )
            if best is None or score > best[1]:
                best = (parts, score)
    return best


@functools.lru_cache(maxsize=200_000)
def compound_parts(word: str, language: str) -> tuple[str, ...]:
    """The parts of a compound as folded words ("Starkregenvorsorge" -> starkregen, vorsorge,
    stark, regen), or () for a word that is no compound or a language without splitting."""
    if not languages.language(language).splits_compounds:
        return ()
    folded = surface(word)
    if len(folded) < 6 or not folded.isalpha():
        return ()
    found = _segment(folded)
    if found is None or len(found[0]) < 2:
        return ()
    parts, score = found
    rarest = score + 0.5 * (len(parts) - 1)
    whole = _lexicon().get(folded)
    if whole is not None and rarest < whole + SPLIT_MARGIN:
        return ()
    nested = [inner for part in parts for inner in compound_parts(part, language)]
    return tuple(dict.fromkeys((*parts, *_joined(folded, parts), *nested)))


def _joined(folded: str, parts: tuple[str, ...]) -> list[str]:
    """Known words made of neighbouring parts ("Datenschutzerklärung" -> "datenschutz",
    "Starkregengefahrenkarte" -> "starkregen", "gefahrenkarte")."""
    starts, cursor = [], 0
    for part in parts:
        cursor = folded.find(part, cursor)
        starts.append(cursor)
        cursor += len(part)
    ends = [start + len(part) for start, part in zip(starts, parts, strict=True)]
    return [
        folded[starts[first] : ends[last]]
        for first in range(len(parts))
        for last in range(first + 1, len(parts))
        if (first, last) != (0, len(parts) - 1) and folded[starts[first] : ends[last]] in _lexicon()
    ]


@functools.lru_cache(maxsize=200_000)
def word_terms(word: str, language: str) -> tuple[str, tuple[str, ...]]:
    """The term of a word and the terms of its compound parts."""
    whole = stem(word, language)
    parts = tuple(
        dict.fromkeys(
            term
            for term in (stem(part, language) for part in compound_parts(word, language))
            if term != whole
        )
    )
    return whole, parts


@dataclass
class DocumentTerms:
    """A document's terms: all of them for matching, the best place of each for ranking, and
    its vocabulary: the folded words with their spelling, and the compound parts it holds
    (completions and "Did you mean …?")."""

    match: set[str] = field(default_factory=set)
    rank: dict[str, str] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)
    parts: set[str] = field(default_factory=set)

    def _place(self, term: str, place: str) -> None:
        if place < self.rank.get(term, "z"):
            self.rank[term] = place

    def add(self, text: str, language: str, place: str | None = None, part_place=None):
        for word in WORD.findall(text or ""):
            whole, parts = word_terms(word, language)
            self.words.setdefault(surface(word), word)
            self.parts.update(compound_parts(word, language))
            self.match.add(whole)
            self.match.update(parts)
            if place:
                self._place(whole, place)
                for part in parts:
                    self._place(part, part_place)

    def match_text(self) -> str:
        """The matching terms, space-padded for SQL (`` term ``)."""
        return " " + " ".join(sorted(self.match)) + " "

    def rank_text(self) -> str:
        """The ranking terms with their places, space-padded (`` term:a ``)."""
        return " " + " ".join(f"{term}:{self.rank[term]}" for term in sorted(self.rank)) + " "


def document_terms(title, teaser, body, related, language) -> DocumentTerms:
    found = DocumentTerms()
    found.add(title, language, TITLE, TITLE_PART)
    found.add(teaser, language, TEASER, TEASER_PART)
    found.add(body, language)
    found.add(related, language)
    return found


@dataclass(frozen=True)
class Alternative:
    """One way a clause can match: every term must be in the document (a prefix term only
    has to start one)."""

    terms: tuple[str, ...]
    kind: str = WORD_MATCH
    # What a visitor is shown for a typo correction or a synonym ("Hitzeaktionsplan").
    label: str = ""


@dataclass
class Clause:
    """One word of the query (or a phrase a synonym stands for) and its alternatives; a
    document matches the clause when it matches any alternative."""

    words: tuple[str, ...]
    alternatives: list[Alternative]


def word_clause(word: str, language: str, prefix: bool = False) -> Clause:
    whole, parts = word_terms(word, language)
    alternatives = [Alternative((whole,))]
    if parts:
        # "Hitzeschutz" also finds pages on both "Hitze" and "Schutz".
        found = _segment(surface(word))
        top = tuple(dict.fromkeys(stem(part, language) for part in found[0])) if found else ()
        alternatives.append(Alternative(top or parts, PARTS))
        # Pages on what the compound is about: "Hitzeschutz" also finds pages on heat.
        about = key_part(word, language)
        if about:
            alternatives.append(Alternative((stem(about, language),), KEY_PART))
    if prefix:
        alternatives.append(Alternative((whole,), PREFIX))
    return Clause((surface(word),), alternatives)


@functools.lru_cache(maxsize=50_000)
def key_part(word: str, language: str) -> str:
    """The rarest of a compound's parts: what it is about, where the common part is the general
    word ("Hitzeschutz" -> "hitze", "Starkregenvorsorge" -> "starkregen", "Stadtbäume" ->
    "baume")."""
    found = _segment(surface(word)) if compound_parts(word, language) else None
    if not found or len(found[0]) < 2:
        return ""
    return min(found[0], key=lambda part: _lexicon()[part])


def query_clauses(query: str, language: str, prefix_last: bool = False) -> list[Clause]:
    """The clauses of a query: one per word; with ``prefix_last`` (autocomplete) the last
    word may also be the start of a word."""
    words = terms(query, language)
    stop_words = STOP_WORDS.get(language, frozenset())
    words = [word for word in words if surface(word) not in stop_words] or words
    return [
        word_clause(word, language, prefix=prefix_last and index == len(words) - 1)
        for index, word in enumerate(words)
    ]


def matches(word: str, language: str, wanted: set[str]) -> bool:
    """Whether a word of a text matches any of the query's terms (for marking excerpts)."""
    whole, parts = word_terms(word, language)
    return whole in wanted or any(part in wanted for part in parts)


def names(title: str, clauses: list[Clause], language: str) -> bool:
    """Whether a title is the query: every word of the query is a whole word of the title (or a
    correction or synonym of it) and the title says nothing else ("Kontakt" names the page
    "Kontakt", not the home page "Smarte, klimaresiliente Städte")."""
    stop_words = STOP_WORDS.get(language, frozenset())
    title_words = [word for word in WORD.findall(title) if surface(word) not in stop_words]
    title_terms = {stem(word, language) for word in title_words}
    found = [
        [
            set(alternative.terms)
            for alternative in clause.alternatives
            if alternative.kind in (WORD_MATCH, TYPO, SYNONYM)
            and set(alternative.terms) <= title_terms
        ]
        for clause in clauses
    ]
    if not clauses or not all(found):
        return False
    return set().union(*(terms for options in found for terms in options)) == title_terms
