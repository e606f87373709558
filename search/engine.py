"""Runs searches: the database engine (PostgreSQL full text or SQLite word matching) and the
Elasticsearch engine when configured, which falls back to the database when the cluster fails."""

import logging

from django.conf import settings
from django.db import connection

from wagtail.search.backends import get_search_backend

from core import languages
from core.visibility import visible_sql

from .results import Hit, Results, highlight
from .text import MARK_END, MARK_START, WORD, clean, normalise, simple_stem, terms

logger = logging.getLogger(__name__)

EXCERPT_WORDS = 32


def python_excerpt(text: str, stems: list[str], language: str) -> str:
    """An excerpt around the first matching word, matches marked (SQLite and Elasticsearch)."""
    text = clean(text)
    words = list(WORD.finditer(text))
    matching = [
        index
        for index, word in enumerate(words)
        if any(normalise(word.group(), language).startswith(stem) for stem in stems)
    ]
    if not words:
        return ""
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


class DatabaseEngine:
    """Searches the search-document table with PostgreSQL full text or SQLite word matching."""

    def search(self, criteria, exclude_language: str = "") -> Results:
        words = terms(criteria.query, criteria.language)
        if not words:
            return Results()
        results = self._run(criteria, words, " & ", exclude_language)
        if not results.total and len(words) > 1:
            results = self._run(criteria, words, " | ", exclude_language)
            results.any_word = bool(results.total)
        return results

    def _run(self, criteria, words, operator, exclude_language) -> Results:
        postgres = connection.vendor == "postgresql"
        if postgres:
            match_from = "to_tsquery(%s::regconfig, %s) query, "
            match_params = [
                languages.language(criteria.language).postgres_config,
                tsquery(words, operator),
            ]
            match = "d.search_vector @@ query"
            # Ranking on title and teaser only: the body vector is large (TOASTed) and reading
            # it for thousands of matches is what made broad queries slow. Body-only matches
            # still match (GIN on the full vector) and come after, newest first.
            rank = "ts_rank_cd(d.rank_vector, query)"
            rank_params = []
        else:
            match_from, match_params = "", []
            patterns = [f"% {simple_stem(word, criteria.language)}%" for word in words]
            joiner = " AND " if operator.strip() == "&" else " OR "
            match = "(" + joiner.join("d.words LIKE %s" for _ in patterns) + ")"
            rank = " + ".join(
                "(CASE WHEN d.words_title LIKE %s THEN 3 ELSE 0 END)" for _ in patterns
            )
            rank_params = patterns
            match_params = patterns  # used in WHERE, after the rank in SELECT
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
        order = "rank DESC, d.date DESC, d.page_id"
        if criteria.sort == "date":
            order = "d.date DESC NULLS LAST, rank DESC, d.page_id"
        sql = (
            f"SELECT d.page_id, d.title, d.content_type_id, d.date, d.language, "  # noqa: S608
            f"{rank} AS rank, COUNT(*) OVER () AS total "
            f"FROM {match_from}search_searchdocument d "
            f"JOIN wagtailcore_page p ON p.id = d.page_id "
            f"WHERE {' AND '.join(where)} ORDER BY {order} LIMIT %s OFFSET %s"
        )
        if postgres:
            all_params = [*match_params, *params, criteria.limit, criteria.offset]
        else:
            all_params = [*rank_params, *match_params, *params, criteria.limit, criteria.offset]
        with connection.cursor() as cursor:
            cursor.execute(sql, all_params)
            rows = cursor.fetchall()
        hits = [Hit(row[0], row[1], row[2], row[3], row[4]) for row in rows]
        total = rows[0][6] if rows else 0
        self._add_excerpts(hits, criteria.language, words, operator)
        return Results(total=total, hits=hits)

    def _add_excerpts(self, hits, lang, words, operator):
        if not hits:
            return
        ids = [hit.page_id for hit in hits]
        marks = ", ".join("%s" for _ in ids)
        by_id = {hit.page_id: hit for hit in hits}
        if connection.vendor == "postgresql":
            sql = (
                "SELECT d.page_id, ts_headline(%s::regconfig, "  # noqa: S608
                "CASE WHEN d.teaser = '' THEN left(d.body, 1500) ELSE d.teaser || ' ' "
                "|| left(d.body, 1500) END, to_tsquery(%s::regconfig, %s), %s) "
                f"FROM search_searchdocument d WHERE d.page_id IN ({marks})"
            )
            config = languages.language(lang).postgres_config
            options = (
                f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, "
                'MaxFragments=2, FragmentDelimiter=" … "'
            )
            with connection.cursor() as cursor:
                cursor.execute(sql, [config, config, tsquery(words, operator), options, *ids])
                for page_id, excerpt in cursor.fetchall():
                    by_id[page_id].excerpt = highlight(excerpt)
            return
        stems = [simple_stem(word, lang) for word in words]
        sql = f"SELECT page_id, teaser, body FROM search_searchdocument WHERE page_id IN ({marks})"  # noqa: S608
        with connection.cursor() as cursor:
            cursor.execute(sql, ids)
            for page_id, teaser, body in cursor.fetchall():
                by_id[page_id].excerpt = python_excerpt(f"{teaser} {body}", stems, lang)


def tsquery(words: list[str], operator: str) -> str:
    """A tsquery of prefix terms; words hold letters and digits only, so quoting is safe."""
    return operator.join(f"'{word}':*" for word in words)


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
