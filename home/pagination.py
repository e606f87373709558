"""Pagination that never fails on bad input: a missing, malformed or out-of-range page
number shows the nearest valid page instead of an error."""

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator

DEFAULT_PER_PAGE = 12


def paginate(request, items, per_page: int = DEFAULT_PER_PAGE) -> PaginatorPage:
    """The requested page of ``items`` (``?page=N``); invalid numbers fall back gracefully."""
    paginator = Paginator(items, per_page)
    return paginator.get_page(request.GET.get("page"))


def page_query(request, number: int) -> str:
    """The current query string with ``page`` set to ``number`` (filters are kept)."""
    params = request.GET.copy()
    params["page"] = number
    return params.urlencode()
