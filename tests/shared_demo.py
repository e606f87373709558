"""The ``demo`` fixture: the demo content as ``load_demo`` leaves it, loaded once per test
process and shared by the tests that start from it.

Loading the demo takes many seconds and some fifty tests start from it. It is loaded in an
outer transaction when the first such test sets up its database, and kept while the tests
that follow ask for it too; each test's own changes roll back to it as usual (pytest-django's
per-test transaction nests inside). The first database test that does not ask for the demo
rolls it back first, so it finds the database as ``migrate`` left it. The tests that ask for
the demo run first, so a process loads it about once.
"""

from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

import pytest
from pytest_django.plugin import blocking_manager_key

FIXTURE = "demo"
SHARED = pytest.StashKey["SharedDemo"]()
# pytest-django's fixture that opens each test's transaction: the demo goes in before it.
TEST_TRANSACTION = "_django_db_helper"


class SharedDemo:
    """The demo in an open transaction, with its generated pictures in a temporary folder."""

    def __init__(self, config, media_folder):
        self._blocker = config.stash[blocking_manager_key]
        self._media_folder = media_folder
        self._open = None  # (transaction, media settings) while the demo is loaded

    @property
    def loaded(self) -> bool:
        return self._open is not None

    def load(self) -> None:
        if self._open:
            return
        media = override_settings(MEDIA_ROOT=str(self._media_folder))
        media.enable()
        outer = transaction.atomic()
        with self._blocker.unblock():
            outer.__enter__()
            self._open = (outer, media)
            try:
                call_command("load_demo", verbosity=0)
            except BaseException:
                self.release()
                raise

    def release(self) -> None:
        if not self._open:
            return
        outer, media = self._open
        self._open = None
        with self._blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
        media.disable()


@pytest.fixture(scope="session")
def shared_demo(request, django_db_setup, django_db_blocker, tmp_path_factory):
    shared = SharedDemo(request.config, tmp_path_factory.mktemp("demo-media"))
    request.config.stash[SHARED] = shared
    yield shared
    shared.release()


@pytest.fixture
def demo(shared_demo, db):
    """The demo content as ``load_demo`` leaves it (loaded before this test's transaction)."""
    assert shared_demo.loaded, "the demo loads before the test's transaction opens"
    return shared_demo


@pytest.hookimpl(tryfirst=True)
def pytest_fixture_setup(fixturedef, request):
    """Just before a test's transaction opens: load the demo if the test asks for it, or roll
    it back if not."""
    if fixturedef.argname != TEST_TRANSACTION:
        return
    if FIXTURE in request.node.fixturenames:
        request.getfixturevalue("shared_demo").load()
    elif (shared := request.config.stash.get(SHARED, None)) is not None:
        shared.release()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The tests that start from the demo first (a stable sort keeps pytest-django's order
    of the others: plain database tests, then transactional ones)."""
    items.sort(key=lambda item: FIXTURE not in getattr(item, "fixturenames", ()))
