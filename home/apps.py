from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and shared content")

    def ready(self):
        from . import checks  # noqa: F401  (registers the page-type protocol check)
