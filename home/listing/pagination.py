"""Pagination that never fails on bad input: a malformed or out-of-range page number shows the
nearest page that exists, and says so. Works on querysets and on any sequence that knows its
length (search results)."""

from django.core.paginator import EmptyPage, Paginator

from .parameters import Parameters, page_notice

PER_PAGE = 12  # cards per page of a listing


def paginate(items, parameters: Parameters, per_page: int = PER_PAGE, count: int | None = None):
    """(the page of ``items`` asked for or the nearest one, a notice or ""); ``count``: the
    number of ``items`` when it is known already (counted with the facets)."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count  # a cached property: the paginator asks for no COUNT
    asked = parameters.page_number
    try:
        page = paginator.page(asked)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    requested = parameters.raw_page or str(asked)
    moved = parameters.raw_page or page.number != asked
    return page, page_notice(requested, page.number) if moved else ""


def page_query(query: dict, number: int) -> str:
    """``query`` (the current GET parameters) with ``page`` set to ``number``."""
    params = query.copy()
    params["page"] = number
    return params.urlencode()
