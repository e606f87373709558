"""Import of broken items: the good ones are imported, each broken one is named with its error."""

import json

from wagtail.models import Page

import pytest

from news.models import NewsPage
from projects.models import ProjectPage
from taxonomy.models import Topic

from .conftest import export, flush_content, run_import

pytestmark = pytest.mark.django_db


def write(tmp_path, data):
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_broken_items_are_named_and_the_good_ones_imported(tmp_path, site_content):
    _path, data = export(tmp_path)
    flush_content()
    topic = next(s for s in data["snippets"] if s["model"] == "taxonomy.topic")
    topic["fields"]["name"] = ""  # required
    draft = next(p for p in data["pages"] if p["fields"]["title"] == "Entwurf")
    draft["fields"]["date"] = "not a date"
    data["pages"].append({"model": "news.nosuchpage", "key": "x", "locale": "de", "fields": {}})

    output, _progress = run_import(write(tmp_path, data))

    assert "taxonomy.topic" in output and "name:" in output
    assert "news.newspage “Entwurf” de" in output and "not a date" in output
    # The article refers to the broken topic, so it is not imported without it, and says why.
    (article,) = [line for line in output.splitlines() if "“Hitzeaktionsplan” de" in line]
    assert "needs taxonomy.topic de [" in article and "could not be imported: name:" in article
    assert "unknown model 'news.nosuchpage'" in output
    assert "FAILED" in output
    assert ProjectPage.objects.filter(title="Ulm4CleverCity").exists()
    assert not NewsPage.objects.filter(title__in=["Entwurf", "Hitzeaktionsplan"]).exists()


def test_a_page_whose_parent_failed_is_reported_with_the_parents_error(tmp_path, site_content):
    _path, data = export(tmp_path)
    flush_content()
    index = next(
        p for p in data["pages"] if p["model"] == "news.newsindexpage" and p["locale"] == "de"
    )
    index["fields"]["title"] = ""

    output, _progress = run_import(write(tmp_path, data))

    (line,) = [line for line in output.splitlines() if "Hitzeaktionsplan" in line]
    assert "it needs news.newsindexpage de [" in line
    assert "which could not be imported: " in line and not line.endswith("imported: ")
    assert not NewsPage.objects.filter(locale__language_code="de").exists()
    assert NewsPage.objects.filter(title="Heat action plan").exists()  # its parent is fine


def test_rich_text_is_sanitised_on_import(tmp_path, site_content):
    _path, data = export(tmp_path)
    index = next(
        p for p in data["pages"] if p["model"] == "news.newsindexpage" and p["locale"] == "de"
    )
    index["fields"]["intro"] = (
        '<p onmouseover="steal()">Hallo <a href="javascript:alert(1)">Link</a>'
        "<script>alert(1)</script><img src=x onerror=alert(1)></p>"
    )

    run_import(write(tmp_path, data))

    intro = Page.objects.get(
        translation_key=index["key"], locale__language_code="de"
    ).specific.intro
    assert "script" not in intro and "onerror" not in intro and "javascript:" not in intro
    assert "onmouseover" not in intro and "Hallo" in intro


def test_a_file_of_another_format_is_refused(tmp_path, db):
    output, _progress = run_import(write(tmp_path, {"format": "something-else"}))

    assert "not a portal-content file" in output
    assert not Topic.objects.exists()
