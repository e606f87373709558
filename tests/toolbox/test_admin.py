import re

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from tests.factories.toolbox import ToolPageFactory
from toolbox.models import ToolPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(login, moderator):
    """A member of the Moderators role, nothing more."""
    return login(moderator)


def test_editor_creates_a_tool_with_size_checkboxes(admin_client, index, terms):
    url = reverse("wagtailadmin_pages:add", args=["toolbox", "toolpage", index.pk])
    form = admin_client.get(url).content.decode()
    data = nested_form_data(
        {
            "title": "Klimaspaziergang",
            "slug": "klimaspaziergang",
            "teaser": "Gemeinsam durchs Quartier.",
            "tool_type": terms.type["leitfaden"].pk,
            "effort": "low",
            "body": streamfield([]),
            "downloads": streamfield([]),
            "related_pages": streamfield([]),
            "action-publish": "publish",
        }
    )
    # Checkboxes send one value per ticked box under the same name.
    data["hazards"] = [terms.hazard["hitze"].pk]
    data["municipality_sizes"] = ["small", "rural"]

    response = admin_client.post(url, data)

    assert 'name="municipality_sizes" value="rural"' in form
    assert response.status_code == 302, response.content.decode()[:3000]
    tool = ToolPage.objects.get(slug="klimaspaziergang")
    assert tool.live
    assert tool.municipality_sizes == ["small", "rural"]
    assert list(tool.hazards.all()) == [terms.hazard["hitze"]]


def test_edit_form_checks_the_stored_sizes(admin_client, index):
    tool = ToolPageFactory(parent=index, municipality_sizes=["district"])

    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[tool.pk])).content.decode()

    checkbox = re.search(r'<input[^>]*name="municipality_sizes"[^>]*value="district"[^>]*>', html)
    assert checkbox is not None
    assert "checked" in checkbox.group(0)


def test_revision_comparison_shows_size_labels(admin_client, index):
    tool = ToolPageFactory(parent=index, municipality_sizes=["large"])
    first = tool.latest_revision
    tool.municipality_sizes = ["large", "rural"]
    second = tool.save_revision()

    url = reverse("wagtailadmin_pages:revisions_compare", args=[tool.pk, first.pk, second.pk])
    response = admin_client.get(url)

    assert response.status_code == 200
    assert "Landgemeinde" in response.content.decode()
