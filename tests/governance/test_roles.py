"""The roles exist on every fresh install and carry exactly their permissions."""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType

from wagtail.models import (
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
)

import pytest

from governance.roles import ROLE_NAMES, ensure_roles
from home.models import Footer, MainMenu

pytestmark = pytest.mark.django_db


def page_grants(group_name: str) -> set[tuple[int, str]]:
    return set(
        GroupPagePermission.objects.filter(group__name=group_name).values_list(
            "page_id", "permission__codename"
        )
    )


def test_the_migrations_create_each_role_once(db):
    for name in ROLE_NAMES:
        assert Group.objects.filter(name=name).count() == 1


def test_granting_the_roles_twice_changes_nothing(site):
    before = GroupPagePermission.objects.count()

    ensure_roles()

    assert GroupPagePermission.objects.count() == before
    assert Group.objects.filter(name__in=ROLE_NAMES).count() == len(ROLE_NAMES)


def test_editors_work_in_the_german_tree_only(site):
    assert page_grants("Editors") == {
        (site["de"].pk, "add_page"),
        (site["de"].pk, "change_page"),
        (site["de"].pk, "lock_page"),
    }


def test_translators_work_in_the_english_tree_only(site):
    assert {page for page, _perm in page_grants("Translators")} == {site["en"].pk}
    assert "publish_page" not in {perm for _page, perm in page_grants("Translators")}


def test_moderators_publish_in_the_whole_site(site):
    root = Page.get_first_root_node()

    assert (root.pk, "publish_page") in page_grants("Moderators")


def test_only_moderators_and_administrators_may_publish(site):
    publishers = set(
        GroupPagePermission.objects.filter(permission__codename="publish_page").values_list(
            "group__name", flat=True
        )
    )

    assert publishers == {"Moderators", "Administrators"}


def test_administrators_may_manage_users(site):
    administrators = Group.objects.get(name="Administrators")

    assert administrators.permissions.filter(codename="change_user").exists()


def test_the_moderation_workflow_covers_all_pages_and_the_site_snippets(site):
    workflow = Workflow.objects.get(name="Moderators approval")

    assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow == workflow
    for model in (MainMenu, Footer):
        content_type = ContentType.objects.get_for_model(model)
        assert WorkflowContentType.objects.get(content_type=content_type).workflow == workflow


def test_the_workflow_is_approved_by_moderators(site):
    task = Workflow.objects.get(name="Moderators approval").tasks.get().specific

    assert [group.name for group in task.groups.all()] == ["Moderators"]
