"""The content generation: a token that changes with every change that could show anywhere.

Every cached page, fragment and per-process table is kept under the generation it was built
in, so such a change (a snippet, media, a site, a move, a privacy setting) empties them all at
once; a change to one page touches only the tags of what shows it (``core.dependencies``).
The token lives in the database and is replaced in the transaction of the change itself: a
process that reads the new token also sees the change, whichever process made it (a worker,
the admin, a management command). A cache that loses entries, a cache shared with no other
process (local memory) or a restarted worker can never bring an old generation back, and
nothing rests on an expiry time. Tokens are random, not counted up, so a change that is
rolled back leaves no token behind that a later change could reuse (with entries built from
the rolled-back state). Reading it, with the change sequence, costs one small query per
request (``core.memo``), or one Redis round trip where the cache is Redis
(``core.shared_state``).
"""

import secrets
from collections.abc import Callable

from django.core.cache import cache
from django.db.models import F

from . import dependencies, memo, shared_state
from .models import ContentGeneration

ROW = dependencies.ROW
_MEMO_KEY = "core.generation"
_observers: list[Callable[[], None]] = []
_last_seen: tuple[int, int] | None = None


def current() -> int:
    """The generation, read once per request or task (on every call outside one)."""
    return _state()[0]


def sequence() -> int:
    """The change sequence read with the generation: what entries built now are built at."""
    return _state()[1]


def _state() -> tuple[int, int]:
    return memo.remember(_MEMO_KEY, _read)


def read_with(cache_key: str):
    """The default cache's entry under ``cache_key``. Where the state lives in Redis and
    this request has not read it yet, both come in one round trip (``core.shared_state``) and
    the state serves the rest of the request; else the entry is read on its own."""
    if memo.active() and memo.recall(_MEMO_KEY) is None and dependencies.reads_shared_state():
        state, entry = shared_state.read_with(cache_key)
        if state is not None:
            memo.store(_MEMO_KEY, _seen(state))
            return entry
    return cache.get(cache_key)


def bump() -> None:
    """Start a new generation, inside the caller's transaction."""
    token = secrets.randbits(62)
    # The sequence rises too: it orders every published state (``core.shared_state``).
    rows = ContentGeneration.objects.filter(pk=ROW)
    if not rows.update(value=token, sequence=F("sequence") + 1):
        ContentGeneration.objects.create(pk=ROW, value=token, sequence=1)
    dependencies.publish_after_commit()
    # What this request worked out so far may predate the change.
    memo.clear()
    dependencies.mark_changed_here()


def on_change(observer: Callable[[], None]) -> None:
    """Call ``observer`` in this process whenever it first sees a change: for tables it keeps
    in memory (``core.caching.ProcessTable``)."""
    _observers.append(observer)


def _read() -> tuple[int, int]:
    return _seen(dependencies.read_state())


def _seen(state: tuple[int, int]) -> tuple[int, int]:
    dependencies.catch_up(state[1])
    _observe(state)
    return state


def _observe(state: tuple[int, int]) -> None:
    global _last_seen
    if state != _last_seen:
        _last_seen = state
        for observer in _observers:
            observer()
