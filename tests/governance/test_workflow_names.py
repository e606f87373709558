"""The moderators' workflow and its task keep their stored English name and read in the
admin language that is active (governance/workflow_names.py)."""

from django.utils import translation

from wagtail.models import Task, Workflow

import pytest

from governance.roles import WORKFLOW_NAME

pytestmark = pytest.mark.django_db


def test_the_workflow_and_its_task_read_in_the_active_language(site):
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    task = workflow.tasks.get().specific

    with translation.override("de"):
        assert str(workflow.name) == str(task.name) == "Moderationsfreigabe"
        # Wagtail's own menus and messages format the name with % (its gettext strings).
        wagtail_style = "In %(name)s" % {"name": workflow.name}  # noqa: UP031
        assert wagtail_style == f"In {workflow.name}" == "In Moderationsfreigabe"
    with translation.override("en"):
        assert str(workflow.name) == "Moderators approval"
    assert workflow.name == WORKFLOW_NAME  # compared and looked up as stored


def test_a_name_saved_as_its_translation_is_stored_as_the_msgid(site):
    task = Task.objects.get(name=WORKFLOW_NAME)
    task.name = "Moderationsfreigabe"  # what the German workflow form shows and sends back
    task.save()

    assert Task.objects.filter(name=WORKFLOW_NAME).values_list("name", flat=True).get() == (
        WORKFLOW_NAME
    )


def test_names_administrators_create_read_as_written(site):
    Workflow.objects.create(name="Rechtsprüfung")

    workflow = Workflow.objects.get(name="Rechtsprüfung")
    with translation.override("en"):
        assert type(workflow.name) is str
        assert str(workflow.name) == "Rechtsprüfung"
