"""Admin: a report of popular and zero-result search queries, under Reports, and the search
synonyms editors keep, under Snippets."""

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.db.models import Max, Sum
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import QueryStat, SearchSynonym
from .statistics import OTHER

REPORT_LIMIT = 50
REPORT_MIN_SEARCHES = 2


@permission_required("wagtailadmin.access_admin")
def query_report(request):
    """The most frequent queries and the most frequent queries that found nothing, over the
    days the statistics keep; queries searched only once are left out (a flood of random
    queries would otherwise fill the report)."""
    queries = (
        QueryStat.objects.exclude(query=OTHER)
        .values("query", "language")
        .annotate(
            searches=Sum("searches"),
            zero_results=Sum("zero_results"),
            last_searched=Max("last_searched"),
        )
        .filter(searches__gte=REPORT_MIN_SEARCHES)
    )
    return TemplateResponse(
        request,
        "search/admin/query_report.html",
        {
            "page_title": _("Search queries"),
            "header_title": _("Search queries"),
            "header_icon": "search",
            "popular": queries.order_by("-searches", "query")[:REPORT_LIMIT],
            "zero": queries.filter(zero_results__gt=0).order_by("-zero_results", "query")[
                :REPORT_LIMIT
            ],
            "days": settings.SEARCH_STATISTICS_RETENTION_DAYS,
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


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    list_display = ["__str__"]
    search_fields = ["terms"]
    panels = [FieldPanel("terms")]


register_snippet(SearchSynonymViewSet)
