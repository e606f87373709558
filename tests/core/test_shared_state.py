"""The content state in Redis (``core.shared_state``): a page served from the cache reads the
generation and change sequence there instead of from the database, and no reader can put an
older state back over a newer one.

Against a real Redis (``TEST_REDIS_URL``, default database 12 of the local server); skipped,
with the reason in the test output, where none runs."""

import os

from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

import pytest
import redis
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from core import dependencies, generation, memo, shared_state

URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/12")
# One Redis key for all of them: they run one after another, in one test process.
pytestmark = pytest.mark.xdist_group("redis")


def _redis_or_skip() -> redis.Redis:
    client = redis.Redis.from_url(URL, socket_connect_timeout=0.5)
    try:
        client.ping()
    except redis.RedisError:
        pytest.skip(f"Redis tests skipped: no Redis answers at {URL} (set TEST_REDIS_URL)")
    return client


@pytest.fixture
def redis_cache(settings):
    client = _redis_or_skip()
    client.delete(shared_state.KEY)
    settings.CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": URL}}
    yield client
    client.delete(shared_state.KEY)


def test_a_published_state_is_read_back(redis_cache):
    shared_state.publish((123456789012, 7))

    assert shared_state.read() == (123456789012, 7)
    assert 0 < redis_cache.ttl(shared_state.KEY) <= shared_state.EXPIRY_SECONDS


def test_an_older_state_never_replaces_a_newer_one(redis_cache):
    shared_state.publish((2, 8))
    shared_state.publish((1, 7))  # a reader that asked the database just before a commit

    assert shared_state.read() == (2, 8)


@hypothesis_settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=12))
def test_whatever_the_order_of_publications_the_newest_state_stays(sequences):
    client = _redis_or_skip()
    client.delete(shared_state.KEY)
    cache = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": URL}}
    with override_settings(CACHES=cache):
        for sequence in sequences:
            shared_state.publish((sequence * 3 + 1, sequence))
        assert shared_state.read() == (max(sequences) * 3 + 1, max(sequences))
    client.delete(shared_state.KEY)


def test_without_redis_nothing_is_read_or_published(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

    shared_state.publish((5, 5))

    assert shared_state.enabled() is False
    assert shared_state.read() is None


def test_an_unreachable_redis_reads_as_nothing_published(settings, caplog):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        }
    }

    shared_state.publish((5, 5))

    assert shared_state.read() is None
    assert "Cannot read the content state" in caplog.text


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_change_publishes_its_state_and_a_request_then_reads_no_database(redis_cache):
    memo.clear()
    generation.bump()  # autocommit: published as soon as it is stored
    in_database = dependencies._read_database()

    with CaptureQueriesContext(connection) as queries:
        state = dependencies.read_state()

    assert state == in_database
    assert len(queries) == 0
    assert shared_state.read() == in_database


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_reader_that_finds_nothing_asks_the_database_and_publishes_it(redis_cache):
    generation.bump()
    redis_cache.delete(shared_state.KEY)  # expired, or Redis restarted

    state = dependencies.read_state()

    assert state == dependencies._read_database()
    assert shared_state.read() == state


@pytest.mark.django_db
def test_inside_a_transaction_the_database_is_read(redis_cache):
    shared_state.publish((99, 10**12))  # a state the database does not hold

    assert dependencies.read_state() != (99, 10**12)


@pytest.mark.django_db
def test_a_change_inside_a_transaction_is_published_only_once_it_commits(
    redis_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        generation.bump()

    assert shared_state.read() is None
    for callback in callbacks:
        callback()
    assert shared_state.read() == dependencies._read_database()


def test_the_state_and_a_cache_entry_come_in_one_round_trip(redis_cache):
    cache.set("portal-test-entry", {"page": "Hitze"}, 30)
    shared_state.publish((41, 3))

    assert shared_state.read_with("portal-test-entry") == ((41, 3), {"page": "Hitze"})
    assert shared_state.read_with("portal-test-absent") == ((41, 3), None)
    cache.delete("portal-test-entry")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_redis_a_page_served_from_the_cache_asks_the_database_nothing(
    redis_cache, client, homes, settings, monkeypatch
):
    # The state published by the first request must outlive it: a first render in a busy
    # test process can take longer than the short expiry that bounds a lost publication.
    monkeypatch.setattr(shared_state, "EXPIRY_SECONDS", 300)
    cache.clear()
    settings.PAGE_CACHE_SECONDS = 300
    assert client.get("/")["X-Page-Cache"] == "miss"

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")

    assert response["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    cache.clear()


@pytest.mark.django_db
def test_a_change_that_bumps_and_touches_publishes_once(
    redis_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        generation.bump()
        dependencies.touch(["page:1"])

    assert len(callbacks) == 1
