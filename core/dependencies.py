"""What a cached page or fragment was built from, so that a change clears only what shows it.

While a page or fragment is built, the code that reads content names what it read with
``record``: the served page and its ancestors (``page:<id>``), every page shown as a card
(``card:<id>``), the language versions the switcher links (``translation:<key>``), every
listing query by its model (``list:<app.model>``), search results (``search``). The entry is
kept with those tags and the change sequence it was built at.

A change (``core.signals``) raises the sequence and writes it to the tags it touches, in its
own transaction, in the database, so every process sees it on its next request: an entry is
current while none of its tags changed after it was built. Each process keeps the tags'
sequences in memory and reads only the rows changed since its last request, so checking an
entry costs no query (the sequence itself is read with the generation, once per request).
Changes that could show anywhere (snippets, media, sites, moves, privacy) still start a new
generation and so clear everything.

An entry built in a request that changed content itself is not kept: its transaction might
still roll back (``changed_here``).
"""

from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from . import memo, shared_state
from .models import ContentGeneration, ContentTag

ROW = 1
_collectors: ContextVar[tuple[set, ...]] = ContextVar("portal_dependencies", default=())
_CHANGED_HERE = "core.dependencies.changed_here"

# This process's copy of the tags' sequences, read incrementally.
_known: dict[str, int] = {}
_known_up_to = 0
_uncommitted: dict[str, int] = {}
_uncommitted_at: int | None = None


def page(pk) -> str:
    return f"page:{pk}"


def card(pk) -> str:
    return f"card:{pk}"


def children(parent_path: str) -> str:
    """A list of a page's children (the menu without a navigation snippet)."""
    return f"children:{parent_path}"


def translation(key) -> str:
    return f"translation:{key}"


def listing(model) -> str:
    return f"list:{model._meta.label_lower}"


SEARCH = "search"


def record(*tags: str) -> None:
    """Name what the page or fragment being built depends on (a no-op when none is)."""
    for collected in _collectors.get():
        collected.update(tags)


@contextmanager
def collecting():
    """Collect the tags recorded inside into the set yielded (and into any outer one)."""
    tags: set[str] = set()
    token = _collectors.set((*_collectors.get(), tags))
    try:
        yield tags
    finally:
        _collectors.reset(token)


# Changing -----------------------------------------------------------------------------


def touch(tags: Iterable[str]) -> None:
    """Mark ``tags`` as changed, inside the caller's transaction."""
    global _uncommitted_at
    tags = sorted(set(tags))
    if not tags:
        return
    _uncommitted_at = None  # what this process read inside a transaction is read again
    ContentGeneration.objects.filter(pk=ROW).update(sequence=F("sequence") + 1)
    sequence = ContentGeneration.objects.values_list("sequence", flat=True).get(pk=ROW)
    publish_after_commit()
    now = timezone.now()
    ContentTag.objects.bulk_create(
        [ContentTag(tag=tag, sequence=sequence, changed_at=now) for tag in tags],
        update_conflicts=True,
        unique_fields=["tag"],
        update_fields=["sequence", "changed_at"],
    )
    # What this request worked out so far may predate the change.
    memo.clear()
    mark_changed_here()


def mark_changed_here() -> None:
    memo.store(_CHANGED_HERE, True)


def changed_here() -> bool:
    return bool(memo.recall(_CHANGED_HERE))


# Reading ------------------------------------------------------------------------------


def publish_after_commit() -> None:
    """Once the caller's change has committed, make its state the one every process reads
    from Redis (``core.shared_state``; nothing without Redis). Once per transaction: a
    publish that bumps the generation and touches tags publishes one state."""
    if not shared_state.enabled():
        return
    if any(callback is _publish_committed for _sids, callback, _robust in _pending()):
        return
    transaction.on_commit(_publish_committed)


def _pending():
    return connection.run_on_commit if connection.in_atomic_block else ()


def _publish_committed() -> None:
    shared_state.publish(_read_database())


def reads_shared_state() -> bool:
    """Whether the state is read from Redis: the cache is Redis, and no transaction is open
    (one may hold changes of its own, which only the database shows)."""
    return shared_state.enabled() and not connection.in_atomic_block


def read_state() -> tuple[int, int]:
    """(generation, sequence): as published in Redis where ``reads_shared_state``, else
    from the database."""
    if not reads_shared_state():
        return _read_database()
    state = shared_state.read()
    if state is None:
        state = _read_database()
        shared_state.publish(state)
    return state


def _read_database() -> tuple[int, int]:
    """(generation, sequence) from the database, in one query."""
    table = ContentGeneration._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value, sequence FROM {table} WHERE id = %s", [ROW])  # noqa: S608
        row = cursor.fetchone()
    return (row[0], row[1]) if row else (1, 0)


def catch_up(sequence: int) -> None:
    """Bring this process's copy of the tags up to ``sequence``. Inside a transaction what is
    read may still be rolled back and its sequence numbers given again, so it is kept apart
    and replaced on the next reading, never added to what the process keeps."""
    global _known_up_to, _uncommitted, _uncommitted_at
    if sequence < _known_up_to:  # a database restored or rebuilt: start over
        _known.clear()
        _known_up_to = 0
    if connection.in_atomic_block:
        if _uncommitted_at != sequence:
            _uncommitted = dict(_changed_since(_known_up_to)) if sequence > _known_up_to else {}
            _uncommitted_at = sequence
        return
    _uncommitted, _uncommitted_at = {}, None
    if sequence > _known_up_to:
        _known.update(_changed_since(_known_up_to))
        _known_up_to = sequence


def _changed_since(sequence: int):
    return ContentTag.objects.filter(sequence__gt=sequence).values_list("tag", "sequence")


def is_current(tags: Iterable[str], built_at: int) -> bool:
    """Whether none of ``tags`` changed after sequence ``built_at`` (as far as this process
    has read, which ``core.generation.current`` brings up to date once per request)."""
    return all(_uncommitted.get(tag, _known.get(tag, 0)) <= built_at for tag in tags)


def forget() -> None:
    """Drop this process's copy (tests that rebuild the database)."""
    global _known_up_to, _uncommitted, _uncommitted_at
    _known.clear()
    _known_up_to = 0
    _uncommitted, _uncommitted_at = {}, None
