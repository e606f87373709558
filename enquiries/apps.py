from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnquiriesConfig(AppConfig):
    name = "enquiries"
    verbose_name = _("Enquiries")

    def ready(self):
        from core import handoffs

        from . import mail, personal_data

        handoffs.email_requested.connect(
            mail.queue_requested_email, dispatch_uid="enquiries.outbox"
        )
        handoffs.personal_data_requested.connect(
            personal_data.export, dispatch_uid="enquiries.personal_data_export"
        )
        handoffs.personal_data_erased.connect(
            personal_data.erase, dispatch_uid="enquiries.personal_data_erase"
        )
