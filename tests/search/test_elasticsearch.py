"""The Elasticsearch path without a server: analyzers, mappings, query bodies and fallback."""

import json
import logging

import pytest

from search.analysis import query_clauses
from search.backends.elasticsearch import (
    ElasticsearchEngine,
    PageIndex,
    PortalElasticsearchBackend,
    document_body,
    page_index_body,
    query_body,
)
from search.engine import DatabaseEngine
from search.models import SearchDocument
from search.results import Criteria

from .conftest import standard_page


def test_the_page_index_holds_the_portals_terms_per_language():
    properties = page_index_body()["mappings"]["properties"]
    for language in ("de", "en"):
        assert properties[f"terms_{language}"]["analyzer"] == "whitespace"
        assert properties[f"rank_{language}"]["analyzer"] == "whitespace"
    assert page_index_body()["mappings"]["dynamic"] == "strict"


def test_wagtails_backend_gets_the_language_analyzers():
    backend = PortalElasticsearchBackend({"URLS": ["http://127.0.0.1:9"]})
    analyzers = backend.settings["settings"]["analysis"]["analyzer"]
    assert "portal_german" in analyzers and "edgengram_analyzer" in analyzers


def test_a_document_fills_only_its_languages_fields_with_terms_and_places(homes):
    page = standard_page(homes["de"], "Hitzewelle", teaser="Schatten", text="Bäume")
    body = document_body(SearchDocument.objects.get(page_id=page.pk))
    assert "terms_en" not in body and body["language"] == "de"
    terms = body["terms_de"].split()
    assert {"hitzewell", "hitz", "well", "baum"} <= set(terms)  # whole word, parts, body
    assert {"hitzewell:a", "hitz:b", "schatt:c"} <= set(body["rank_de"].split())


def test_the_query_body_asks_every_clause_and_never_parses_the_visitors_text():
    criteria = Criteria(query='Klima* AND "Hitzeschutz', language="de", topic="wasser", sort="date")
    clauses = query_clauses(criteria.query, "de")
    body = query_body(criteria, clauses, every_clause=True, exclude_keys=["k"])
    boolean = body["query"]["bool"]
    assert len(boolean["must"]) == 3  # klima, and, hitzeschutz
    hitzeschutz = boolean["must"][2]["dis_max"]["queries"]
    assert hitzeschutz[0]["bool"]["filter"] == [{"term": {"terms_de": "hitzeschutz"}}]
    assert hitzeschutz[1]["bool"]["filter"] == [
        {"term": {"terms_de": "hitz"}},
        {"term": {"terms_de": "schutz"}},
    ]
    assert hitzeschutz[1]["bool"]["boost"] < hitzeschutz[0]["bool"]["boost"]  # parts rank lower
    assert "*" not in json.dumps(boolean["must"]) and "AND" not in json.dumps(boolean["must"])
    assert {"term": {"language": "de"}} in boolean["filter"]
    assert {"term": {"topics": "wasser"}} in boolean["filter"]
    assert boolean["must_not"] == [{"terms": {"translation_key": ["k"]}}]
    assert body["sort"][0] == {"date": {"order": "desc", "missing": "_last"}}
    anywhere = query_body(criteria, clauses, every_clause=False)["query"]["bool"]
    assert anywhere["minimum_should_match"] == 1 and len(anywhere["should"]) == 3


def test_an_unreachable_cluster_falls_back_to_the_database_with_a_warning(homes, caplog):
    standard_page(homes["de"], "Rückfallebene", teaser="Rückfallebene")
    backend = PortalElasticsearchBackend({"URLS": ["http://127.0.0.1:9"], "TIMEOUT": 1})
    engine = ElasticsearchEngine(backend.page_index(), fallback=DatabaseEngine())
    with caplog.at_level(logging.WARNING, logger="search.backends.elasticsearch"):
        results = engine.search(Criteria(query="Rückfallebene", language="de"))
    assert [hit.title for hit in results.hits] == ["Rückfallebene"]
    assert "falling back" in caplog.text or "searching the database" in caplog.text


def test_the_search_page_survives_an_unreachable_cluster(client, homes, settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": ["http://127.0.0.1:9"],
            "TIMEOUT": 1,
        }
    }
    standard_page(homes["de"], "Ausfallsicher", teaser="Ausfallsicher")
    response = client.get("/suche/?q=Ausfallsicher")
    assert response.status_code == 200
    assert "Ausfallsicher" in response.content.decode()


@pytest.fixture
def fake_index():
    class FakeClient:
        def __init__(self):
            self.calls = []

        def bulk(self, **kwargs):
            self.calls.append(kwargs)

    return PageIndex(FakeClient(), "portal_pages")


def test_indexing_sends_one_bulk_request(homes, fake_index):
    page = standard_page(homes["de"], "Massenweise")
    fake_index.index_documents([SearchDocument.objects.get(page_id=page.pk)])
    operations = fake_index.client.calls[0]["operations"]
    assert operations[0] == {"index": {"_index": "portal_pages", "_id": page.pk}}
