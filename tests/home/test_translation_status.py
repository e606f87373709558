from django.urls import reverse

import pytest

from home import translation_status
from tests.factories.base import locale, translate_page
from tests.factories.home import StandardPageFactory
from tests.factories.taxonomy import TopicFactory, translate

pytestmark = pytest.mark.django_db


def rows_by_title(rows):
    return {row.title: row for row in rows}


def test_pages_without_a_translation_are_missing_and_link_to_translate(homes):
    page = StandardPageFactory(parent=homes["de"], title="Nur Deutsch")

    row = rows_by_title(translation_status.page_rows(locale("de"), locale("en")))["Nur Deutsch"]

    assert row.status == translation_status.MISSING
    assert row.action_url == reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def test_translated_page_is_current_until_its_source_changes(homes):
    page = StandardPageFactory(parent=homes["de"], title="Über uns")
    english = translate_page(page, title="About us", slug="about")

    status = rows_by_title(translation_status.page_rows(locale("de"), locale("en")))["Über uns"]
    assert status.status == translation_status.CURRENT
    assert status.action_url == reverse("wagtailadmin_pages:edit", args=[english.pk])

    page.title = "Über das Portal"
    page.save_revision().publish()

    status = rows_by_title(translation_status.page_rows(locale("de"), locale("en")))[
        "Über das Portal"
    ]
    assert status.status == translation_status.OUTDATED


def test_unpublished_translation_is_reported_as_draft(homes):
    page = StandardPageFactory(parent=homes["de"], title="Entwurf")
    translate_page(page, title="Draft", slug="draft", publish=False)

    row = rows_by_title(translation_status.page_rows(locale("de"), locale("en")))["Entwurf"]

    assert row.status == translation_status.DRAFT


def test_snippets_without_a_translation_are_missing(homes):
    TopicFactory(name="Hitze")
    translated = TopicFactory(name="Starkregen")
    translate(translated, name="Heavy rain")

    rows = rows_by_title(translation_status.snippet_rows(locale("de"), locale("en")))

    assert rows["Hitze"].status == translation_status.MISSING
    assert rows["Starkregen"].status == translation_status.CURRENT


def test_report_lists_what_needs_translating_for_editors(admin_client_de, homes):
    missing = StandardPageFactory(parent=homes["de"], title="Fehlt noch")
    done = StandardPageFactory(parent=homes["de"], title="Erledigt")
    translate_page(done, title="Done", slug="done")

    html = admin_client_de.get(reverse("translation_status")).content.decode()

    assert "Fehlt noch" in html
    assert "Erledigt" not in html
    assert reverse("wagtail_localize:submit_page_translation", args=[missing.pk]) in html


def test_report_is_closed_to_anonymous_visitors(client, homes):
    response = client.get(reverse("translation_status"))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
