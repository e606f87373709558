"""The Elasticsearch path without a server: analyzers, mappings, query bodies and fallback."""

import logging

import pytest

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


def test_the_page_index_has_german_and_english_fields_with_compound_subfields():
    body = page_index_body()
    properties = body["mappings"]["properties"]
    assert properties["body_de"]["analyzer"] == "portal_german"
    assert properties["body_en"]["analyzer"] == "portal_english"
    assert properties["title_de"]["fields"]["compound"]["analyzer"] == "portal_german_compound"
    analyzers = body["settings"]["analysis"]["analyzer"]
    assert "german_normalization" in analyzers["portal_german"]["filter"]
    assert "german_stemmer" in analyzers["portal_german"]["filter"]
    assert "english_stemmer" in analyzers["portal_english"]["filter"]


def test_wagtails_backend_gets_the_language_analyzers():
    backend = PortalElasticsearchBackend({"URLS": ["http://127.0.0.1:9"]})
    analyzers = backend.settings["settings"]["analysis"]["analyzer"]
    assert "portal_german" in analyzers and "edgengram_analyzer" in analyzers


def test_a_document_fills_only_its_languages_fields(homes):
    page = standard_page(homes["de"], "Hitze", teaser="Schatten", text="Bäume")
    body = document_body(SearchDocument.objects.get(page_id=page.pk))
    assert body["title_de"] == "Hitze" and "title_en" not in body
    assert body["language"] == "de"


def test_the_query_body_searches_the_languages_fields_without_query_syntax():
    criteria = Criteria(query='Klima* AND "Hitze', language="en", topic="wasser", sort="date")
    body = query_body(criteria, exclude_keys=["k"])
    should = body["query"]["bool"]["should"]
    assert should[0]["multi_match"]["query"] == "klima and hitze"
    assert should[0]["multi_match"]["fields"] == [
        "title_en^4",
        "teaser_en^2",
        "body_en^1",
        "related_en^1",
    ]
    assert "related_en" not in body["highlight"]["fields"]  # term names are no excerpt
    assert should[1]["multi_match"]["fields"][0] == "title_en.compound^4"
    assert {"term": {"language": "en"}} in body["query"]["bool"]["filter"]
    assert {"term": {"topics": "wasser"}} in body["query"]["bool"]["filter"]
    assert body["query"]["bool"]["must_not"] == [{"terms": {"translation_key": ["k"]}}]
    assert body["sort"][0] == {"date": {"order": "desc", "missing": "_last"}}


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
