"""What a query asks, worked out once for every engine: its clauses (``search.analysis``),
widened by synonyms, and, when nothing matches, by corrections of words the portal does not
use ("Hitzeaktionsplna" -> "Hitzeaktionsplan"), which the results page offers as "Did you
mean …?".

An engine only has to run clauses: ``run(clauses, every_clause)`` returns ``Results``.
"""

from collections.abc import Callable

from .analysis import (
    KEY_PART,
    PARTS,
    STOP_WORDS,
    SYNONYM,
    TYPO,
    WORD_MATCH,
    Alternative,
    Clause,
    query_clauses,
    stem,
    surface,
    word_clause,
)
from .models import SearchWord
from .results import Results
from .synonyms import MAX_PHRASE_WORDS, synonyms
from .text import WORD
from .vocabulary import corrections

COMPLETIONS = 3  # vocabulary words an unfinished last word may stand for (autocomplete)
# A compound's key part alone ("Hitzeschutz" -> pages on "Hitze") widens a search that finds
# fewer pages than this; broader, it would only add pages below the real matches (and time).
WIDEN_BELOW = 10


def without_key_parts(clauses: list[Clause]) -> list[Clause]:
    return [Clause(c.words, [a for a in c.alternatives if a.kind != KEY_PART]) for c in clauses]


def phrase_terms(text: str, language: str) -> tuple[str, ...]:
    stop_words = STOP_WORDS.get(language, frozenset())
    words = [word for word in WORD.findall(text) if surface(word) not in stop_words]
    return tuple(dict.fromkeys(stem(word, language) for word in words or WORD.findall(text)))


def with_synonyms(clauses: list[Clause], language: str) -> list[Clause]:
    """Clauses where a word or phrase with synonyms also matches its synonyms."""
    table = synonyms(language)
    if not table:
        return clauses
    result, index = [], 0
    while index < len(clauses):
        for length in range(min(MAX_PHRASE_WORDS, len(clauses) - index), 0, -1):
            span = clauses[index : index + length]
            found = table.get(tuple(word for clause in span for word in clause.words))
            if found:
                break
        else:
            result.append(clauses[index])
            index += 1
            continue
        if length == 1:
            alternatives = list(span[0].alternatives)
        else:
            words = tuple(term for clause in span for term in clause.alternatives[0].terms)
            alternatives = [Alternative(words)]
        alternatives += [
            Alternative(phrase_terms(name, language), SYNONYM, name)
            for name in found
            if phrase_terms(name, language)
        ]
        result.append(Clause(tuple(w for clause in span for w in clause.words), alternatives))
        index += length
    return result


def with_completions(clauses: list[Clause], language: str) -> list[Clause]:
    """The unfinished last word also stands for the most used words it begins
    ("Klimaanp" -> "Klimaanpassung"), each matched and ranked as if typed in full."""
    last = clauses[-1]
    prefix = last.words[-1]
    words = (
        SearchWord.objects.filter(language=language, word__startswith=prefix)
        .exclude(spelling="")
        .order_by("-documents", "word")
        .values_list("spelling", flat=True)[:COMPLETIONS]
    )
    added = []
    for word in words:
        for alternative in word_clause(word, language).alternatives:
            if alternative not in last.alternatives and alternative not in added:
                added.append(alternative)
    return [*clauses[:-1], Clause(last.words, [*last.alternatives, *added])]


def with_typos(clauses: list[Clause], fixes: dict[str, str], language: str) -> list[Clause]:
    result = []
    for clause in clauses:
        fix = fixes.get(clause.words[0]) if len(clause.words) == 1 else None
        if fix:
            typo = [
                Alternative(alternative.terms, TYPO, fix)
                for alternative in word_clause(fix, language).alternatives
                if alternative.kind in (WORD_MATCH, PARTS)
            ]
            clause = Clause(clause.words, [*clause.alternatives, *typo])
        result.append(clause)
    return result


def suggestion(query: str, fixes: dict[str, str]) -> str:
    """The query with its corrected words, as the visitor would have typed it."""
    return " ".join(fixes.get(surface(word), word) for word in WORD.findall(query))


def search(run: Callable[[list[Clause], bool], Results], criteria) -> Results:
    """Every word (unknown words also as corrected), then, if nothing has them all, any word."""
    language = criteria.language
    clauses = query_clauses(criteria.query, language, prefix_last=criteria.prefix)
    if not clauses:
        return Results()
    clauses = with_synonyms(clauses, language)
    if criteria.prefix:
        clauses = with_completions(clauses, language)
    # Words no page uses are corrected (one small query; candidates only for unknown words).
    fixes = {}
    if criteria.correct:
        fixes = corrections([c.words[0] for c in clauses if len(c.words) == 1], language)
    if fixes:
        clauses = with_typos(clauses, fixes, language)
    narrow = without_key_parts(clauses)
    results = run(narrow, True)
    if results.total < WIDEN_BELOW and narrow != clauses:
        results = run(clauses, True)
    else:
        clauses = narrow
    if not results.total and len(clauses) > 1:
        results = run(clauses, False)
        results.any_word = bool(results.total)
    if fixes and results.total:
        results.suggestion = suggestion(criteria.query, fixes)
    results.synonyms = list(
        dict.fromkeys(
            alternative.label
            for clause in clauses
            for alternative in clause.alternatives
            if alternative.kind == SYNONYM
        )
    )
    results.clauses = clauses
    return results
