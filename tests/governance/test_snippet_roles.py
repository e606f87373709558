"""Snippet rights through the admin: Translators only touch English snippets; the navigation
and footer go through moderation."""

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from home.models import Footer
from tests.factories.base import locale
from tests.factories.taxonomy import TopicFactory, translate

from .conftest import refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics(site):
    german = TopicFactory(name="Hitze", slug="hitze")
    return {"de": german, "en": translate(german, "en", name="Heat")}


@pytest.fixture
def footers(site):
    return {
        code: Footer.objects.create(locale=locale(code), about=f"<p>{code}</p>")
        for code in ("de", "en")
    }


def footer_form(about: str, action: str | None = None) -> dict:
    data = nested_form_data({"about": rich_text(about), "columns": streamfield([])})
    if action:
        data[action] = action
    return data


def test_translators_can_open_english_terms(login, translator, topics):
    response = login(translator).get(f"/admin/snippets/taxonomy/topic/edit/{topics['en'].pk}/")

    assert response.status_code == 200


def test_translators_are_refused_german_terms(login, translator, topics):
    response = login(translator).get(f"/admin/snippets/taxonomy/topic/edit/{topics['de'].pk}/")

    assert refused(response)


def test_translators_cannot_save_a_german_term(login, translator, topics):
    login(translator).post(
        f"/admin/snippets/taxonomy/topic/edit/{topics['de'].pk}/",
        {"name": "Übersetzt", "slug": "hitze", "description": ""},
    )

    topics["de"].refresh_from_db()
    assert topics["de"].name == "Hitze"


def test_translators_cannot_create_terms(login, translator, site):
    client = login(translator)

    assert refused(client.get("/admin/snippets/taxonomy/topic/add/?locale=en"))
    assert refused(client.get("/admin/snippets/taxonomy/topic/add/?locale=de"))


def test_translators_cannot_delete_terms(login, translator, topics):
    client = login(translator)
    client.post(f"/admin/snippets/taxonomy/topic/delete/{topics['en'].pk}/")

    assert type(topics["en"]).objects.filter(pk=topics["en"].pk).exists()


def test_translators_can_save_the_english_footer_as_a_draft(login, translator, footers):
    login(translator).post(
        f"/admin/snippets/home/footer/edit/{footers['en'].pk}/", footer_form("<p>Revised</p>")
    )

    footers["en"].refresh_from_db()
    draft = footers["en"].get_latest_revision_as_object()
    assert "Revised" in draft.about


def test_translators_are_refused_the_german_footer(login, translator, footers):
    response = login(translator).get(f"/admin/snippets/home/footer/edit/{footers['de'].pk}/")

    assert refused(response)


def test_translators_cannot_publish_the_english_footer(login, translator, footers):
    login(translator).post(
        f"/admin/snippets/home/footer/edit/{footers['en'].pk}/",
        footer_form("<p>Published</p>", "action-publish"),
    )

    footers["en"].refresh_from_db()
    assert footers["en"].about == "<p>en</p>"


def test_editors_can_submit_the_footer_for_moderation(login, editor, footers):
    login(editor).post(
        f"/admin/snippets/home/footer/edit/{footers['de'].pk}/",
        footer_form("<p>Neu</p>", "action-submit"),
    )

    footers["de"].refresh_from_db()
    assert footers["de"].about == "<p>de</p>"  # visitors still see the live version
    assert footers["de"].current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_moderators_can_approve_a_footer_change(login, editor, moderator, footers):
    footer = footers["de"]
    login(editor).post(
        f"/admin/snippets/home/footer/edit/{footer.pk}/", footer_form("<p>Neu</p>", "action-submit")
    )
    task_state = footer.current_workflow_state.current_task_state

    login(moderator).post(
        f"/admin/snippets/home/footer/workflow/action/{footer.pk}/approve/{task_state.pk}/",
        {"comment": ""},
    )

    footer.refresh_from_db()
    assert "Neu" in footer.about


def test_only_the_live_footer_is_shown_to_visitors(footers):
    footers["de"].live = False
    footers["de"].save()

    from django.utils import translation

    with translation.override("de"):
        assert Footer.for_active_locale() is None
