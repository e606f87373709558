"""Against a real Elasticsearch / OpenSearch cluster; runs only when ELASTICSEARCH_URL is set."""

import os
import uuid

import pytest

from search.backends.elasticsearch import PortalElasticsearchBackend
from search.documents import build
from search.results import Criteria

from .conftest import standard_page

pytestmark = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="SKIPPED live Elasticsearch tests: set ELASTICSEARCH_URL to run them against a cluster",
)


@pytest.fixture
def live_index():
    backend = PortalElasticsearchBackend(
        {"URLS": [os.environ["ELASTICSEARCH_URL"]], "INDEX_PREFIX": f"test_{uuid.uuid4().hex}_"}
    )
    index = backend.page_index()
    index.recreate()
    yield index
    index.client.options(ignore_status=404).indices.delete(index=index.name)


def search_titles(index, query, language):
    from search.backends.elasticsearch import ElasticsearchEngine
    from search.engine import DatabaseEngine

    class NoFallback(DatabaseEngine):
        def search(self, *args, **kwargs):
            raise AssertionError("the cluster should have answered")

    engine = ElasticsearchEngine(index, fallback=NoFallback())
    return [hit.title for hit in engine.search(Criteria(query=query, language=language)).hits]


def test_german_stemming_umlauts_and_compounds(homes, live_index):
    pages = [
        standard_page(homes["de"], "Die Stadt im Wandel"),
        standard_page(homes["de"], "Klimaanpassungsstrategie"),
        standard_page(homes["de"], "Straßenbäume"),
    ]
    live_index.index_documents([build(page) for page in pages])
    live_index.client.indices.refresh(index=live_index.name)
    assert "Die Stadt im Wandel" in search_titles(live_index, "Städte", "de")
    assert "Klimaanpassungsstrategie" in search_titles(live_index, "Klima", "de")
    assert "Straßenbäume" in search_titles(live_index, "Strassenbaume", "de")


def test_parts_find_compounds_and_real_matches_come_first(homes, live_index):
    pages = [
        standard_page(homes["de"], "Klimaanpassung im Quartier"),
        standard_page(homes["de"], "Anpassung an Hitze"),
        standard_page(homes["de"], "Regionale Netzwerke"),
        standard_page(homes["de"], "Starkregengefahrenkarte"),
    ]
    live_index.index_documents([build(page) for page in pages])
    live_index.client.indices.refresh(index=live_index.name)
    assert search_titles(live_index, "Anpassung", "de")[:2] == [
        "Anpassung an Hitze",
        "Klimaanpassung im Quartier",
    ]
    assert search_titles(live_index, "Regen", "de") == ["Starkregengefahrenkarte"]
    assert search_titles(live_index, "Hitzeschutz", "de") == ["Anpassung an Hitze"]
