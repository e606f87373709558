from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpendataConfig(AppConfig):
    """Visitor services and open data: feeds links, sitemaps, robots.txt, API, exports."""

    name = "opendata"
    verbose_name = _("open data")
