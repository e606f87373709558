from wagtail.models import Revision

import pytest

from demo.content import taxonomy, toolbox
from demo.context import DemoContext
from tests.factories.base import png_bytes
from toolbox.models import ToolboxIndexPage, ToolPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(homes, settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path
    # Small illustrations keep the test fast; their look is not under test here.
    monkeypatch.setattr("demo.context._illustration", lambda hue, **size: png_bytes(60, 40))
    ctx = DemoContext(homes=homes)
    taxonomy.load(ctx)
    toolbox.load(ctx)
    return ctx


def test_demo_toolbox_has_ten_tools_in_both_languages(loaded):
    index = ToolboxIndexPage.objects.get(locale__language_code="de")
    english = ToolboxIndexPage.objects.get(locale__language_code="en")

    assert index.slug == english.slug == "toolbox"
    assert index.tools().count() == english.tools().count() == 10


def test_demo_tools_cover_every_phase_and_hazard(loaded):
    tools = ToolPage.objects.filter(locale__language_code="de")

    phases = set(tools.values_list("process_phases__slug", flat=True))
    hazards = set(tools.values_list("hazards__slug", flat=True))
    types = set(tools.values_list("tool_type__slug", flat=True))

    assert phases == {"planung", "umsetzung", "bewertung"}
    assert hazards == {"hitze", "starkregen", "hochwasser", "trockenheit", "sturm"}
    assert types == {
        "leitfaden",
        "software",
        "checkliste",
        "beteiligungsformat",
        "analyse",
        "datensatz",
    }


def test_loading_the_demo_toolbox_again_changes_nothing(loaded):
    before = (ToolPage.objects.count(), Revision.objects.count())

    toolbox.load(loaded)

    assert (ToolPage.objects.count(), Revision.objects.count()) == before


def test_demo_filter_pages_render_in_both_languages(client, loaded):
    german = client.get("/toolbox/?hazard=hitze&phase=planung")
    english = client.get("/en/toolbox/?hazard=sturm")

    assert german.status_code == english.status_code == 200
    assert "Hitzeaktionsplan in sechs Schritten" in german.content.decode()
    assert "Species list of drought-resilient street trees" in english.content.decode()
