from django.apps import AppConfig
from django.db.models.signals import post_migrate, pre_save
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = _("Editorial governance")

    def ready(self):
        from .roles import ensure_roles_after_migrate
        from .sanitise import sanitise_fields

        # Permissions and the home pages only exist once every app has migrated.
        post_migrate.connect(ensure_roles_after_migrate)
        # Every model: rich text assigned by code (imports, StreamField data) is cleaned.
        pre_save.connect(sanitise_fields, dispatch_uid="governance_sanitise_rich_text")
