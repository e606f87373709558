"""Caching under the content generation: shared values in the cache, small tables in each
process's memory. Both are correct on the next request after any process changed content.

- ``cached_per_generation``: a value many pages share (the navigation, the restricted paths,
  a listing's catalogue), kept in the cache with the tags of what it was built from
  (``core.dependencies``) and remembered for the rest of the request;
- ``ProcessTable``: lookups kept in this process's memory (locales by code, sites by host),
  emptied as soon as the process sees any change. Every table registers itself, so
  tests and the generation empty them all in one place.
"""

import logging
from collections.abc import Callable, Hashable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache

from . import dependencies, generation, memo

logger = logging.getLogger(__name__)
T = TypeVar("T")


def cached_per_generation(name: str, build: Callable[[], T]) -> T:
    """``build()``'s result, kept until what it was built from changes (the tags recorded
    while it was built, ``core.dependencies``) or the generation ends. Built afresh when
    fragment caching is off (``FRAGMENT_CACHE_SECONDS=0``) or the cache cannot be reached."""
    value, tags = memo.remember(("cached", name), lambda: _from_cache(name, build))
    dependencies.record(*tags)  # also for a second use in the same request
    return value


def _built(build: Callable[[], T]) -> tuple[T, frozenset]:
    with dependencies.collecting() as tags:
        value = build()
    return value, frozenset(tags)


def _from_cache(name: str, build: Callable[[], T]) -> tuple[T, frozenset]:
    if not settings.FRAGMENT_CACHE_SECONDS:
        return _built(build)
    key = f"{name}:{generation.current()}"
    built_at = generation.sequence()  # before building: a change made meanwhile is newer
    try:
        entry = cache.get(key)
    except Exception:  # a cache outage must never take pages down
        logger.warning("Cache unavailable; %s built afresh.", name, exc_info=True)
        return _built(build)
    if entry is not None and dependencies.is_current(entry[1], entry[2]):
        return entry[0], entry[1]
    value, tags = _built(build)
    if not dependencies.changed_here():
        try:
            cache.set(key, (value, tags, built_at), settings.FRAGMENT_CACHE_SECONDS)
        except Exception:
            logger.warning("Cache unavailable; %s not kept.", name, exc_info=True)
    return value, tags


class ProcessTable:
    """Entries of one kind kept in this process's memory until content next changes."""

    tables: list["ProcessTable"] = []

    def __init__(self, name: str):
        self.name = name
        self._entries: dict = {}
        ProcessTable.tables.append(self)

    def get(self, key: Hashable, load: Callable[[], T]) -> T:
        if memo.active():
            generation.current()  # once per request: empties every table after a change
        if key not in self._entries:
            self._entries[key] = _built(load)
        value, tags = self._entries[key]
        # Pages built with this entry depend on what it was loaded from.
        dependencies.record(*tags)
        return value

    def clear(self) -> None:
        self._entries.clear()

    @classmethod
    def clear_all(cls) -> None:
        for table in cls.tables:
            table.clear()


generation.on_change(ProcessTable.clear_all)
