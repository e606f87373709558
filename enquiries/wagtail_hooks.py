"""Admin: *Reports → Page feedback*, the visitors' answers to "Was this page useful?" per page."""

from django.contrib.auth.decorators import permission_required
from django.db.models import Count, Max, Q
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from .models import PageFeedback
from .personal_data import PERMISSION, personal_data_view

REPORT_LIMIT = 100
COMMENTS_PER_PAGE = 5


@permission_required("wagtailadmin.access_admin")
def feedback_report(request):
    """Pages with answers, those with the most "No" first, each with its latest comments."""
    rows = list(
        PageFeedback.objects.values("page")
        .annotate(
            yes=Count("pk", filter=Q(useful=True)),
            no=Count("pk", filter=Q(useful=False)),
            last=Max("day"),
        )
        .order_by("-no", "-last")[:REPORT_LIMIT]
    )
    pages = Page.objects.in_bulk([row["page"] for row in rows])
    for row in rows:
        row["page"] = pages.get(row["page"])
        row["comments"] = (
            PageFeedback.objects.filter(page=row["page"])
            .exclude(comment="")
            .order_by("-day", "-pk")[:COMMENTS_PER_PAGE]
        )
    return TemplateResponse(
        request,
        "enquiries/admin/feedback_report.html",
        {
            "page_title": _("Page feedback"),
            "header_title": _("Page feedback"),
            "header_icon": "help",
            "rows": [row for row in rows if row["page"] is not None],
        },
    )


@hooks.register("register_admin_urls")
def register_report_url():
    return [
        path("reports/page-feedback/", feedback_report, name="page_feedback_report"),
        path("personal-data/", personal_data_view, name="personal_data"),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return MenuItem(
        _("Page feedback"), reverse("page_feedback_report"), icon_name="help", order=910
    )


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return PersonalDataMenuItem(
        _("Personal data"), reverse("personal_data"), icon_name="user", order=900
    )
