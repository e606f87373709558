"""The request memo and the content generation (``core.memo``, ``core.generation``)."""

from django.db import transaction

import pytest

from core import generation, memo
from core.caching import ProcessTable, cached_per_generation
from core.models import ContentGeneration
from tests.factories.taxonomy import TopicFactory

pytestmark = pytest.mark.django_db


def test_a_value_is_remembered_for_one_request_only():
    calls = []

    def build():
        calls.append(1)
        return len(calls)

    with memo.scope():
        assert memo.remember("key", build) == memo.remember("key", build) == 1
    with memo.scope():
        assert memo.remember("key", build) == 2
    assert memo.remember("key", build) == 3  # outside a request nothing is kept


def test_the_generation_is_read_once_per_request(django_assert_num_queries):
    # Caught up first: a process that last saw another sequence (an earlier test's change,
    # rolled back) also reads the changes since, which is another query.
    generation.current()
    with memo.scope(), django_assert_num_queries(1):
        first, second = generation.current(), generation.current()

    assert first == second


def test_every_content_change_replaces_the_generation():
    before = generation.current()

    TopicFactory(name="Hitze")

    assert generation.current() != before


def test_a_rolled_back_change_leaves_no_generation_a_later_change_could_reuse():
    before = generation.current()
    with pytest.raises(RuntimeError), transaction.atomic():
        TopicFactory(name="Hitze")
        rolled_back = generation.current()
        raise RuntimeError
    TopicFactory(name="Dürre")

    assert generation.current() == generation.current() not in (before, rolled_back)


def test_a_new_generation_in_the_database_empties_the_process_tables():
    table = ProcessTable("example")
    loads = []
    with memo.scope():
        table.get("key", lambda: loads.append(1))
        table.get("key", lambda: loads.append(1))
    ContentGeneration.objects.filter(pk=1).update(value=123456)  # another process's change
    with memo.scope():
        table.get("key", lambda: loads.append(1))

    assert len(loads) == 2
    ProcessTable.tables.remove(table)


def test_cached_values_follow_the_generation(settings):
    settings.FRAGMENT_CACHE_SECONDS = 600
    builds = []

    def build():
        builds.append(1)
        return len(builds)

    with memo.scope():
        first = cached_per_generation("example", build)
    with memo.scope():
        again = cached_per_generation("example", build)
    generation.bump()
    with memo.scope():
        after_change = cached_per_generation("example", build)

    assert (first, again, after_change) == (1, 1, 2)
