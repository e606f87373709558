"""The "Needs review" report and "Mark as reviewed"."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import log
from wagtail.models import Locale, Page
from wagtail.permissions import page_permission_policy

import django_filters

from home.models import ReviewedMixin

from . import care

MARK_REVIEWED = "review.mark_reviewed"


class CareFilterSet(django_filters.FilterSet):
    """Filters the report's rows (a list, not a queryset) by reason and language."""

    reason = django_filters.ChoiceFilter(
        label=_("Reason"), choices=list(care.REASONS.items()), empty_label=_("All reasons")
    )
    locale = django_filters.ChoiceFilter(label=_("Language"), empty_label=_("All languages"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["locale"].extra["choices"] = [
            (locale.language_code, locale.get_display_name()) for locale in Locale.objects.all()
        ]

    def filter_queryset(self, rows):
        reason = self.form.cleaned_data.get("reason")
        language = self.form.cleaned_data.get("locale")
        return [
            row
            for row in rows
            if (not reason or row.reason == reason)
            and (not language or row.page.locale.language_code == language)
        ]


def _owner(row) -> str:
    owner = row.page.owner
    return owner.get_full_name() or owner.get_username() if owner else "–"


class NeedsReviewView(ReportView):
    """Pages the user may edit with a due review, a translation behind or a broken link."""

    page_title = _("Needs review")
    header_icon = "time"
    index_url_name = "review_report"
    index_results_url_name = "review_report_results"
    # Editors and Moderators (``governance.roles``) see it; Administrators have every right.
    permission_policy = None
    filterset_class = CareFilterSet
    paginate_by = 100
    list_export = ["title", "kind", "language", "reason_label", "detail_text", "owner", "edit_url"]
    export_headings = {
        "title": _("Title"),
        "kind": _("Type"),
        "language": _("Language"),
        "reason_label": _("Reason"),
        "detail_text": _("What"),
        "owner": _("Owner"),
        "edit_url": _("Edit"),
    }

    def get_filterset_kwargs(self):
        # The rows are a list; the filter set needs a queryset only to be built.
        return {**super().get_filterset_kwargs(), "queryset": Page.objects.none()}

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("review.view_linkproblem"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Title"),
                url_name=None,
                get_url=lambda row: reverse("wagtailadmin_pages:edit", args=[row.page.pk]),
                accessor=lambda row: row.page.get_admin_display_title(),
            ),
            Column(
                "kind",
                label=_("Type"),
                accessor=lambda row: row.page.specific_class.get_verbose_name(),
            ),
            Column(
                "language",
                label=_("Language"),
                accessor=lambda row: row.page.locale.get_display_name(),
            ),
            Column("reason", label=_("Reason"), accessor="reason_label"),
            Column("detail", label=_("What"), accessor="detail_text"),
            Column("owner", label=_("Owner"), accessor=_owner),
            TitleColumn(
                "action",
                label=_("Action"),
                url_name=None,
                accessor=lambda row: (
                    gettext("Mark as reviewed") if row.reason == care.REVIEW_DUE else ""
                ),
                get_url=lambda row: (
                    reverse("review_mark_reviewed", args=[row.page.pk])
                    if row.reason == care.REVIEW_DUE
                    else None
                ),
            ),
        ]

    def get_queryset(self):
        editable = set(
            page_permission_policy.instances_user_has_permission_for(
                self.request.user, "change"
            ).values_list("pk", flat=True)
        )
        return [row for row in care.everything() if row.page.pk in editable]

    def to_row_dict(self, item):
        # The spreadsheet export reads these names off each row.
        return {
            "title": item.page.get_admin_display_title(),
            "kind": item.page.specific_class.get_verbose_name(),
            "language": item.page.locale.get_display_name(),
            "reason_label": item.reason_label,
            "detail_text": item.detail_text,
            "owner": _owner(item),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[item.page.pk]),
        }


def mark_reviewed(request, page_id):
    """GET asks, POST sets today's date as the page's last review: on the page as it is and
    on its latest revision, so publishing a pending draft keeps it. No new revision, so
    nothing bypasses moderation; the page's history records who did it."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, ReviewedMixin):
        raise PermissionDenied
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    back = request.GET.get("next") or request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = ""
    if request.method == "POST":
        today = timezone.localdate()
        page.last_reviewed = today
        # A full save of the live row: the "content changed" signal refreshes what shows it.
        page.save(clean=False)
        revision = page.latest_revision
        if revision is not None:
            revision.content["last_reviewed"] = today.isoformat()
            revision.save(update_fields=["content"])
        log(instance=page, action=MARK_REVIEWED, user=request.user)
        messages.success(
            request,
            _("“%(title)s” marked as reviewed today.") % {"title": page.get_admin_display_title()},
        )
        return redirect(back or reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return TemplateResponse(
        request,
        "review/mark_reviewed.html",
        {
            "page_title": _("Mark as reviewed"),
            "header_title": _("Mark as reviewed"),
            "header_icon": "time",
            "page": page,
            "next": back,
            "interval_days": page.review_interval.days if page.review_interval else None,
        },
    )
