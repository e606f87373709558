"""Each role's allowed and forbidden page actions, through the admin's HTTP interface."""

from django.core import mail

from wagtail.models import Page, WorkflowState

import pytest

from tests.factories.home import StandardPageFactory

from .conftest import page_form, refused

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/pages/add/home/standardpage/{parent}/"


def submitted_page(client, parent, slug="neu") -> Page:
    client.post(ADD_URL.format(parent=parent.pk), page_form("Neu", slug, "action-submit"))
    return Page.objects.get(slug=slug, locale=parent.locale)


def test_editors_can_create_a_german_page_and_submit_it_for_moderation(login, editor, site):
    page = submitted_page(login(editor), site["de"])

    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_editors_cannot_publish_a_new_page(login, editor, site):
    login(editor).post(
        ADD_URL.format(parent=site["de"].pk), page_form("Neu", "neu", "action-publish")
    )

    assert not Page.objects.get(slug="neu").live


def test_editors_cannot_publish_changes_to_a_live_page(login, editor, german_page):
    login(editor).post(
        f"/admin/pages/{german_page.pk}/edit/",
        page_form("Geändert", german_page.slug, "action-publish"),
    )

    german_page.refresh_from_db()
    assert german_page.title == "Hitzeschutz"


def test_editors_can_edit_german_pages(login, editor, german_page):
    assert login(editor).get(f"/admin/pages/{german_page.pk}/edit/").status_code == 200


def test_editors_cannot_edit_english_pages(login, editor, english_page):
    response = login(editor).get(f"/admin/pages/{english_page.pk}/edit/")

    assert refused(response)


def test_editors_cannot_change_page_privacy(login, editor, german_page):
    response = login(editor).get(f"/admin/pages/{german_page.pk}/privacy/")

    assert refused(response)


def test_editors_cannot_manage_users(login, editor):
    assert refused(login(editor).get("/admin/users/"))


def test_moderators_can_approve_a_submitted_page_which_then_goes_live(
    client, login, editor, moderator, site
):
    page = submitted_page(login(editor), site["de"])
    task_state = page.current_workflow_state.current_task_state

    login(moderator).post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )

    page.refresh_from_db()
    assert page.live


def test_moderators_can_publish_directly(login, moderator, german_page):
    login(moderator).post(
        f"/admin/pages/{german_page.pk}/edit/",
        page_form("Hitzeschutz neu", german_page.slug, "action-publish"),
    )

    german_page.refresh_from_db()
    assert german_page.title == "Hitzeschutz neu"


def test_editors_cannot_approve_their_own_submission(login, editor, site):
    client = login(editor)
    page = submitted_page(client, site["de"])
    task_state = page.current_workflow_state.current_task_state

    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/")

    page.refresh_from_db()
    assert not page.live


def test_moderators_are_notified_by_email_of_a_submission(login, editor, moderator, site):
    mail.outbox.clear()

    submitted_page(login(editor), site["de"])

    assert [message.to for message in mail.outbox] == [[moderator.email]]


def test_translators_can_edit_english_pages(login, translator, english_page):
    client = login(translator)

    client.post(
        f"/admin/pages/{english_page.pk}/edit/",
        page_form("Heat protection, revised", english_page.slug),
    )

    english_page.refresh_from_db()
    assert english_page.get_latest_revision_as_object().title == "Heat protection, revised"


def test_translators_cannot_edit_german_pages(login, translator, german_page):
    response = login(translator).get(f"/admin/pages/{german_page.pk}/edit/")

    assert refused(response)


def test_translators_cannot_add_german_pages(login, translator, site):
    response = login(translator).get(ADD_URL.format(parent=site["de"].pk))

    assert refused(response)


def test_translators_cannot_publish_english_pages(login, translator, english_page):
    login(translator).post(
        f"/admin/pages/{english_page.pk}/edit/",
        page_form("Published by a translator", english_page.slug, "action-publish"),
    )

    english_page.refresh_from_db()
    assert english_page.title == "Heat protection"


def test_editors_can_lock_a_page_against_other_editors(
    login, editor, german_page, django_user_model
):
    from django.contrib.auth.models import Group

    login(editor).post(f"/admin/pages/{german_page.pk}/lock/")
    german_page.refresh_from_db()
    assert german_page.locked

    colleague = django_user_model.objects.create_user("colleague", "c@example.org", "x" * 14)
    colleague.groups.add(Group.objects.get(name="Editors"))
    login(colleague).post(
        f"/admin/pages/{german_page.pk}/edit/", page_form("Überschrieben", german_page.slug)
    )
    assert german_page.get_latest_revision_as_object().title == "Hitzeschutz"


def test_editors_can_compare_revisions(login, editor, german_page):
    client = login(editor)
    client.post(f"/admin/pages/{german_page.pk}/edit/", page_form("Zweite", german_page.slug))
    first, second = german_page.revisions.order_by("created_at")[:2]

    response = client.get(
        f"/admin/pages/{german_page.pk}/revisions/compare/{first.pk}...{second.pk}/"
    )

    assert response.status_code == 200


def test_moderators_can_see_the_audit_log(login, moderator, german_page):
    response = login(moderator).get("/admin/reports/site-history/")

    assert response.status_code == 200


def test_a_page_created_in_a_sub_tree_inherits_the_editor_rights(login, editor, german_page):
    child = StandardPageFactory(parent=german_page, title="Unterseite")

    assert login(editor).get(f"/admin/pages/{child.pk}/edit/").status_code == 200
