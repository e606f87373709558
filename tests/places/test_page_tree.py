"""The municipality overview in the page tree: below the home page, once, previewable."""

from wagtail.models import Page

import pytest

from home.models import HomePage
from places.models import MunicipalityIndexPage

pytestmark = pytest.mark.django_db


def test_overview_lives_only_below_the_home_page_once():
    assert MunicipalityIndexPage.clean_parent_page_models() == [HomePage]
    assert MunicipalityIndexPage.max_count_per_parent == 1
    assert not MunicipalityIndexPage.can_create_at(Page.get_first_root_node())


def test_overview_has_no_child_pages_and_no_teaser_items(index):
    assert MunicipalityIndexPage.clean_subpage_models() == []
    assert index.listing_items(3) == []


def test_overview_previews(index):
    preview = index.make_preview_request()

    assert preview.status_code == 200
    assert "Kommunen" in preview.content.decode()
