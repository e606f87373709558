"""Elasticsearch / OpenSearch: Wagtail's backend with German and English analyzers (for the
admin's search), and the portal's own page index for visitors.

The page index holds the terms the portal's analysis made of each page (``search.analysis``:
stems, compound parts, the places of terms), one field pair per language, so the cluster
matches and ranks as the database does: a clause is the best of its alternatives, an
alternative is worth the places of its terms. Selected when ``ELASTICSEARCH_URL`` is set.
Every search falls back to the database engine (and logs a warning) when the cluster cannot
answer."""

import logging

from django.utils.dateparse import parse_date

from wagtail.search.backends import get_search_backend
from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from core.languages import LANGUAGES

from ..analysis import KIND_FACTORS, PLACE_WEIGHTS, PREFIX
from ..engine import add_excerpts, marker
from ..models import SearchDocument
from ..query import search as search_clauses
from ..results import Hit, Results

logger = logging.getLogger(__name__)

# Analyzers for Wagtail's own indexes (the admin's search): German with umlauts and ß folded
# and light stemming, English with possessives and stemming.
ANALYSIS = {
    "filter": {
        "german_stop": {"type": "stop", "stopwords": "_german_"},
        "german_stemmer": {"type": "stemmer", "language": "light_german"},
        "english_stop": {"type": "stop", "stopwords": "_english_"},
        "english_stemmer": {"type": "stemmer", "language": "english"},
        "english_possessive_stemmer": {"type": "stemmer", "language": "possessive_english"},
    },
    "analyzer": {
        "portal_german": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "german_stop",
                "german_normalization",
                "german_stemmer",
            ],
        },
        "portal_english": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "english_possessive_stemmer",
                "lowercase",
                "asciifolding",
                "english_stop",
                "english_stemmer",
            ],
        },
    },
}
# Terms are analysed by the portal; the cluster only splits them at spaces.
TERMS_FIELD = {"type": "text", "analyzer": "whitespace", "norms": False, "index_options": "docs"}


def page_index_body() -> dict:
    """Settings and mappings of the page index: per-language term fields."""
    properties = {
        "page_id": {"type": "long"},
        "language": {"type": "keyword"},
        "translation_key": {"type": "keyword"},
        "content_type_id": {"type": "integer"},
        "topics": {"type": "keyword"},
        "date": {"type": "date"},
        "title_raw": {"type": "keyword", "index": False},
    }
    for language in LANGUAGES:
        properties[f"terms_{language}"] = TERMS_FIELD
        properties[f"rank_{language}"] = TERMS_FIELD
    return {"mappings": {"dynamic": "strict", "properties": properties}}


def document_body(document) -> dict:
    """The Elasticsearch source of a search document."""
    language = document.language
    body = {
        "page_id": document.page_id,
        "language": language,
        "translation_key": str(document.translation_key),
        "content_type_id": document.content_type_id,
        "topics": document.topics.split(),
        "date": document.date.isoformat() if document.date else None,
        "title_raw": document.title,
    }
    if language in LANGUAGES:
        body[f"terms_{language}"] = document.words.strip()
        body[f"rank_{language}"] = document.rank_words.strip()
    return body


def alternative_query(alternative, language: str) -> dict:
    """Every term must match; the score is what the places of the terms are worth."""
    if alternative.kind == PREFIX:
        return {"prefix": {f"terms_{language}": alternative.terms[0]}}
    places = [
        {
            "dis_max": {
                "queries": [
                    {
                        "constant_score": {
                            "filter": {"term": {f"rank_{language}": f"{term}:{place}"}},
                            "boost": weight,
                        }
                    }
                    for place, weight in PLACE_WEIGHTS.items()
                ]
            }
        }
        for term in alternative.terms
    ]
    return {
        "bool": {
            "filter": [{"term": {f"terms_{language}": term}} for term in alternative.terms],
            "should": places,
            "boost": KIND_FACTORS[alternative.kind],
        }
    }


