"""Keeps the search documents in step with the page tree: build, save and remove documents."""

import datetime
import logging

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils.html import strip_tags

from wagtail.models import Page
from wagtail.search import index

from core.visibility import is_visible, visible

from . import vocabulary
from .analysis import document_terms
from .engine import elastic_index
from .models import SearchDocument
from .text import clean

logger = logging.getLogger(__name__)

TITLE_FIELDS = {"title", "seo_title"}
TEASER_FIELDS = {"teaser", "search_description", "summary", "intro"}
# The PostgreSQL vector of documents: their matching terms, each tagged with the document's
# language as queries tag theirs (``engine.vector_term``: "de_klima").
VECTORS_SQL = (
    "UPDATE search_searchdocument SET search_vector = array_to_tsvector(ARRAY("
    "SELECT language || '_' || term FROM unnest(string_to_array(btrim(words), ' ')) AS term "
    "WHERE term <> ''))"
)


def text_of(value) -> str:
    """Searchable text from a field value: strings, lists, dicts, rich text and streams."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(text_of(item) for item in value)
    if isinstance(value, dict):
        return " ".join(text_of(item) for item in value.values())
    if isinstance(value, (datetime.date, int, float, bool)):
        return ""  # dates and numbers make poor search terms
    return clean(strip_tags(str(value)))


def field_texts(obj, fields, locale=None):
    """(field name, text) for every search field of ``obj``, following related fields."""
    for field in fields:
        if isinstance(field, index.SearchField | index.AutocompleteField):
            try:
                yield field.field_name, text_of(field.get_value(obj))
            except Exception:  # a broken field must not stop a publication
                logger.exception("Cannot index %s of %r", field.field_name, obj)
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            items = list(related.all()) if hasattr(related, "all") else [related]
            for item in items:
                for name, text in field_texts(item, field.fields, locale):
                    yield f"{field.field_name}.{name}", text


def page_date(page):
    """The date a result shows, as the page type declares it (``search_date``)."""
    search_date = getattr(page, "search_date", None)
    return search_date() if search_date else None


def topic_slugs(page) -> str:
    topics = getattr(page, "topics", None)
    if topics is None or not hasattr(topics, "all"):
        return ""
    return " " + " ".join(sorted({topic.slug for topic in topics.all()})) + " "


def is_searchable(page) -> bool:
    """Visible pages (``core.visibility``) below the tree's root are searchable."""
    return page.depth > 1 and is_visible(page)


def _part(field_name: str) -> str:
    """Which part of the document a search field's text goes to."""
    if "." in field_name:  # a related object's field (``topics.name``)
        return "related"
    if field_name in TEASER_FIELDS:
        return "teaser"
    return "title" if field_name in TITLE_FIELDS else "body"


def build(page) -> SearchDocument:
    """An unsaved search document for a page; its terms (``search.analysis``) ride along as
    ``document.terms`` for the vector and the vocabulary."""
    page = page.specific
    parts = {"title": [page.title], "teaser": [], "body": [], "related": []}
    for name, text in field_texts(page, page.get_search_fields(), page.locale):
        if text and name != "title":
            parts[_part(name)].append(text)
    language = page.locale.language_code
    title, teaser, body, related = (
        clean(" ".join(parts[key])) for key in ("title", "teaser", "body", "related")
    )
    terms = document_terms(title, teaser, body, related, language)
    document = SearchDocument(
        page_id=page.pk,
        language=language,
        translation_key=page.translation_key,
        content_type=ContentType.objects.get_for_model(type(page)),
        title=clean(page.title)[:255],
        teaser=teaser,
        body=body,
        related=related,
        date=page_date(page),
        topics=topic_slugs(page),
        rank_words=terms.rank_text(),
        words=terms.match_text(),
    )
    document.terms = terms
    return document


def save_vector(document: SearchDocument, cursor) -> None:
    """Fills the tsvector of a document with its matching terms (PostgreSQL only)."""
    cursor.execute(f"{VECTORS_SQL} WHERE page_id = %s", [document.page_id])


def sync_page(page) -> bool:
    """Indexes a page if it is searchable, removes it otherwise; True when indexed."""
    if not is_searchable(page):
        remove_pages([page.pk])
        return False
    document = build(page)
    with transaction.atomic():
        SearchDocument.objects.filter(page_id=page.pk).delete()
        document.save(force_insert=True)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                save_vector(document, cursor)
        vocabulary.add(document.language, document.terms)
    elastic = elastic_index()
    if elastic is not None:
        elastic.index_documents([document])
    return True


def sync_subtree(page) -> None:
    """Re-checks a page and its descendants, e.g. after a move or a privacy change."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific().iterator():
        sync_page(descendant)


def remove_pages(page_ids) -> None:
    page_ids = list(page_ids)
    SearchDocument.objects.filter(page_id__in=page_ids).delete()
    elastic = elastic_index()
    if elastic is not None:
        elastic.delete_documents(page_ids)


def searchable_pages():
    """Every page that belongs in the index."""
    return visible(Page.objects.filter(depth__gt=1)).specific()


def rebuild(progress=None) -> int:
    """Rebuilds every document from scratch; ``progress(done, total)`` is called as it goes."""
    pages = searchable_pages()
    total = pages.count()
    SearchDocument.objects.all().delete()
    done = 0
    batch = []
    recount = vocabulary.Recount()
    for page in pages.iterator(chunk_size=200):
        document = build(page)
        recount.add(document.language, document.terms)
        batch.append(document)
        if len(batch) >= 200:
            done += save_batch(batch)
            batch = []
            if progress:
                progress(done, total)
    done += save_batch(batch)
    recount.save()
    if progress:
        progress(done, total)
    return done


def save_batch(documents) -> int:
    if not documents:
        return 0
    with transaction.atomic():
        SearchDocument.objects.bulk_create(documents)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                for document in documents:
                    save_vector(document, cursor)
    elastic = elastic_index()
    if elastic is not None:
        elastic.index_documents(documents)
    return len(documents)
