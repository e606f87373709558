from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    name = "exchange"
    verbose_name = _("Peer-to-peer exchange")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core import handoffs

        from . import cases, personal_data, profiles, retention

        handoffs.registration_received.connect(cases.open_case, dispatch_uid="exchange.open_case")
        handoffs.personal_data_requested.connect(
            personal_data.export, dispatch_uid="exchange.personal_data_export"
        )
        handoffs.personal_data_erased.connect(
            personal_data.erase, dispatch_uid="exchange.personal_data_erase"
        )
        handoffs.profile_panels_requested.connect(
            profiles.profile_panel, dispatch_uid="exchange.profile_panel"
        )
        handoffs.map_marks_requested.connect(profiles.map_marks, dispatch_uid="exchange.map")
        handoffs.retention_due.connect(retention.purge, dispatch_uid="exchange.retention")
