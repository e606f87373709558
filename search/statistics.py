"""Anonymous search statistics for the editors' report of popular and zero-result queries.

Each search is counted under its normalised form (the terms the search uses: lower case,
umlauts folded, punctuation dropped, at most 100 characters), per language and day. The table
stays bounded whatever visitors send: a day takes at most ``MAX_QUERIES_PER_DAY`` distinct
queries per language; when it is full, the queries searched only once that day are counted
together (under "") to make room, so a flood of random queries cannot crowd out the real
ones; and days older than ``SEARCH_STATISTICS_RETENTION_DAYS`` are deleted as new ones start.
The report shows queries searched more than once, so a flood does not fill it either.
Searches answered from the page cache are counted too (``core.signals.served_from_cache``).
"""

import datetime

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


def normalised(query: str, language: str) -> str:
    return " ".join(terms(query, language))[:MAX_QUERY_LENGTH].strip()


def record(query: str, language: str, found: int) -> None:
    """Count one search of ``query`` in ``language`` that found ``found`` results."""
    key = normalised(query, language)
    if not key:
        return
    today = timezone.localdate()
    rows = QueryStat.objects.filter(language=language, day=today)
    counted = {"searches": F("searches") + 1, "zero_results": F("zero_results") + int(not found)}
    if rows.filter(query=key).update(**counted):
        return
    if rows.count() >= MAX_QUERIES_PER_DAY and not _make_room(rows, language, today):
        key = OTHER
        if rows.filter(query=key).update(**counted):
            return
    try:
        with transaction.atomic():
            QueryStat.objects.create(
                query=key, language=language, day=today, searches=1, zero_results=int(not found)
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
    if search is not None:
        record(*search)


served_from_cache.connect(_count_cached_search, dispatch_uid="search.statistics.cached")
