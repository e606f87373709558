"""Purge a configured CDN or reverse proxy whenever content changes (``FRONTEND_CACHE_PURGE_URL``).

It listens to the one "content changed" signal and purges after the change is committed, so
the CDN refills from app servers that already see the new content."""

import logging
from functools import partial

from django.conf import settings
from django.db import transaction

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

from core.origin import origin
from core.signals import content_changed

logger = logging.getLogger(__name__)


def purge_everything(**kwargs) -> None:
    """Tell the CDN to drop everything; the app servers' page cache is already invalid."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    transaction.on_commit(partial(_purge, f"{origin()}/*"))


def _purge(url: str) -> None:
    try:
        purge_urls_from_cache([url])
    except Exception:
        logger.warning("Purging the frontend cache failed.", exc_info=True)


content_changed.connect(purge_everything, dispatch_uid="ops.cdn.purge")
