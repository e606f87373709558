"""One "content changed" signal for everything visitors could see, whatever changed it.

Wagtail and Django announce changes in a dozen ways (publish, unpublish, move, delete, a
snippet, an image or a privacy setting saved). They are translated here into
``content_changed(kind=…, instance=…)``, sent in the transaction of the change; the tags of
what shows the change or the content generation (below, ``core.dependencies``), the search
index (``search.signals``) and the link check (``review``) listen to it and nothing else.
What it cleared follows as ``cleared(tags=…, everywhere=…)``, for the CDN purge (``ops.cdn``).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal

from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from . import dependencies, generation, page_changes
from .caching import ProcessTable

content_changed = Signal()
# Sent after ``content_changed`` with what it cleared: ``tags`` (``core.dependencies``) and
# ``everywhere`` (a new generation: everything). Copies kept outside the portal (a CDN) follow.
cleared = Signal()
# Sent by the page cache with a response it served from the cache (``response=``): views that
# count their visits (search statistics) mark their responses and count the cached copies too.
served_from_cache = Signal()

# What happened, as ``kind``; ``instance`` is the page or object concerned.
PUBLISHED = "published"
UNPUBLISHED = "unpublished"
MOVED = "moved"
DELETED = "deleted"  # a page (``instance``) or any watched object
PRIVACY = "privacy"  # a view restriction saved or deleted (``instance``: the restriction)
EDITED = "edited"  # a watched object saved, or a live page saved outside publishing


def watched_models() -> frozenset:
    """Models whose rows show on pages: snippets (terms, navigation, footer), media,
    sites, locales, redirects and search promotions."""
    return frozenset(
        {
            *get_snippet_models(),
            get_image_model(),
            get_document_model(),
            Site,
            Locale,
            Redirect,
            Query,
            SearchPromotion,
        }
    )


_watched: frozenset | None = None
# Pages being published here: the full save inside a publish is part of it, and the publish
# says so itself (one "published", not an "edited" first: the CDN purge and the link check
# would run twice).
_publishing: ContextVar[frozenset] = ContextVar("portal_publishing", default=frozenset())


@contextmanager
def publishing(pk):
    """Wraps a page's publish (``home.models.base.BasePage.publish``)."""
    token = _publishing.set(_publishing.get() | {pk})
    try:
        yield
    finally:
        _publishing.reset(token)


def _is_watched(model) -> bool:
    global _watched
    if _watched is None:
        _watched = watched_models()
    return model in _watched


def _send(kind: str, instance) -> None:
    content_changed.send(sender=type(instance), kind=kind, instance=instance)


def _published(sender, instance, **kwargs):
    _send(PUBLISHED, instance)


def _unpublished(sender, instance, **kwargs):
    _send(UNPUBLISHED, instance)


def _moved(sender, instance, **kwargs):
    _send(MOVED, instance)


def _saved(sender, instance, update_fields=None, **kwargs):
    if issubclass(sender, PageViewRestriction | CollectionViewRestriction):
        _send(PRIVACY, instance)
    elif _is_watched(sender):
        _send(EDITED, instance)
    elif (
        isinstance(instance, Page)
        and instance.live
        and update_fields is None
        and instance.pk not in _publishing.get()
    ):
        # A live page saved in full by code (a publish announces itself).
        _send(EDITED, instance)


def _deleted(sender, instance, **kwargs):
    if issubclass(sender, PageViewRestriction | CollectionViewRestriction):
        _send(PRIVACY, instance)
    elif isinstance(instance, Page) or _is_watched(sender):
        _send(DELETED, instance)


def _clear_what_shows_it(kind, instance, **kwargs):
    """A page published, unpublished or saved touches the tags of what shows it; anything
    else (a snippet, media, a move, a deletion, privacy) starts a new generation."""
    tags, everywhere = frozenset(), True
    if isinstance(instance, Page) and kind in (PUBLISHED, UNPUBLISHED, EDITED):
        tags, everywhere = page_changes.tags_for(instance, structural=kind == UNPUBLISHED or None)
    if everywhere:
        generation.bump()
    dependencies.touch(tags)
    # This process sees its own change at once, also outside a request.
    ProcessTable.clear_all()
    cleared.send(sender=type(instance), tags=frozenset(tags), everywhere=everywhere)


def connect() -> None:
    page_published.connect(_published, dispatch_uid="core.published")
    page_unpublished.connect(_unpublished, dispatch_uid="core.unpublished")
    post_page_move.connect(_moved, dispatch_uid="core.moved")
    post_save.connect(_saved, dispatch_uid="core.saved")
    post_delete.connect(_deleted, dispatch_uid="core.deleted")
    page_changes.connect()
    content_changed.connect(_clear_what_shows_it, dispatch_uid="core.clear_what_shows_it")
