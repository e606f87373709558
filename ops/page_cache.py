"""Cache of whole anonymous page responses, per URL (the URL carries the language).

Every entry is kept with the tags of what the page was built from (``core.dependencies``:
the page and its ancestors, the cards it shows, the listings it queried) and under the content
generation: publishing one article clears the pages that show it, whichever process
published it, and a change that could show anywhere (snippets, media, moves, privacy) starts
a new generation and clears them all. A CDN in front keeps its copies for ``CDN_MAX_AGE``
seconds and is purged of what a change cleared, when configured (``ops.cdn``).

Entries are keyed on the query parameters pages actually read (apps register them with
``register_parameters``): ``?utm_source=…`` or a cache buster hits the entry of the page without
it, and only a request without such extras stores one, so no unknown parameter ends up in a
cached page. Keys are hashed, so no request can make one longer than a cache accepts.

The middleware sits before sessions and authentication, so a hit costs the generation, the
change sequence and the entry, in one Redis round trip (``core.shared_state``), or one small
query and one cache round trip without Redis, and nothing else. A request counts as
anonymous when it carries no session cookie: nobody can be logged in without one, and a
visitor without one sees exactly what every other visitor sees.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode

from core import dependencies, generation
from core.signals import served_from_cache

from . import cdn

logger = logging.getLogger(__name__)

CACHE_HEADER = "X-Page-Cache"
# The API reads arbitrary filter parameters (Wagtail's field filters): all of them count.
ALL_PARAMETERS_PREFIXES = ("/api/",)
_read_parameters: set[str] = set()


def register_parameters(*names: str) -> None:
    """Query parameters that change what a page or view shows (filters, the page number)."""
    _read_parameters.update(names)


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


def _read_query(request) -> tuple[str, bool]:
    """(the query string of the parameters the page reads, whether that is all there was)."""
    if request.path.startswith(ALL_PARAMETERS_PREFIXES):
        return request.META.get("QUERY_STRING", ""), True
    pairs = sorted(
        (name, value)
        for name in request.GET
        if name in _read_parameters
        for value in request.GET.getlist(name)
    )
    everything = sum(len(values) for _name, values in request.GET.lists())
    return urlencode(pairs), len(pairs) == everything


def _current(cached) -> bool:
    tags = getattr(cached, "tags", None)
    return (
        tags is not None
        and getattr(cached, "generation", None) == generation.current()
        and dependencies.is_current(tags, cached.built_at)
    )


def _key(request, query: str) -> str:
    # Not under the generation: the entry and the generation are read in one round trip
    # where both live in Redis, and the entry names the generation it was built in.
    digest = hashlib.sha256(f"{request.get_host()}\n{request.path}\n{query}".encode()).hexdigest()
    return f"page-cache:{digest}"


class PageCacheMiddleware:
    """Serves anonymous GET requests from the cache; stores cacheable responses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not _cacheable_request(request):
            return self.get_response(request)
        key = None
        query, canonical = _read_query(request)
        try:
            key = _key(request, query)
            cached = generation.read_with(key)
        except Exception:  # a cache outage must never take pages down
            logger.warning("Page cache unavailable; serving uncached.", exc_info=True)
            cached = None
        if cached is not None and _current(cached):
            cached[CACHE_HEADER] = "hit"
            served_from_cache.send(sender=type(self), response=cached)
            return cached
        built_in, built_at = generation.current(), generation.sequence()
        with dependencies.collecting() as tags:
            response = self.get_response(request)
        # A request with extra parameters is answered, not stored: they must not reach the
        # entry every other visitor gets.
        if (
            key is not None
            and canonical
            and _cacheable_response(response)
            and not dependencies.changed_here()
        ):
            response.tags, response.built_at = frozenset(tags), built_at
            response.generation = built_in
            patch_cache_control(response, public=True, max_age=settings.CDN_MAX_AGE)
            response[CACHE_HEADER] = "miss"
            if hasattr(response, "render") and callable(response.render):
                response.render()
            try:
                cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("Could not store page in cache.", exc_info=True)
            cdn.note(request.get_full_path(), response.tags)
        return response
