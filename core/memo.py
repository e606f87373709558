"""One memo per request (and per background task): values worked out once while it runs.

Helpers deep below a view (the router, the page chrome, the navigation, the content
generation) need the same things several times per request. They keep them here rather than
as attributes on the request, so any helper can use the memo without being handed the
request, and nothing outlives the request. Outside a request or task nothing is memoised.
"""

import threading
from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from django_tasks.signals import task_finished, task_started

T = TypeVar("T")

_memo: ContextVar[dict | None] = ContextVar("portal_memo", default=None)
# Per thread, one entry per running task: the token to restore, or None when the task shares
# the memo of the request that runs it.
_tasks = threading.local()
_MISSING = object()


@contextmanager
def scope():
    """A fresh memo for the code inside (a request, a task)."""
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def active() -> bool:
    return _memo.get() is not None


def remember(key, build: Callable[[], T]) -> T:
    """``build()``'s value, worked out once per request or task (every time outside one)."""
    memo = _memo.get()
    if memo is None:
        return build()
    value = memo.get(key, _MISSING)
    if value is _MISSING:
        value = memo[key] = build()
    return value


def store(key, value) -> None:
    """Keep ``value`` for later helpers of the same request (a no-op outside one)."""
    memo = _memo.get()
    if memo is not None:
        memo[key] = value


def recall(key, default=None):
    """What ``store`` or ``remember`` kept under ``key`` in this request, else ``default``."""
    memo = _memo.get()
    return default if memo is None else memo.get(key, default)


def clear() -> None:
    """Drop everything remembered so far (after this request changed content)."""
    memo = _memo.get()
    if memo is not None:
        memo.clear()


class MemoMiddleware:
    """Gives every request its own memo."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with scope():
            return self.get_response(request)


def _running_tasks() -> list:
    if not hasattr(_tasks, "tokens"):
        _tasks.tokens = []
    return _tasks.tokens


def _task_begins(**kwargs) -> None:
    # Tasks run inline (the immediate backend) share the memo of the request that runs them.
    _running_tasks().append(None if active() else _memo.set({}))


def _task_ends(**kwargs) -> None:
    tokens = _running_tasks()
    token = tokens.pop() if tokens else None
    if token is not None:
        _memo.reset(token)


task_started.connect(_task_begins, dispatch_uid="core.memo.task_started")
task_finished.connect(_task_ends, dispatch_uid="core.memo.task_finished")
