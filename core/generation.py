"""The content generation: a token that changes with every change visitors could see.

Every cached page, fragment and per-process table is kept under the generation it was built
in, so a change empties them all at once. The token lives in the database and is replaced in
the transaction of the change itself: a process that reads the new token also sees the
change, whichever process made it (a worker, the admin, a management command). A cache that
loses entries, a cache shared with no other process (local memory) or a restarted worker can
never bring an old generation back, and nothing rests on an expiry time. Tokens are random,
not counted up, so a change that is rolled back leaves no token behind that a later change
could reuse (with entries built from the rolled-back state). Reading it costs one small query
per request (``core.memo``).
"""

import secrets
from collections.abc import Callable

from django.db import connection

from . import memo
from .models import ContentGeneration

ROW = 1
_MEMO_KEY = "core.generation"
_observers: list[Callable[[], None]] = []
_last_seen: int | None = None


def current() -> int:
    """The generation, read once per request or task (on every call outside one)."""
    return memo.remember(_MEMO_KEY, _read)


def bump() -> None:
    """Start a new generation, inside the caller's transaction."""
    token = secrets.randbits(62)
    if not ContentGeneration.objects.filter(pk=ROW).update(value=token):
        ContentGeneration.objects.create(pk=ROW, value=token)
    # What this request worked out so far may predate the change.
    memo.clear()


def on_change(observer: Callable[[], None]) -> None:
    """Call ``observer`` in this process whenever it first sees a new generation: for tables
    it keeps in memory (``core.caching.ProcessTable``)."""
    _observers.append(observer)


def _read() -> int:
    table = ContentGeneration._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value FROM {table} WHERE id = %s", [ROW])  # noqa: S608
        row = cursor.fetchone()
    value = row[0] if row else 1
    _observe(value)
    return value


def _observe(value: int) -> None:
    global _last_seen
    if value != _last_seen:
        _last_seen = value
        for observer in _observers:
            observer()
