from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from ops.page_cache import register_parameters

        from . import signals, statistics  # noqa: F401  (statistics count cached searches)

        signals.connect()
        register_parameters("q", "type", "topic", "sort", "page")
