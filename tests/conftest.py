"""Shared fixtures: the bilingual site skeleton and an admin client."""

import pytest

from home import sites
from home.site_setup import ensure_site_skeleton
from taxonomy import locales


@pytest.fixture(autouse=True)
def fresh_locale_table():
    """Locales and sites are kept per process; each test's rolled-back database has its own."""
    locales.forget()
    sites.forget()
    yield
    locales.forget()
    sites.forget()


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
