"""An operator moves the portal to a new server: ``migrate`` on an empty database, then
``import_content`` of an export of the demo site. Nothing is prepared by hand: the test's
database is exactly as ``migrate`` leaves it, Wagtail's "Welcome" page and default site
included; the export comes from another instance, the served demo."""

import io
import json

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page, Site
from wagtail_localize.models import Translation

import pytest

pytestmark = [pytest.mark.processes, pytest.mark.xdist_group("processes"), pytest.mark.django_db]


def snapshot() -> list:
    return sorted(
        (p.locale.language_code, p.url_path, p.specific_class.__name__, p.title, p.live)
        for p in Page.objects.filter(depth__gt=1).select_related("locale")
    )


def import_file(portal) -> str:
    out = io.StringIO()
    try:
        call_command(
            "import_content",
            str(portal.demo_export),
            "--media-dir",
            str(portal.demo_media),
            stdout=out,
            stderr=io.StringIO(),
        )
    except Exception as error:  # the command fails when items fail; the test reads why
        out.write(f"\nFAILED: {error}")
    return out.getvalue()


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_the_demo_export_imports_into_a_freshly_migrated_database(served_portal, media):
    assert Page.objects.filter(depth=2).get().specific_class is Page  # Wagtail's "Welcome"
    exported = json.loads(served_portal.demo_export.read_text(encoding="utf-8"))
    expected = sorted(
        tuple(row)
        for row in json.loads(
            served_portal.shell(
                "import json; from wagtail.models import Page; print(json.dumps(sorted("
                "(p.locale.language_code, p.url_path, p.specific_class.__name__, p.title, "
                "p.live) for p in Page.objects.filter(depth__gt=1).select_related('locale'))))"
            ).splitlines()[-1]
        )
    )

    first = import_file(served_portal)

    assert first.splitlines()[-1].startswith("Imported: ") and first.endswith(" 0 error\n"), first
    assert snapshot() == expected
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class.__name__ == "HomePage"
    assert site.root_page.locale.language_code == "de"
    total = sum(len(exported[s]) for s in ("images", "documents", "snippets", "pages"))
    again = import_file(served_portal)
    assert f"0 created, 0 updated, {total} unchanged, 0 error" in again


def test_imported_translations_are_translations_in_the_editor(
    served_portal, media, admin_client_de
):
    import_file(served_portal)
    english = Page.objects.filter(depth__gt=2, locale__language_code="en")

    assert english.exists()
    for page in english:
        assert Translation.objects.filter(
            source__object_id=page.translation_key, target_locale=page.locale, enabled=True
        ).exists(), page
    response = admin_client_de.get(reverse("wagtailadmin_pages:edit", args=[english[0].pk]))
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]
