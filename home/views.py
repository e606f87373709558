"""Admin views of the shared app."""

from django.conf import settings
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail.permissions import page_permission_policy

from . import translation_status


class TranslationStatusView(ReportView):
    """Pages and snippets without an up-to-date translation, with a link to open each."""

    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 100
    list_export = ["title", "kind", "status_label", "edit_url", "action_url"]
    export_headings = {
        "title": _("Title"),
        "kind": _("Type"),
        "status_label": _("Translation"),
        "edit_url": _("Source"),
        "action_url": _("Translation"),
    }

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Title"), url_name=None, get_url=lambda row: row.edit_url),
            Column("kind", label=_("Type")),
            Column("status_label", label=_("Translation")),
            TitleColumn(
                "action_label", label=_("Action"), url_name=None, get_url=lambda row: row.action_url
            ),
        ]

    def get_queryset(self):
        source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        rows = []
        for target in Locale.objects.exclude(pk=source.pk):
            rows += translation_status.page_rows(source, target)
            rows += translation_status.snippet_rows(source, target)
        wanted = self.request.GET.get("status")
        if wanted in translation_status.STATUS_LABELS:
            return [row for row in rows if row.status == wanted]
        return [row for row in rows if row.status != translation_status.CURRENT]
