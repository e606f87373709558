from django.apps import AppConfig
from django.core.management import call_command
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def create_cache_tables(using="default", **kwargs) -> None:
    """``migrate`` also creates the table of a database cache (production without Redis);
    ``createcachetable`` does nothing for other caches or when the table exists."""
    call_command("createcachetable", database=using, verbosity=0)


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, signals  # noqa: F401  (registers the checks)

        signals.connect()
        post_migrate.connect(create_cache_tables, sender=self)
