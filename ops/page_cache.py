"""Cache of whole anonymous page responses, per URL (the URL carries the language).

Every entry is kept under the content generation (``core.generation``): any content change a
page may show (publish, unpublish, move, delete, translate, snippet, media or privacy edits),
made by any process, starts a new generation, so every cached page is invalidated at once:
coarse, but always correct, and content changes are rare compared with reads. A CDN in front
keeps its copies for ``CDN_MAX_AGE`` seconds and is purged when configured (``ops.cdn``).

The middleware sits before sessions and authentication, so a hit costs the generation (one
small query) and one cache round trip, and nothing else. A request counts as anonymous when
it carries no session cookie: nobody can be logged in without one, and a visitor without one
sees exactly what every other visitor sees.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

from core import generation

logger = logging.getLogger(__name__)

CACHE_HEADER = "X-Page-Cache"


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


def _key(request) -> str:
    return f"page-cache:{generation.current()}:{request.get_host()}:{request.get_full_path()}"


class PageCacheMiddleware:
    """Serves anonymous GET requests from the cache; stores cacheable responses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not _cacheable_request(request):
            return self.get_response(request)
        key = None
        try:
            key = _key(request)
            cached = cache.get(key)
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
