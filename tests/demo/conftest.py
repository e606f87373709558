"""The demo content loaded once per module (for tests that only read it), with its generated
pictures stored in a temporary media folder."""

from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

import pytest


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """``load_demo`` once for the module, rolled back afterwards so the next module finds the
    database as ``migrate`` left it."""
    media = tmp_path_factory.mktemp("demo-media")
    with (
        override_settings(MEDIA_ROOT=str(media)),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        call_command("load_demo", verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def media(settings, tmp_path):
    """A temporary media folder for a test that stores images itself."""
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path
