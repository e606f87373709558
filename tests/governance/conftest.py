"""Fixtures for governance tests: the site with its roles, and a logged-in client per role."""

from django.contrib.auth.models import Group

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from governance.roles import EDITORS, MODERATORS, TRANSLATORS, ensure_roles
from tests.factories.home import StandardPageFactory


@pytest.fixture
def site(homes):
    """Both home pages with the roles' permissions granted on them."""
    ensure_roles()
    return homes


def member(django_user_model, group_name: str):
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
def german_page(site):
    return StandardPageFactory(parent=site["de"], title="Hitzeschutz", slug="hitzeschutz")


@pytest.fixture
def english_page(site, german_page):
    from tests.factories.base import translate_page

    return translate_page(german_page, "en", title="Heat protection")


def refused(response) -> bool:
    """Wagtail answers a forbidden admin view with 403 or a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def page_form(title: str, slug: str, action: str | None = None, **fields) -> dict:
    """POST data of a standard page's admin form; ``action`` is e.g. "action-publish"."""
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "teaser": "",
            "image_alt": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
            **fields,
        }
    )
    if action:
        data[action] = "1"
    return data
