"""The whole demo site (every page type and snippet) survives an export and import."""

from wagtail.models import Page

import pytest

from .conftest import export, flush_content, run_import

pytestmark = pytest.mark.django_db


def snapshot():
    return sorted(
        (p.locale.language_code, p.url_path, p.specific_class.__name__, p.title, p.live)
        for p in Page.objects.filter(depth__gt=1).select_related("locale")
    )


def test_demo_site_round_trip_reproduces_every_page_and_then_is_unchanged(tmp_path, demo):
    before = snapshot()
    path, data = export(tmp_path)
    flush_content()

    output, _progress = run_import(path)

    assert output.splitlines()[-1].endswith(" 0 error")
    assert snapshot() == before
    output, _progress = run_import(path)
    total = sum(len(data[s]) for s in ("images", "documents", "snippets", "pages"))
    assert f"0 created, 0 updated, {total} unchanged, 0 error" in output
