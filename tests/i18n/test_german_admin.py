"""The admin on the way from a draft to a published translation, read by a German editor and
by an English one (each their profile's admin language), through the admin's own views."""

import html
import json
import re

from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

import pytest

from tests.governance.conftest import page_form

from .german_admin import english_phrases, visible_text

pytestmark = pytest.mark.django_db

TITLE = "Hitzeschutz im Quartier"
ADD_URL = "/admin/pages/add/home/standardpage/{parent}/"


def speaks(user, language: str):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def screen(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def assert_german(markup: str, *expected: str) -> str:
    text = visible_text(markup)
    assert english_phrases(text, ignore=(TITLE, "Home")) == []
    for phrase in expected:
        assert phrase in text
    return text


def editor_props(markup: str) -> dict:
    """The props the page hands to wagtail-localize's React translation editor."""
    found = re.search(r'class="js-translation-editor" data-props="([^"]*)"', markup)
    return json.loads(html.unescape(found.group(1)))


@pytest.fixture
def german_editor(editor):
    return speaks(editor, "de")


@pytest.fixture
def german_moderator(moderator):
    return speaks(moderator, "de")


@pytest.fixture
def draft(login, german_editor, site):
    client = login(german_editor)
    client.post(ADD_URL.format(parent=site["de"].pk), page_form(TITLE, "hitzeschutz"))
    return Page.objects.get(slug="hitzeschutz", locale=site["de"].locale)


@pytest.fixture
def submitted(login, german_editor, draft):
    client = login(german_editor)
    client.post(f"/admin/pages/{draft.pk}/edit/", page_form(TITLE, "hitzeschutz", "action-submit"))
    draft.refresh_from_db()
    assert draft.current_workflow_state is not None
    return draft


@pytest.fixture
def approved(login, german_moderator, submitted, django_capture_on_commit_callbacks):
    client = login(german_moderator)
    task_state = submitted.current_workflow_state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/pages/workflow/action/{submitted.pk}/approve/{task_state.pk}/",
            {"comment": ""},
        )
    submitted.refresh_from_db()
    assert submitted.live
    return submitted


@pytest.fixture
def english_draft(login, german_moderator, approved, django_capture_on_commit_callbacks):
    """The English translation wagtail-localize creates from "Übersetzen"."""
    client = login(german_moderator)
    english = Locale.objects.get(language_code="en")
    assert_german(screen(client, f"/admin/localize/submit/page/{approved.pk}/"), "Sprachen")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/localize/submit/page/{approved.pk}/", {"locales": [english.pk]})
    return approved.get_translation(english)


def test_the_publish_menu_offers_the_workflow_by_its_german_name(login, german_editor, draft):
    markup = screen(login(german_editor), f"/admin/pages/{draft.pk}/edit/")

    assert_german(markup, "Zur Moderationsfreigabe einreichen", "Sprache:", "Aktionen")


def test_a_submitted_page_shows_its_workflow_status_in_german(login, german_editor, submitted):
    client = login(german_editor)

    assert_german(screen(client, f"/admin/pages/{submitted.pk}/edit/"), "Moderationsfreigabe")
    assert_german(screen(client, "/admin/"), "Moderationsfreigabe")
    state = submitted.current_workflow_state
    assert_german(
        screen(client, f"/admin/pages/{submitted.pk}/workflow_history/"), "Moderationsfreigabe"
    )
    assert_german(
        screen(client, f"/admin/pages/{submitted.pk}/workflow_history/detail/{state.pk}/"),
        "Moderationsfreigabe",
    )
    assert_german(
        screen(client, f"/admin/pages/{submitted.pk}/history/"),
        "„Moderationsfreigabe“ gestartet",
    )


def test_the_moderators_dashboard_and_reports_name_the_task_in_german(
    login, german_moderator, submitted
):
    client = login(german_moderator)

    assert_german(screen(client, "/admin/"), "Ihre Überprüfung steht aus", "Moderationsfreigabe")
    assert_german(screen(client, "/admin/reports/workflow/"), "Moderationsfreigabe")
    assert_german(screen(client, "/admin/reports/workflow_tasks/"), "Moderationsfreigabe")


def test_the_history_of_an_approved_page_reads_in_german(login, german_moderator, approved):
    markup = screen(login(german_moderator), f"/admin/pages/{approved.pk}/history/")

    assert_german(markup, "Freigegeben bei „Moderationsfreigabe“")


def test_the_explorer_counts_its_pages_in_german(login, german_editor, draft, site):
    markup = screen(login(german_editor), f"/admin/pages/{site['de'].pk}/")

    assert_german(markup, "1–1 von 1 Seite")


def test_the_translation_editor_speaks_german_with_german_dates(
    login, german_moderator, english_draft
):
    client = login(german_moderator)
    markup = screen(client, f"/admin/pages/{english_draft.pk}/edit/")
    assert_german(markup, "Sprache:")
    props = editor_props(markup)
    title = next(s for s in props["segments"] if s["contentPath"] == "title")

    answer = client.put(
        title["editUrl"],
        encode_multipart(BOUNDARY, {"value": "Heat protection"}),
        content_type=MULTIPART_CONTENT,
    )
    props = editor_props(screen(client, f"/admin/pages/{english_draft.pk}/edit/"))

    german_date = r"Manuell übersetzt am \d{1,2}\. [A-ZÄ][a-zä]+ \d{4}$"
    assert re.match(german_date, answer.json()["comment"])
    (comment,) = [
        t["comment"] for t in props["initialStringTranslations"] if t["segment_id"] == title["id"]
    ]
    assert re.match(german_date, comment)
    assert english_phrases(json.dumps(props, ensure_ascii=False), ignore=("Home",)) == []


def test_an_english_editor_reads_the_workflow_by_its_english_name(login, editor, draft):
    client = login(speaks(editor, "en"))

    text = visible_text(screen(client, f"/admin/pages/{draft.pk}/edit/"))
    assert "Submit to Moderators approval" in text
    client.post(f"/admin/pages/{draft.pk}/edit/", page_form(TITLE, "hitzeschutz", "action-submit"))
    history = visible_text(screen(client, f"/admin/pages/{draft.pk}/history/"))
    assert "'Moderators approval' started" in history
    assert "Moderationsfreigabe" not in history
