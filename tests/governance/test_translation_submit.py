"""After "Translate this page", each role lands where it may work."""

from django.urls import reverse

import pytest

from tests.factories.base import locale

pytestmark = pytest.mark.django_db


def submit_translation(client, page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [locale("en").pk]},
        )


def test_an_editor_returns_to_the_section_rather_than_to_an_english_draft_they_cannot_open(
    login, editor, german_page, django_capture_on_commit_callbacks
):
    client = login(editor)

    response = submit_translation(client, german_page, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response["Location"] == reverse(
        "wagtailadmin_explore", args=[german_page.get_parent().pk]
    )
    assert german_page.get_translation(locale("en")).live is False
    assert client.get(response["Location"]).status_code == 200


def test_a_moderator_goes_on_into_the_english_draft(
    login, moderator, german_page, django_capture_on_commit_callbacks
):
    response = submit_translation(login(moderator), german_page, django_capture_on_commit_callbacks)

    english = german_page.get_translation(locale("en"))
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[english.pk])
