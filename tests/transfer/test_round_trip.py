"""Export and import: content survives a round trip, and importing again changes nothing."""

import io
import json

from django.core.management import call_command

from wagtail.images.models import Image
from wagtail.models import Page

import pytest

from news.models import NewsPage
from projects.models import ProjectPage
from taxonomy.models import Municipality, Topic

from .conftest import export, flush_content, run_import

pytestmark = pytest.mark.django_db


def snapshot():
    return sorted(
        (p.locale.language_code, p.url_path, p.specific_class.__name__, p.title, p.live)
        for p in Page.objects.filter(depth__gt=1).select_related("locale")
    )


def test_import_into_an_empty_site_reproduces_pages_snippets_and_translations(
    tmp_path, site_content
):
    before = snapshot()
    path, _data = export(tmp_path)
    flush_content()
    assert Page.objects.filter(depth__gt=1).count() == 0

    output, _progress = run_import(path)

    assert "0 error" in output
    assert snapshot() == before
    article = NewsPage.objects.get(title="Heat action plan")
    assert article.locale.language_code == "en"
    assert article.get_translation(site_content["topic"].locale).title == "Hitzeaktionsplan"
    assert [t.slug for t in article.topics.all()] == ["klima"]
    assert article.image == site_content["image"]
    assert article.image_alt == "Ein Platz"
    assert Topic.objects.get(slug="klima", locale__language_code="en").name == "Climate"
    project = ProjectPage.objects.get(title="Ulm4CleverCity")
    assert [p.municipality.slug for p in project.partners.all()] == ["ulm"]
    assert not NewsPage.objects.get(title="Entwurf").live


def test_reimporting_the_same_file_changes_nothing(tmp_path, site_content):
    path, data = export(tmp_path)
    pages = Page.objects.count()

    output, _progress = run_import(path)

    total = len(data["pages"]) + len(data["snippets"]) + len(data["images"])
    assert f"0 created, 0 updated, {total} unchanged, 0 error" in output
    assert Page.objects.count() == pages


def test_export_writes_stable_keys_instead_of_primary_keys(tmp_path, site_content):
    _path, data = export(tmp_path)

    article = next(p for p in data["pages"] if p["fields"]["title"] == "Hitzeaktionsplan")
    topic = site_content["topic"]
    assert article["fields"]["topics"] == [{"key": str(topic.translation_key), "locale": "de"}]
    image = site_content["image"]
    assert article["fields"]["image"] == {"file_hash": image.get_file_hash(), "title": image.title}
    assert article["parent"]["locale"] == "de"
    assert data["format"] == "portal-content" and data["version"] == 1


def test_dry_run_reports_changes_and_writes_nothing(tmp_path, site_content):
    path, _data = export(tmp_path)
    flush_content()

    output, _progress = run_import(path, "--dry-run")

    assert "Dry run" in output
    assert "created   page" in output
    assert Page.objects.filter(depth__gt=1).count() == 0
    assert not Municipality.objects.exists()


def test_import_shows_progress_per_item(tmp_path, site_content):
    path, data = export(tmp_path)
    total = sum(len(data[s]) for s in ("images", "documents", "snippets", "pages"))

    _output, progress = run_import(path)

    assert f"1/{total} " in progress and f"{total}/{total} " in progress


def test_internal_links_in_rich_text_point_at_the_imported_pages(tmp_path, site_content):
    project = ProjectPage.objects.get(title="Ulm4CleverCity")
    index = project.get_parent().specific
    index.intro = f'<p>Siehe <a linktype="page" id="{project.pk}">das Projekt</a>.</p>'
    index.save_revision().publish()
    path, data = export(tmp_path)
    assert f'id="{project.pk}"' not in json.dumps(data)
    flush_content()

    run_import(path)

    imported = ProjectPage.objects.get(title="Ulm4CleverCity")
    intro = imported.get_parent().specific.intro
    assert f'id="{imported.pk}"' in intro and 'linktype="page"' in intro


def test_media_files_are_copied_alongside_and_imported_from_there(tmp_path, site_content):
    image = site_content["image"]
    media = tmp_path / "media"
    call_command(
        "export_content",
        str(tmp_path / "content.json"),
        "--media-dir",
        str(media),
        stderr=io.StringIO(),
    )
    assert (media / image.file.name).is_file()
    key = image.get_file_hash()
    flush_content()
    image.delete()

    output, _progress = run_import(tmp_path / "content.json", "--media-dir", str(media))

    assert output.splitlines()[-1].endswith(" 0 error")
    restored = Image.objects.get(file_hash=key)
    assert restored.title == "Marktplatz" and restored.width == image.width
    assert NewsPage.objects.get(title="Hitzeaktionsplan").image == restored
