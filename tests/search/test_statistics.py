"""Anonymous search statistics stay bounded and true: normalised, capped, per query and day,
purged after the retention period, counted also when the page cache answers."""

import datetime
import random
import string

from django.utils import timezone

import pytest

from search import statistics
from search.models import QueryStat

from .conftest import standard_page

pytestmark = pytest.mark.django_db


def test_queries_are_counted_in_their_normalised_form_per_language_and_day(client, homes):
    for query in ("Hitze", " hitze ", "HITZE!", "Straße", "strasse"):
        client.get("/suche/", {"q": query})

    assert QueryStat.objects.get(query="hitze", language="de").searches == 3
    assert QueryStat.objects.get(query="strasse", language="de").searches == 2
    assert set(QueryStat.objects.values_list("day", flat=True)) == {timezone.localdate()}


def test_a_long_query_is_stored_shortened(client, homes):
    client.get("/suche/", {"q": "Klimaanpassung " * 30})

    (stat,) = QueryStat.objects.all()
    assert len(stat.query) <= statistics.MAX_QUERY_LENGTH


def test_a_flood_of_random_queries_neither_grows_the_table_nor_fills_the_report(
    client, homes, admin_client_de, monkeypatch
):
    monkeypatch.setattr(statistics, "MAX_QUERIES_PER_DAY", 25)
    standard_page(homes["de"], "Hitzeschutz", teaser="Hitze")
    noise = random.Random(7)  # noqa: S311 - test data, not secrets
    for _ in range(200):
        word = "".join(noise.choices(string.ascii_lowercase, k=12))
        statistics.record(word, "de", 0)
    for _ in range(2):
        client.get("/suche/", {"q": "Hitze"})

    report = admin_client_de.get("/admin/reports/search-queries/").content.decode()
    assert QueryStat.objects.count() <= 25 + 1
    assert sum(QueryStat.objects.values_list("searches", flat=True)) == 202  # all counted
    assert "hitze" in report
    assert report.count("<tr>") <= 3  # header rows and the one real query


def test_days_beyond_the_retention_period_are_deleted(homes, settings):
    settings.SEARCH_STATISTICS_RETENTION_DAYS = 30
    old = timezone.localdate() - datetime.timedelta(days=31)
    recent = timezone.localdate() - datetime.timedelta(days=29)
    QueryStat.objects.create(query="alt", language="de", day=old, searches=5)
    QueryStat.objects.create(query="neu", language="de", day=recent, searches=5)

    statistics.record("heute", "de", 1)

    assert set(QueryStat.objects.values_list("query", flat=True)) == {"neu", "heute"}


def test_a_search_answered_from_the_page_cache_is_counted(client, homes, settings):
    settings.PAGE_CACHE_SECONDS = 300
    standard_page(homes["de"], "Hitzeschutz", teaser="Hitze")

    first = client.get("/suche/", {"q": "Hitze"})
    second = client.get("/suche/", {"q": "Hitze"})

    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    statistics.write_cached_counts()  # within a second, or when the worker exits
    assert QueryStat.objects.get(query="hitze").searches == 2


def test_cached_searches_are_written_together_once_a_second(client, homes, settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 300
    standard_page(homes["de"], "Hitzeschutz", teaser="Hitze")
    client.get("/suche/", {"q": "Hitze"})
    client.get("/suche/", {"q": "Hitze"})
    statistics.write_cached_counts()
    clock = [1000.0]
    monkeypatch.setattr(statistics.time, "monotonic", lambda: clock[0])
    statistics.write_cached_counts()

    for _ in range(5):  # within the second: counted, not written
        client.get("/suche/", {"q": "Hitze"})
    assert QueryStat.objects.get(query="hitze").searches == 2
    clock[0] += statistics.WRITE_CACHED_EVERY_SECONDS
    client.get("/suche/", {"q": "Hitze"})

    assert QueryStat.objects.get(query="hitze").searches == 8
    assert QueryStat.objects.get(query="hitze").zero_results == 0
