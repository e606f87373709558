"""The editorial roles (groups) and their permissions, granted idempotently.

The groups come from this app's data migration; their permissions are granted here, after
``migrate`` (``post_migrate``) and by ``load_demo``, because Django creates permission rows and
the site creates its home pages only after the migrations have run.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import (
    PAGE_PERMISSION_CODENAMES,
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
)

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"
ADMINISTRATORS = "Administrators"
ROLE_NAMES = [EDITORS, MODERATORS, TRANSLATORS, ADMINISTRATORS]
TRANSLATOR_LANGUAGE = "en"
WORKFLOW_NAME = "Moderators approval"

# Page permissions per role; the tree they apply to is decided in ``_page_roots``.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "lock_page"],
    MODERATORS: PAGE_PERMISSION_CODENAMES,
    TRANSLATORS: ["add_page", "change_page", "lock_page"],
    ADMINISTRATORS: PAGE_PERMISSION_CODENAMES,
}
MEDIA_PERMISSIONS = {
    EDITORS: ["add", "change", "choose"],
    MODERATORS: ["add", "change", "choose", "delete"],
    TRANSLATORS: ["choose"],
    ADMINISTRATORS: ["add", "change", "choose", "delete"],
}
# Snippets editors look after; Translators may only change (English ones, see wagtail_hooks).
SNIPPET_APPS = ["taxonomy"]
SNIPPET_MODELS = [("home", "mainmenu"), ("home", "footer")]
SNIPPET_PERMISSIONS = {
    EDITORS: ["add", "change", "delete"],
    MODERATORS: ["add", "change", "delete", "publish"],
    TRANSLATORS: ["change"],
}
# Every role works in the admin; Editors and Moderators may start translations.
MODEL_PERMISSIONS = {
    EDITORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        # The "Needs review" report (README: Editorial care).
        "review.view_linkproblem",
    ],
    MODERATORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "review.view_linkproblem",
        # The peer exchange's cases and the personal data behind them (README: Peer exchange).
        "exchange.view_participant",
        "exchange.change_participant",
        "enquiries.manage_personal_data",
    ],
    TRANSLATORS: ["wagtailadmin.access_admin"],
}
# Models whose changes go through the moderation workflow (see README: snippet moderation).
MODERATED_SNIPPETS = [("home", "mainmenu"), ("home", "footer")]


def ensure_roles_after_migrate(sender, **kwargs):
    """``post_migrate`` receiver: complete the roles once the last app has its permissions."""
    if sender is list(apps.get_app_configs())[-1]:
        ensure_roles()


@transaction.atomic
def ensure_roles() -> dict[str, Group]:
    """Create the four groups if missing and grant each exactly its permissions."""
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLE_NAMES}
    _grant_model_permissions(groups)
    _grant_page_permissions(groups)
    _grant_media_permissions(groups)
    _assign_workflow()
    return groups


def _permissions(labels: list[str]) -> list[Permission]:
    result = []
    for label in labels:
        app_label, codename = label.split(".")
        result.extend(
            Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        )
    return result


def _snippet_permissions(actions: list[str]) -> list[Permission]:
    models = [m for app in SNIPPET_APPS for m in apps.get_app_config(app).get_models()]
    models += [apps.get_model(app, name) for app, name in SNIPPET_MODELS]
    labels = []
    for model in models:
        for action in actions:
            codename = f"{action}_{model._meta.model_name}"
            labels.append(f"{model._meta.app_label}.{codename}")
    return _permissions(labels)


def _grant_model_permissions(groups: dict[str, Group]) -> None:
    for name in (EDITORS, MODERATORS, TRANSLATORS):
        wanted = [
            *_permissions(MODEL_PERMISSIONS[name]),
            *_snippet_permissions(SNIPPET_PERMISSIONS[name]),
        ]
        # Media rights are granted per collection below, never site-wide.
        groups[name].permissions.set(wanted)
    # Administrators manage everything, including users and groups, without being superusers.
    groups[ADMINISTRATORS].permissions.set(Permission.objects.all())


def _page_roots() -> dict[str, list[Page]]:
    """Editors work in the German tree, Translators in the English one; Moderators and
    Administrators in the whole site, so they can approve and publish both languages."""
    root = Page.get_first_root_node()
    # Wagtail's placeholder "Welcome" page (plain Page type) is not a home page.
    placeholder = ContentType.objects.get_for_model(Page)
    homes = {
        page.locale.language_code: page
        for page in Page.objects.filter(depth=2)
        .exclude(content_type=placeholder)
        .select_related("locale")
    }
    default = homes.get(settings.LANGUAGE_CODE)
    english = homes.get(TRANSLATOR_LANGUAGE)
    return {
        EDITORS: [default] if default else [],
        TRANSLATORS: [english] if english else [],
        MODERATORS: [root] if root else [],
        ADMINISTRATORS: [root] if root else [],
    }


def _grant_page_permissions(groups: dict[str, Group]) -> None:
    for name, pages in _page_roots().items():
        wanted = {
            (page.pk, perm.pk)
            for page in pages
            for perm in _permissions([f"wagtailcore.{c}" for c in PAGE_PERMISSIONS[name]])
        }
        existing = GroupPagePermission.objects.filter(group=groups[name])
        # Drop grants elsewhere (e.g. Wagtail's default Editors grant on the root page).
        for grant in existing:
            if (grant.page_id, grant.permission_id) not in wanted:
                grant.delete()
        for page_id, perm_id in wanted:
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page_id=page_id, permission_id=perm_id
            )


def _grant_media_permissions(groups: dict[str, Group]) -> None:
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for name, actions in MEDIA_PERMISSIONS.items():
        wanted = []
        for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
            wanted += _permissions([f"{app_label}.{action}_{model}" for action in actions])
        GroupCollectionPermission.objects.filter(group=groups[name], collection=root).exclude(
            permission__in=wanted
        ).delete()
        for perm in wanted:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name], collection=root, permission=perm
            )


def _assign_workflow() -> None:
    """Wagtail's default "Moderators approval" workflow for every page and moderated snippet."""
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    root = Page.get_first_root_node()
    if workflow is None or root is None:
        return
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    for app_label, model in MODERATED_SNIPPETS:
        content_type = ContentType.objects.get_for_model(apps.get_model(app_label, model))
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )
