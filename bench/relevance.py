"""Relevance of the site search on the demo content: MRR and nDCG@3 over the judged query set
(``bench/relevance.toml``), per language.

Each query runs through the search page's own code (``search.views.run_search``: navigational
pages only when nothing else matches, synonyms, corrections), and the pages it lists first in the
visitor's language are compared with the pages judged relevant. Used by ``make bench-search``
(which prints the figures for SQLite and PostgreSQL) and by ``tests/search/test_relevance.py``.
"""

import math
import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.test import RequestFactory
from django.utils import translation

from search.forms import SearchParameters, topics_for
from search.views import run_search, search_url

JUDGED = Path(__file__).with_name("relevance.toml")
CUTOFF = 3  # nDCG@3
MRR_TARGET, NDCG_TARGET = 0.9, 0.85


@dataclass
class Judged:
    q: str
    language: str
    kind: str
    relevant: list[str]


@dataclass
class Outcome:
    query: Judged
    found: list[str]  # URL paths of the first page of results, in order

    @property
    def reciprocal_rank(self) -> float:
        return next(
            (1 / rank for rank, path in enumerate(self.found, 1) if path in self.query.relevant),
            0.0,
        )

    @property
    def ndcg(self) -> float:
        gains = [1 if path in self.query.relevant else 0 for path in self.found[:CUTOFF]]
        dcg = sum(gain / math.log2(rank + 1) for rank, gain in enumerate(gains, 1))
        ideal_count = min(len(self.query.relevant), CUTOFF)
        ideal = sum(1 / math.log2(rank + 1) for rank in range(1, ideal_count + 1))
        return dcg / ideal


def judged_queries() -> list[Judged]:
    with JUDGED.open("rb") as file:
        return [Judged(**row) for row in tomllib.load(file)["query"]]


def run(query: Judged) -> Outcome:
    factory = RequestFactory()
    with translation.override(query.language):
        request = factory.get(search_url(query.language), {"q": query.q})
        params = SearchParameters(request.GET, topics_for(query.language))
        context = run_search(request, params, query.language)
    return Outcome(query, [hit.url for hit in context["hits"]])


def evaluate(queries=None) -> dict[str, dict]:
    """Per language: the number of queries, MRR, nDCG@3 and the outcomes below target."""
    outcomes = [run(query) for query in queries or judged_queries()]
    report = {}
    for language in sorted({outcome.query.language for outcome in outcomes}):
        mine = [outcome for outcome in outcomes if outcome.query.language == language]
        report[language] = {
            "queries": len(mine),
            "mrr": sum(outcome.reciprocal_rank for outcome in mine) / len(mine),
            "ndcg": sum(outcome.ndcg for outcome in mine) / len(mine),
            "misses": [outcome for outcome in mine if outcome.reciprocal_rank < 1],
        }
    return report
