"""Runs searches: the database engine (PostgreSQL full text or SQLite word matching) and the
Elasticsearch engine when configured, which falls back to the database when the cluster fails.

Both run the clauses ``search.query`` works out and rank by the places of the matched terms
(``search.analysis``): the same matches and the same order on every database.
"""

import logging

from django.conf import settings
from django.db import connection

from wagtail.search.backends import get_search_backend

from core.visibility import visible_sql

from . import query
from .analysis import KIND_FACTORS, PLACE_WEIGHTS, PREFIX, matches, surface
from .results import Hit, Results, highlight
from .text import MARK_END, MARK_START, WORD, clean

logger = logging.getLogger(__name__)

# Matches a database search ranks: the most recently created ones (in date order when sorted
# by date), so a common word costs the same at 2,000 pages as at 100,000. The first page of
# results is still the one a full ranking gives whenever these hold a page of the best-ranked
# matches; more matches are counted as "more than 1,000" (Elasticsearch ranks them all).
CANDIDATES = 1000
EXCERPT_WORDS = 32
EXCERPT_SOURCE_CHARACTERS = 4000  # an excerpt comes from the start of a long text


def marker(clauses, language: str):
    """Whether a word of a text is one the query found (whole, part, typo or synonym)."""
    wanted = {
        term
        for clause in clauses
        for a in clause.alternatives
        if a.kind != PREFIX
        for term in a.terms
    }
    prefixes = tuple(
        term
        for clause in clauses
        for a in clause.alternatives
        if a.kind == PREFIX
        for term in a.terms
    )
    return lambda word: (
        matches(word, language, wanted) or (bool(prefixes) and surface(word).startswith(prefixes))
    )


def excerpt(text: str, is_match) -> str:
    """An excerpt around the first matching word, matches marked."""
    text = clean(text)[:EXCERPT_SOURCE_CHARACTERS]
    words = list(WORD.finditer(text))
    if not words:
        return ""
    matching = [index for index, word in enumerate(words) if is_match(word.group())]
    first = max(0, (matching[0] if matching else 0) - 6)
    window = words[first : first + EXCERPT_WORDS]
    start, end = window[0].start(), window[-1].end()
    pieces, cursor = [], start
    for index in matching:
        word = words[index]
        if start <= word.start() and word.end() <= end:
            pieces += [text[cursor : word.start()], MARK_START, word.group(), MARK_END]
            cursor = word.end()
    pieces.append(text[cursor:end])
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return highlight(prefix + "".join(pieces) + suffix)


def vector_term(term: str, language: str) -> str:
    """A term as the PostgreSQL vector holds it: tagged with its language ("de_klima"), so
    that the planner's statistics tell a German word from an English one (untagged, it
    expected "klima" in a fifth of the English pages, and scanned them all for one)."""
    return f"{language}_{term}"


class ClauseSQL:
    """The SQL of a query's clauses: a match condition and a rank, with their parameters."""

    def __init__(self, clauses, every_clause: bool, language: str):
        self.clauses = clauses
        self.every_clause = every_clause
        self.language = language
        self.postgres = connection.vendor == "postgresql"
        self.greatest = "GREATEST" if self.postgres else "MAX"
        self.least = "LEAST" if self.postgres else "MIN"

    def match(self) -> tuple[str, list]:
        if self.postgres:
            # Terms hold letters and digits only, so quoting them is safe.
            clauses = (
                "("
                + " | ".join(
                    "(" + " & ".join(self.lexeme(t, a.kind) for t in a.terms) + ")"
                    for a in clause.alternatives
                )
                + ")"
                for clause in self.clauses
            )
            joiner = " & " if self.every_clause else " | "
            return "d.search_vector @@ %s::tsquery", [joiner.join(clauses)]
        params, parts = [], []
        for clause in self.clauses:
            alternatives = []
            for alternative in clause.alternatives:
                alternatives.append(
                    "(" + " AND ".join("d.words LIKE %s" for _ in alternative.terms) + ")"
                )
                end = "%" if alternative.kind == PREFIX else " %"
                params += [f"% {term}{end}" for term in alternative.terms]
            parts.append("(" + " OR ".join(alternatives) + ")")
        joiner = " AND " if self.every_clause else " OR "
        return "(" + joiner.join(parts) + ")", params

    def lexeme(self, term: str, kind: str) -> str:
        tagged = vector_term(term, self.language)
        return f"'{tagged}':*" if kind == PREFIX else f"'{tagged}'"

    def rank(self) -> tuple[str, list]:
        """Per clause, its best alternative; an alternative is worth its weakest term's place,
        times what its kind is worth (a part or a typo half a whole word)."""
        params, clause_sql = [], []
        for clause in self.clauses:
            scores = []
            for alternative in clause.alternatives:
                if alternative.kind == PREFIX:
                    continue  # completions are ranked as the whole words they stand for
                terms = []
                for term in alternative.terms:
                    cases = " ".join(
                        f"WHEN d.rank_words LIKE %s THEN {weight}"
                        for weight in PLACE_WEIGHTS.values()
                    )
                    terms.append(f"(CASE {cases} ELSE 0 END)")
                    params += [f"% {term}:{place} %" for place in PLACE_WEIGHTS]
                weakest = terms[0] if len(terms) == 1 else f"{self.least}({', '.join(terms)})"
                scores.append(f"{KIND_FACTORS[alternative.kind]} * {weakest}")
            clause_sql.append(f"{self.greatest}(0, {', '.join(scores)})" if scores else "0")
        return " + ".join(clause_sql), params


