"""Where the language switch (and hreflang) leads: the same thing in the other language.

A page leads to its translation, with the sub-route the visitor is on (the events archive, a
municipality profile: their paths are the same in every language). A view outside the page
tree (search, the sitemap, open data) leads to the same view under the other language's
prefix; views named per language (``search_de`` / ``search_en``) to their counterpart. Either
way the query string goes along (the search, the filters: their values are slugs shared by
both languages), except the page number, which differs when the other language has more or
fewer items.
"""

from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.http import urlencode

from core.languages import codes

UNTRANSLATED_PARAM = "untranslated"
NOT_KEPT = {"page", UNTRANSLATED_PARAM}
PAGE_VIEW = "wagtail_serve"


def kept_query(request) -> str:
    """The request's query string as the other language's address should carry it."""
    if request is None:
        return ""
    pairs = [
        (name, value)
        for name, values in request.GET.lists()
        if name not in NOT_KEPT
        for value in values
    ]
    return f"?{urlencode(pairs)}" if pairs else ""


def sub_route(request, page) -> str:
    """The routable page's sub-route the request is on (``archive/``), or ""."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not match.url_name or not hasattr(page, "reverse_subpage"):
        return ""
    try:
        return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)
    except NoReverseMatch:
        return ""


def view_in_language(request, code: str) -> str | None:
    """The address of the request's view outside the page tree in ``code``, or None."""
    match = getattr(request, "resolver_match", None)
    if match is None or not match.url_name or match.url_name == PAGE_VIEW:
        return None
    name = match.view_name
    base, _, suffix = name.rpartition("_")
    if base and suffix in codes():  # named per language: search_de ↔ search_en
        name = f"{base}_{code}"
    with translation.override(code):
        try:
            return reverse(name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return None
