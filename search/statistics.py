"""Anonymous search statistics for the editors' report of popular and zero-result queries.

Each search is counted under its normalised form (the terms the search uses: lower case,
umlauts folded, punctuation dropped, at most 100 characters), per language and day. The table
stays bounded whatever visitors send: a day takes at most ``MAX_QUERIES_PER_DAY`` distinct
queries per language; when it is full, the queries searched only once that day are counted
together (under "") to make room, so a flood of random queries cannot crowd out the real
ones; and days older than ``SEARCH_STATISTICS_RETENTION_DAYS`` are deleted as new ones start.
The report shows queries searched more than once, so a flood does not fill it either.
Searches answered from the page cache are counted too (``core.signals.served_from_cache``), a
second later and together: every visitor searching the same term would otherwise queue on the
one row's lock, and a cached search would cost as much as an uncached one. Each process adds
what it counted once a second has passed since its last write, and when it exits; a worker
that is killed loses at most that second's cached searches.
"""

import atexit
import datetime
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from core.signals import served_from_cache

from .models import QueryStat
from .text import terms

MAX_QUERY_LENGTH = 100
MAX_QUERIES_PER_DAY = 1000
OTHER = ""  # the row of the queries beyond the day's limit
# Attached to a search page's response, so that its cached copy is counted when served.
RESPONSE_ATTRIBUTE = "search_statistics"
WRITE_CACHED_EVERY_SECONDS = 1.0

# Cached searches counted in this process and not yet written: (query, language, found) -> n.
_cached_counts: Counter = Counter()
_cached_written_at = 0.0
_lock = threading.Lock()


def normalised(query: str, language: str) -> str:
    return " ".join(terms(query, language))[:MAX_QUERY_LENGTH].strip()


def record(query: str, language: str, found: int, times: int = 1) -> None:
    """Count ``times`` searches of ``query`` in ``language`` that found ``found`` results."""
    key = normalised(query, language)
    if not key:
        return
    today = timezone.localdate()
    rows = QueryStat.objects.filter(language=language, day=today)
    zero = times * int(not found)
    counted = {"searches": F("searches") + times, "zero_results": F("zero_results") + zero}
    if rows.filter(query=key).update(**counted):
        return
    if rows.count() >= MAX_QUERIES_PER_DAY and not _make_room(rows, language, today):
        key = OTHER
        if rows.filter(query=key).update(**counted):
            return
    try:
        with transaction.atomic():
            QueryStat.objects.create(
                query=key, language=language, day=today, searches=times, zero_results=zero
            )
    except IntegrityError:  # another worker counted the first search of the day first
        rows.filter(query=key).update(**counted)
        return
    _purge_old_days(today)


def _make_room(rows, language: str, today: datetime.date) -> bool:
    """Count the day's queries searched only once under "" instead; True if that freed rows."""
    with transaction.atomic():
        singles = rows.exclude(query=OTHER).filter(searches=1)
        totals = singles.aggregate(searches=Sum("searches"), zero_results=Sum("zero_results"))
        if not totals["searches"]:
            return False
        other, _created = QueryStat.objects.get_or_create(query=OTHER, language=language, day=today)
        QueryStat.objects.filter(pk=other.pk).update(
            searches=F("searches") + totals["searches"],
            zero_results=F("zero_results") + totals["zero_results"],
        )
        singles.delete()
    return True


def _purge_old_days(today: datetime.date) -> None:
    oldest = today - datetime.timedelta(days=settings.SEARCH_STATISTICS_RETENTION_DAYS)
    QueryStat.objects.filter(day__lt=oldest).delete()


def remember_for_cache(response, query: str, language: str, found: int) -> None:
    """Attach the search to its response: the cached copy is counted when it is served."""
    setattr(response, RESPONSE_ATTRIBUTE, (query, language, found))


def _count_cached_search(sender, response, **kwargs) -> None:
    search = getattr(response, RESPONSE_ATTRIBUTE, None)
    if search is None:
        return
    query, language, found = search
    with _lock:
        _cached_counts[query, language, bool(found)] += 1
    if time.monotonic() - _cached_written_at >= WRITE_CACHED_EVERY_SECONDS:
        write_cached_counts()


def write_cached_counts() -> None:
    """Write the cached searches this process counted since its last write."""
    global _cached_written_at
    with _lock:
        counts = dict(_cached_counts)
        _cached_counts.clear()
        _cached_written_at = time.monotonic()
    for (query, language, found), times in counts.items():
        record(query, language, int(found), times=times)


served_from_cache.connect(_count_cached_search, dispatch_uid="search.statistics.cached")
atexit.register(write_cached_counts)
