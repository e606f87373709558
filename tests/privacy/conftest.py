"""The demo content once per module, for the tests that start where a visitor starts."""

from django.core.management import call_command
from django.db import transaction

import pytest


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """``load_demo`` once for the module, rolled back afterwards so the next module finds the
    database as ``migrate`` left it; each test's own changes roll back as usual."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", verbosity=0)
        yield
        transaction.set_rollback(True)
