"""Shared fixtures: the bilingual site skeleton, the editorial roles, an admin client, and the
demo content (``demo``, ``tests/shared_demo.py``)."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.utils import translation

import pytest
from pytest_django.plugin import blocking_manager_key

from core import dependencies
from core.caching import ProcessTable
from governance.roles import EDITORS, MODERATORS, TRANSLATORS, ensure_roles
from home.site_setup import ensure_site_skeleton

pytest_plugins = ["tests.shared_demo"]


@pytest.fixture(autouse=True)
def fresh_process_state():
    """Each test's database is rolled back, and with it the content generation: the tables
    and the cache that a process keeps under a generation start empty for every test. Each
    starts in the default language too, as a new request would: the language a test client's
    last request activated stays active in the thread."""
    ProcessTable.clear_all()
    dependencies.forget()
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    ProcessTable.clear_all()
    cache.clear()


@pytest.fixture
def homes(db):
    """The German and English home pages, keyed by language code."""
    return ensure_site_skeleton(hostname="testserver")


@pytest.fixture
def site(homes):
    """Both home pages with the editorial roles' permissions granted on them."""
    ensure_roles()
    return homes


def member(django_user_model, group_name: str):
    """A user in one editorial role (a group), and nothing more."""
    user = django_user_model.objects.create_user(
        group_name.lower(), f"{group_name.lower()}@example.org", "a-long-test-password"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(site, django_user_model):
    return member(django_user_model, EDITORS)


@pytest.fixture
def moderator(site, django_user_model):
    return member(django_user_model, MODERATORS)


@pytest.fixture
def translator(site, django_user_model):
    return member(django_user_model, TRANSLATORS)


@pytest.fixture
def login(client):
    """``login(user)`` returns the test client logged in as that user."""

    def _login(user):
        client.force_login(user)
        return client

    return _login


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


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A test in a real transaction ends with the database flushed, Wagtail's root page gone:
    put back what ``migrate`` left (serialized when the test database was made), so the next
    test in this process starts from an operator's state too."""
    result = yield
    marker = item.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction"):
        with item.config.stash[blocking_manager_key].unblock():
            connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
    return result
