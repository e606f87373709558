"""Purge a configured CDN or reverse proxy of what a change cleared (``FRONTEND_CACHE_PURGE_URL``).

The page cache notes, for every page it stores, which tags (``core.dependencies``) the page
was built from, under those tags in Redis: the URLs whose copies a CDN may keep. A change
purges, once it has committed, the URLs noted under the tags it touched (``core.signals``:
``cleared``); a change that shows everywhere (a new generation), or any change without Redis
to note the URLs in, purges everything. Notes last as long as a copy can: the page cache's
lifetime plus the CDN's (``PAGE_CACHE_SECONDS`` + ``CDN_MAX_AGE``).

A URL is noted as the page cache stores it, with the parameters the page reads; a copy the
CDN keeps under extra parameters (``?utm_source=…``) ages out after ``CDN_MAX_AGE``.
"""

import logging
from functools import partial

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

from core import shared_state
from core.origin import origin
from core.signals import cleared

logger = logging.getLogger(__name__)

NOTES = "cdn-urls:"  # + a tag: the URLs of the pages built from it


def configured() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _note_key(tag: str) -> str:
    return cache.make_key(f"{NOTES}{tag}")


def note(path: str, tags) -> None:
    """Note that the page at ``path`` (with its query) was built from ``tags``."""
    client = shared_state.redis_client() if configured() else None
    if client is None or not tags:
        return
    url, lifetime = f"{origin()}{path}", settings.PAGE_CACHE_SECONDS + settings.CDN_MAX_AGE
    try:
        with client.pipeline(transaction=False) as pipe:
            for key in map(_note_key, tags):
                pipe.sadd(key, url)
                pipe.expire(key, lifetime)
            pipe.execute()
    except Exception:  # a cache outage must never take pages down
        logger.warning("Could not note a page for the CDN purge.", exc_info=True)


def noted(tags) -> set[str]:
    """The URLs noted under any of ``tags``, and forgets them (the CDN drops its copies)."""
    keys = [_note_key(tag) for tag in tags]
    if not keys:
        return set()
    with shared_state.redis_client().pipeline() as pipe:
        pipe.sunion(keys)
        pipe.delete(*keys)
        urls, _deleted = pipe.execute()
    return {url.decode() for url in urls}


def purge_what_was_cleared(tags, everywhere, **kwargs) -> None:
    if configured():
        transaction.on_commit(partial(_purge, tags, everywhere))


def _purge(tags, everywhere) -> None:
    try:
        # Without Redis no URL was noted: everything goes.
        everything = everywhere or not shared_state.enabled()
        urls = {f"{origin()}/*"} if everything else noted(tags)
        if urls:
            purge_urls_from_cache(sorted(urls))
    except Exception:
        logger.warning("Purging the frontend cache failed.", exc_info=True)


cleared.connect(purge_what_was_cleared, dispatch_uid="ops.cdn.purge")
