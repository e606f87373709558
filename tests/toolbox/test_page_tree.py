import pytest

from tests.factories.home import StandardPageFactory
from tests.factories.toolbox import ToolPageFactory
from toolbox.models import ToolboxIndexPage, ToolPage

pytestmark = pytest.mark.django_db


def test_toolbox_index_can_be_created_below_a_home_page_only(homes):
    standard = StandardPageFactory(parent=homes["de"])

    assert ToolboxIndexPage.can_create_at(homes["de"])
    assert not ToolboxIndexPage.can_create_at(standard)
    assert not ToolboxIndexPage.can_create_at(homes["de"].get_parent())


def test_a_home_page_holds_one_toolbox_index_at_most(index, homes):
    assert not ToolboxIndexPage.can_create_at(homes["de"])


def test_tool_pages_can_be_created_below_the_toolbox_index_only(index, homes):
    assert ToolPage.can_create_at(index)
    assert not ToolPage.can_create_at(homes["de"])


def test_tool_pages_have_no_subpages(index):
    tool = ToolPageFactory(parent=index)

    assert ToolPage.allowed_subpage_models() == []
    assert not ToolPage.can_create_at(tool)