def query_body(criteria, clauses, every_clause=True, exclude_keys=()) -> dict:
    """The search request body for a visitor's criteria and the query's clauses; nothing of
    the visitor's text is parsed as query syntax (terms are letters and digits)."""
    language = criteria.language
    filters = [{"term": {"language": language}}]
    if criteria.content_type_ids:
        filters.append({"terms": {"content_type_id": list(criteria.content_type_ids)}})
    if criteria.topic:
        filters.append({"term": {"topics": criteria.topic}})
    must_not = [{"terms": {"translation_key": list(exclude_keys)}}] if exclude_keys else []
    matches = [
        {"dis_max": {"queries": [alternative_query(a, language) for a in clause.alternatives]}}
        for clause in clauses
    ]
    boolean = {"filter": filters, "must_not": must_not}
    if every_clause:
        boolean["must"] = matches
    else:
        boolean.update(should=matches, minimum_should_match=1)
    order = ["_score", {"date": {"order": "desc", "missing": "_last"}}, {"page_id": "asc"}]
    if criteria.sort == "date":
        order = [order[1], "_score", order[2]]
    return {
        "query": {"bool": boolean},
        "from": criteria.offset,
        "size": criteria.limit,
        "track_total_hits": True,
        "_source": ["page_id", "language", "content_type_id", "date", "title_raw"],
        "sort": order,
    }


class PortalElasticsearchBackend(Elasticsearch8SearchBackend):
    """Wagtail's Elasticsearch 8 backend with German and English analyzers added."""

    settings = {
        "settings": {
            **Elasticsearch8SearchBackend.settings["settings"],
            "analysis": {
                key: {**Elasticsearch8SearchBackend.settings["settings"]["analysis"][key], **extra}
                for key, extra in (
                    ("analyzer", ANALYSIS["analyzer"]),
                    ("tokenizer", {}),
                    ("filter", ANALYSIS["filter"]),
                )
            },
        }
    }

    def page_index(self):
        return PageIndex(self.es, f"{self.index_prefix}pages")

    def visitor_engine(self, fallback):
        """The engine for visitor searches over the page index (``search.engine``)."""
        return ElasticsearchEngine(self.page_index(), fallback)


class PageIndex:
    """The portal's per-language page index on an Elasticsearch client."""

    def __init__(self, client, name: str):
        self.client = client
        self.name = name

    def recreate(self):
        self.client.options(ignore_status=404).indices.delete(index=self.name)
        self.client.indices.create(index=self.name, **page_index_body())

    def index_documents(self, documents):
        operations = []
        for document in documents:
            operations += [{"index": {"_index": self.name, "_id": document.page_id}}]
            operations.append(document_body(document))
        if operations:
            try:
                self.client.bulk(operations=operations, refresh=False)
            except Exception:  # the database index stays right; update_index repairs this
                logger.warning("Elasticsearch indexing failed", exc_info=True)

    def delete_documents(self, page_ids):
        for page_id in page_ids:
            try:
                self.client.options(ignore_status=404).delete(index=self.name, id=page_id)
            except Exception:
                logger.warning("Elasticsearch delete failed", exc_info=True)

    def search(self, body) -> dict:
        return self.client.search(index=self.name, **body)


def default_page_index():
    """The page index of the default backend, which is this one (see ``engine.elastic_index``)."""
    return get_search_backend("default").page_index()


class ElasticsearchEngine:
    """Searches the page index; falls back to the database engine when the cluster fails."""

    def __init__(self, index: PageIndex, fallback):
        self.index = index
        self.fallback = fallback

    def search(self, criteria, exclude_language: str = ""):
        try:
            exclude_keys = self._keys_in(exclude_language) if exclude_language else ()
            return search_clauses(
                lambda clauses, every: self._run(criteria, clauses, every, exclude_keys),
                criteria,
            )
        except Exception:
            logger.warning("Elasticsearch unavailable, searching the database", exc_info=True)
            return self.fallback.search(criteria, exclude_language)

    def _run(self, criteria, clauses, every_clause, exclude_keys) -> Results:
        response = self.index.search(query_body(criteria, clauses, every_clause, exclude_keys))
        hits = [
            Hit(
                page_id=hit["_source"]["page_id"],
                title=hit["_source"]["title_raw"],
                content_type_id=hit["_source"]["content_type_id"],
                date=parse_date(hit["_source"].get("date") or ""),
                language=hit["_source"]["language"],
            )
            for hit in response["hits"]["hits"]
        ]
        add_excerpts(hits, marker(clauses, criteria.language))
        total = response["hits"]["total"]
        return Results(total["value"], hits, more=total.get("relation") == "gte")

    def _keys_in(self, language):
        """Translation keys of the matches in ``language``: their translations are not extra."""
        return [
            str(key)
            for key in SearchDocument.objects.filter(language=language).values_list(
                "translation_key", flat=True
            )
        ]


SearchBackend = PortalElasticsearchBackend  # the name Wagtail imports from a backend module
