"""Admin: a report of popular and zero-result search queries, under Reports."""

from django.contrib.auth.decorators import permission_required
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .models import QueryStat

REPORT_LIMIT = 50


@permission_required("wagtailadmin.access_admin")
def query_report(request):
    """The most frequent queries and the most frequent queries that found nothing."""
    return TemplateResponse(
        request,
        "search/admin/query_report.html",
        {
            "page_title": _("Search queries"),
            "header_title": _("Search queries"),
            "header_icon": "search",
            "popular": QueryStat.objects.order_by("-searches", "query")[:REPORT_LIMIT],
            "zero": QueryStat.objects.filter(zero_results__gt=0).order_by("-zero_results", "query")[
                :REPORT_LIMIT
            ],
        },
    )


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("reports/search-queries/", query_report, name="search_query_report")]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return MenuItem(
        _("Search queries"), reverse("search_query_report"), icon_name="search", order=900
    )
