"""The judged query set on the demo content as `load_demo` leaves it: the first results are the
pages judged relevant (MRR and nDCG@3 per language; `make bench-search` prints them)."""

import pytest

from bench.relevance import MRR_TARGET, NDCG_TARGET, evaluate, judged_queries

KINDS = {"exact", "part", "typo", "cross-language", "navigational"}
# English writes its compounds apart or with hyphens ("heavy-rain hazard map").
KINDS_BY_LANGUAGE = {"de": KINDS | {"compound"}, "en": KINDS}


def test_the_judged_set_covers_every_kind_of_query_in_both_languages():
    queries = judged_queries()
    assert len(queries) >= 80
    for language, wanted in KINDS_BY_LANGUAGE.items():
        kinds = {query.kind for query in queries if query.language == language}
        assert wanted <= kinds, wanted - kinds


@pytest.mark.django_db
def test_relevance_meets_its_targets_on_the_demo_content(demo):
    report = evaluate()
    for language, figures in report.items():
        misses = [(o.query.q, o.found[:3]) for o in figures["misses"]]
        assert figures["mrr"] >= MRR_TARGET, (language, figures["mrr"], misses)
        assert figures["ndcg"] >= NDCG_TARGET, (language, figures["ndcg"], misses)
