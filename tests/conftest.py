"""Shared fixtures: the bilingual site skeleton and an admin client."""

from django.core.cache import cache

import pytest

from core.caching import ProcessTable
from home.site_setup import ensure_site_skeleton


@pytest.fixture(autouse=True)
def fresh_process_state():
    """Each test's database is rolled back, and with it the content generation: the tables
    and the cache that a process keeps under a generation start empty for every test."""
    ProcessTable.clear_all()
    cache.clear()
    yield
    ProcessTable.clear_all()
    cache.clear()


@pytest.fixture
def homes(db):
    """The German and English home pages, keyed by language code."""
    return ensure_site_skeleton(hostname="testserver")


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser(
        "admin", "admin@example.org", "a-long-test-password"
    )


@pytest.fixture
def admin_client_de(client, superuser):
    """A client logged in as a superuser."""
    client.force_login(superuser)
    return client
