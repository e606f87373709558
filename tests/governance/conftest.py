"""Fixtures for governance tests: pages and admin form data (roles: ``tests/conftest.py``)."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from tests.factories.base import translate_page
from tests.factories.home import StandardPageFactory


@pytest.fixture
def german_page(site):
    return StandardPageFactory(parent=site["de"], title="Hitzeschutz", slug="hitzeschutz")


@pytest.fixture
def english_page(site, german_page):
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