class DatabaseEngine:
    """Searches the search-document table with PostgreSQL full text or SQLite word matching."""

    def search(self, criteria, exclude_language: str = "") -> Results:
        return query.search(
            lambda clauses, every: self._run(criteria, clauses, every, exclude_language),
            criteria,
        )

    def _run(self, criteria, clauses, every_clause, exclude_language) -> Results:
        built = ClauseSQL(clauses, every_clause, criteria.language)
        rank, rank_params = built.rank()
        match, match_params = built.match()
        where, params = [match, "d.language = %s", visible_sql("p")], [criteria.language]
        if criteria.content_type_ids:
            marks = ", ".join("%s" for _ in criteria.content_type_ids)
            where.append(f"d.content_type_id IN ({marks})")
            params += criteria.content_type_ids
        if criteria.topic:
            where.append("d.topics LIKE %s")
            params.append(f"% {criteria.topic} %")
        if exclude_language:
            where.append(
                "NOT EXISTS (SELECT 1 FROM search_searchdocument t "
                "WHERE t.translation_key = d.translation_key AND t.language = %s)"
            )
            params.append(exclude_language)
        newest, order = "d.page_id DESC", "rank DESC, d.date DESC, d.page_id"
        if criteria.sort == "date":
            newest = "d.date DESC NULLS LAST, d.page_id DESC"
            order = "d.date DESC NULLS LAST, rank DESC, d.page_id"
        # The newest matches (one more, to tell "more than"), ranked; one query.
        sql = (
            "WITH found AS (SELECT d.page_id, d.title, d.content_type_id, d.date, d.language, "  # noqa: S608
            "d.rank_words FROM search_searchdocument d JOIN wagtailcore_page p ON p.id = d.page_id "
            f"WHERE {' AND '.join(where)} ORDER BY {newest} LIMIT %s) "
            f"SELECT d.page_id, d.title, d.content_type_id, d.date, d.language, {rank} AS rank, "
            "(SELECT COUNT(*) FROM found) AS total "
            f"FROM (SELECT * FROM found d ORDER BY {newest} LIMIT %s) d "
            f"ORDER BY {order} LIMIT %s OFFSET %s"
        )
        all_params = [*match_params, *params, CANDIDATES + 1, *rank_params, CANDIDATES]
        with connection.cursor() as cursor:
            cursor.execute(sql, [*all_params, criteria.limit, criteria.offset])
            rows = cursor.fetchall()
        hits = [Hit(row[0], row[1], row[2], row[3], row[4]) for row in rows]
        found = rows[0][6] if rows else 0
        add_excerpts(hits, marker(clauses, criteria.language))
        return Results(total=min(found, CANDIDATES), hits=hits, more=found > CANDIDATES)


def add_excerpts(hits, is_match) -> None:
    """Excerpts of teaser and text for the hits of one page of results (one query)."""
    if not hits:
        return
    ids = [hit.page_id for hit in hits]
    marks = ", ".join("%s" for _ in ids)
    by_id = {hit.page_id: hit for hit in hits}
    sql = f"SELECT page_id, teaser, body FROM search_searchdocument WHERE page_id IN ({marks})"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, ids)
        for page_id, teaser, body in cursor.fetchall():
            by_id[page_id].excerpt = excerpt(f"{teaser} {body}", is_match)


ELASTICSEARCH_BACKEND = "search.backends.elasticsearch"


def elasticsearch_configured() -> bool:
    backend = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND")
    return backend == ELASTICSEARCH_BACKEND


def elastic_index():
    """The Elasticsearch page index when Elasticsearch is configured, else None. Wagtail
    imports the backend (and so the client, which costs a worker about a second) only then."""
    return get_search_backend("default").page_index() if elasticsearch_configured() else None


def engine():
    """The engine for visitor searches: Elasticsearch when configured (falling back to the
    database when the cluster fails), else the database."""
    if not elasticsearch_configured():
        return DatabaseEngine()
    return get_search_backend("default").visitor_engine(fallback=DatabaseEngine())
