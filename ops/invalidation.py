"""Invalidate the page cache (and purge a configured CDN) whenever content changes."""

import functools
import logging

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from .page_cache import bump_generation

logger = logging.getLogger(__name__)


def content_changed(**kwargs) -> None:
    bump_generation()
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        _purge_frontend_cache()


def _purge_frontend_cache() -> None:
    """Tell the CDN to drop everything; it refills from the (fresh) app servers."""
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    try:
        purge_urls_from_cache([f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/*"])
    except Exception:
        logger.warning("Purging the frontend cache failed.", exc_info=True)


page_published.connect(content_changed, dispatch_uid="ops.page_published")
page_unpublished.connect(content_changed, dispatch_uid="ops.page_unpublished")
post_page_move.connect(content_changed, dispatch_uid="ops.page_moved")


@receiver(post_save, dispatch_uid="ops.saved")
def model_saved(sender, **kwargs):
    """Snippets (terms, navigation, footer), images, documents and privacy settings show on
    pages; saving any of them invalidates. Pages themselves count when published."""
    if sender in _watched_models():
        content_changed()


@receiver(post_delete, dispatch_uid="ops.deleted")
def model_deleted(sender, **kwargs):
    if sender in _watched_models() or issubclass(sender, Page):
        content_changed()


@functools.cache
def _watched_models() -> frozenset:
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import PageViewRestriction, Site

    return frozenset(
        {*get_snippet_models(), get_image_model(), get_document_model(), PageViewRestriction, Site}
    )
