"""Cache of whole anonymous page responses, per URL (the URL carries the language).

Every entry's key includes a site-wide generation number. Any content change that a page may
show (publish, unpublish, move, delete, translate, snippet edits) bumps the generation, so every
cached page is invalidated at once: coarse, but always correct, and content changes are rare
compared with reads. A CDN in front keeps its copies for ``CDN_MAX_AGE`` seconds and is purged
through Wagtail's frontend cache module when configured.

The middleware sits before sessions and authentication, so a hit costs one cache round trip
(the generation and the page together) and nothing else. A request counts as anonymous when it
carries no session cookie: nobody can be logged in without one, and a visitor without one sees
exactly what every other visitor sees.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
CACHE_HEADER = "X-Page-Cache"


# This process's last sight of the generation. Lookups ask for the generation and for the key
# under the generation they expect in one round trip; only after a change do they need two.
_expected_generation = 1


def get_current(name: str):
    """(key, value) of ``name`` under the current generation; value None when not cached."""
    global _expected_generation
    expected_key = f"{name}:{_expected_generation}"
    found = cache.get_many([GENERATION_KEY, expected_key])
    generation = found.get(GENERATION_KEY)
    if generation is None:
        generation = 1
        cache.add(GENERATION_KEY, generation, timeout=None)
    if generation == _expected_generation:
        return expected_key, found.get(expected_key)
    _expected_generation = generation
    key = f"{name}:{generation}"
    return key, cache.get(key)


def bump_generation() -> None:
    """Invalidate every cached page."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # the key expired or was evicted
        cache.set(GENERATION_KEY, 2, timeout=None)


def cached_per_generation(name: str, build):
    """``build()``'s result, kept in the cache until content next changes (the page cache's
    generation). Built afresh when fragment caching is off or the cache cannot be reached."""
    if not settings.FRAGMENT_CACHE_SECONDS:
        return build()
    try:
        key, value = get_current(name)
    except Exception:  # a cache outage must never take pages down
        logger.warning("Cache unavailable; %s built afresh.", name, exc_info=True)
        return build()
    if value is None:
        value = build()
        try:
            cache.set(key, value, settings.FRAGMENT_CACHE_SECONDS)
        except Exception:
            logger.warning("Cache unavailable; %s not kept.", name, exc_info=True)
    return value


def _personal_cookies() -> tuple[str, ...]:
    # The session (a login, a two-factor state) and messages waiting to be shown.
    return (settings.SESSION_COOKIE_NAME, "messages")


def _cacheable_request(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(settings.PAGE_CACHE_EXCLUDED_PREFIXES):
        return False
    return not any(name in request.COOKIES for name in _personal_cookies())


def _cacheable_response(response) -> bool:
    if response.status_code not in (200, 301, 302, 404) or response.streaming:
        return False
    if response.cookies:
        return False  # personal: e.g. a form page with its visitor's CSRF token
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


class PageCacheMiddleware:
    """Serves anonymous GET requests from the cache; stores cacheable responses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not _cacheable_request(request):
            return self.get_response(request)
        key = None
        try:
            key, cached = get_current(f"page-cache:{request.get_host()}:{request.get_full_path()}")
        except Exception:  # a cache outage must never take pages down
            logger.warning("Page cache unavailable; serving uncached.", exc_info=True)
            cached = None
        if cached is not None:
            cached[CACHE_HEADER] = "hit"
            return cached
        response = self.get_response(request)
        if key is not None and _cacheable_response(response):
            patch_cache_control(response, public=True, max_age=settings.CDN_MAX_AGE)
            response[CACHE_HEADER] = "miss"
            if hasattr(response, "render") and callable(response.render):
                response.render()
            try:
                cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("Could not store page in cache.", exc_info=True)
        return response
