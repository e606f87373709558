from django.apps import AppConfig
from django.db.models.signals import post_init, post_migrate, pre_save
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = _("Editorial governance")

    def ready(self):
        from .roles import ensure_roles_after_migrate
        from .sanitise import sanitise_fields
        from .translation_dates import date_string_translation_comments
        from .workflow_names import named_models, store_msgid, wrap_on_load

        # Permissions and the home pages only exist once every app has migrated.
        post_migrate.connect(ensure_roles_after_migrate)
        # Every model: rich text assigned by code (imports, StreamField data) is cleaned.
        pre_save.connect(sanitise_fields, dispatch_uid="governance_sanitise_rich_text")
        # Workflow and task names read in the editor's admin language (see workflow_names).
        for model in named_models():
            post_init.connect(wrap_on_load, sender=model, dispatch_uid=f"workflow_name_{model}")
            pre_save.connect(store_msgid, sender=model, dispatch_uid=f"workflow_name_{model}")
        date_string_translation_comments()
