"""Elasticsearch / OpenSearch: Wagtail's backend with German and English analyzers, and the
portal's own page index with one field set per language.

Selected when ``ELASTICSEARCH_URL`` is set. Every search falls back to the database engine (and
logs a warning) when the cluster cannot answer."""

import logging

from django.utils.dateparse import parse_date

from wagtail.search.backends import get_search_backend
from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from core.languages import LANGUAGES
from core.languages import language as language_facts

from ..models import SearchDocument
from ..results import Hit, Results, highlight
from ..text import MARK_END, MARK_START, WORD, terms

logger = logging.getLogger(__name__)

# German: lower case, fold umlauts and ß (german_normalization), light stemming; the
# "compound" subfield indexes edge n-grams so "Klima" finds "Klimaanpassung".
ANALYSIS = {
    "filter": {
        "german_stop": {"type": "stop", "stopwords": "_german_"},
        "german_stemmer": {"type": "stemmer", "language": "light_german"},
        "english_stop": {"type": "stop", "stopwords": "_english_"},
        "english_stemmer": {"type": "stemmer", "language": "english"},
        "english_possessive_stemmer": {"type": "stemmer", "language": "possessive_english"},
        "compound_edge_ngram": {"type": "edge_ngram", "min_gram": 3, "max_gram": 20},
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
        "portal_german_compound": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "german_normalization", "compound_edge_ngram"],
        },
        "portal_german_compound_search": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "german_normalization"],
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
        "portal_english_compound": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", "compound_edge_ngram"],
        },
        "portal_english_compound_search": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding"],
        },
    },
}
TEXT_FIELDS = ("title", "teaser", "body", "related")
BOOSTS = {"title": 4, "teaser": 2, "body": 1, "related": 1}


def language_field(language: str) -> dict:
    """A text field analysed for one language, with a compound (prefix) subfield."""
    analyzer = language_facts(language).elasticsearch_analyzer
    return {
        "type": "text",
        "analyzer": analyzer,
        "fields": {
            "compound": {
                "type": "text",
                "analyzer": f"{analyzer}_compound",
                "search_analyzer": f"{analyzer}_compound_search",
            }
        },
    }


def page_index_body() -> dict:
    """Settings and mappings of the page index: per-language text fields."""
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
        for name in TEXT_FIELDS:
            properties[f"{name}_{language}"] = language_field(language)
    return {
        "settings": {"analysis": ANALYSIS, "index": {"max_ngram_diff": 17}},
        "mappings": {"dynamic": "strict", "properties": properties},
    }


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
        for name in TEXT_FIELDS:
            body[f"{name}_{language}"] = getattr(document, name)
    return body


def query_body(criteria, exclude_keys=(), operator: str = "and") -> dict:
    """The search request body for a visitor's criteria; the query text is never parsed as syntax."""
    language = criteria.language
    text = " ".join(terms(criteria.query, language))
    fields = [f"{name}_{language}^{BOOSTS[name]}" for name in TEXT_FIELDS]
    compound_fields = [f"{name}_{language}.compound^{BOOSTS[name]}" for name in TEXT_FIELDS]
    filters = [{"term": {"language": language}}]
    if criteria.content_type_ids:
        filters.append({"terms": {"content_type_id": list(criteria.content_type_ids)}})
    if criteria.topic:
        filters.append({"term": {"topics": criteria.topic}})
    must_not = [{"terms": {"translation_key": list(exclude_keys)}}] if exclude_keys else []
    body = {
        "query": {
            "bool": {
                "filter": filters,
                "must_not": must_not,
                "should": [
                    {"multi_match": {"query": text, "fields": fields, "operator": operator}},
                    {
                        "multi_match": {
                            "query": text,
                            "fields": compound_fields,
                            "operator": operator,
                        }
                    },
                ],
                "minimum_should_match": 1,
            }
        },
        "from": criteria.offset,
        "size": criteria.limit,
        "track_total_hits": True,
        "_source": ["page_id", "language", "content_type_id", "date", "title_raw"],
        "highlight": {
            "pre_tags": [MARK_START],
            "post_tags": [MARK_END],
            "fields": {
                f"teaser_{language}": {"number_of_fragments": 1, "fragment_size": 200},
                f"body_{language}": {"number_of_fragments": 2, "fragment_size": 160},
            },
        },
    }
    if criteria.sort == "date":
        body["sort"] = [{"date": {"order": "desc", "missing": "_last"}}, "_score"]
    return body


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


def es_excerpt(hit: dict, language: str) -> str:
    fragments = []
    for name in (f"teaser_{language}", f"body_{language}"):
        fragments += hit.get("highlight", {}).get(name, [])
    return highlight(" … ".join(fragments))


class ElasticsearchEngine:
    """Searches the page index; falls back to the database engine when the cluster fails."""

    def __init__(self, index: PageIndex, fallback):
        self.index = index
        self.fallback = fallback

    def search(self, criteria, exclude_language: str = ""):
        if not WORD.search(criteria.query or ""):
            return Results()
        try:
            exclude_keys = self._keys_in(exclude_language, criteria) if exclude_language else ()
            response = self.index.search(query_body(criteria, exclude_keys))
            any_word = False
            if not response["hits"]["total"]["value"]:
                response = self.index.search(query_body(criteria, exclude_keys, operator="or"))
                any_word = bool(response["hits"]["total"]["value"])
        except Exception:
            logger.warning("Elasticsearch unavailable, searching the database", exc_info=True)
            return self.fallback.search(criteria, exclude_language)
        hits = [
            Hit(
                page_id=hit["_source"]["page_id"],
                title=hit["_source"]["title_raw"],
                content_type_id=hit["_source"]["content_type_id"],
                date=parse_date(hit["_source"].get("date") or ""),
                language=hit["_source"]["language"],
                excerpt=es_excerpt(hit, criteria.language),
            )
            for hit in response["hits"]["hits"]
        ]
        return Results(response["hits"]["total"]["value"], hits, any_word)

    def _keys_in(self, language, criteria):
        """Translation keys of the matches in ``language``: their translations are not extra."""
        return [
            str(key)
            for key in SearchDocument.objects.filter(language=language).values_list(
                "translation_key", flat=True
            )
        ]


SearchBackend = PortalElasticsearchBackend  # the name Wagtail imports from a backend module
