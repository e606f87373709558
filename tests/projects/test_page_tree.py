import pytest

from home.models import StandardPage
from projects.models import ProjectIndexPage, ProjectPage
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_project_index_can_be_created_below_the_home_page_only(homes):
    standard = StandardPageFactory(parent=homes["de"])

    assert ProjectIndexPage.can_create_at(homes["de"])
    assert not ProjectIndexPage.can_create_at(standard)
    assert not ProjectIndexPage.can_create_at(homes["de"].get_parent())


def test_home_page_takes_only_one_project_index(index):
    assert not ProjectIndexPage.can_create_at(index.get_parent())


def test_project_page_can_be_created_below_the_project_index_only(homes, index):
    assert ProjectPage.can_create_at(index)
    assert not ProjectPage.can_create_at(homes["de"])
    assert not ProjectPage.can_create_at(StandardPageFactory(parent=homes["de"]))


def test_project_page_takes_no_subpages():
    assert ProjectPage.allowed_subpage_models() == []
    assert StandardPage not in ProjectIndexPage.allowed_subpage_models()
    assert ProjectIndexPage.allowed_subpage_models() == [ProjectPage]
