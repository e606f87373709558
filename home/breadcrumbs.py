"""Breadcrumbs: where a page sits, from the home page down, for people and as schema.org
``BreadcrumbList``.

The router already walked the path from the home page to the served page
(``home.routing.ROUTE_CHAIN``), so the trail costs no query; a page rendered another way
(a preview) asks for its ancestors once.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from wagtail.models import Page

from core import memo
from core.origin import absolute
from core.visibility import is_visible

from .routing import ROUTE_CHAIN


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str


def trail(page: Page, request) -> list[Crumb]:
    """The crumbs above ``page``, from its language's home page (shown as "Home") down to its
    parent; empty for a home page. Worked out once per request (the head and the body ask)."""
    return memo.remember(("home.breadcrumbs", page.pk), lambda: _trail(page, request))


def _trail(page: Page, request) -> list[Crumb]:
    chain = memo.recall(ROUTE_CHAIN)
    if not chain or chain[-1].pk != page.pk:
        chain = [*page.get_ancestors().filter(depth__gt=1), page]
    ancestors = [node for node in chain[:-1] if node.depth > 1]
    crumbs = []
    for index, node in enumerate(ancestors):
        url = node.get_url(request) if is_visible(node) else None
        if url:
            crumbs.append(Crumb(_("Home") if index == 0 else node.title, url))
    return crumbs


def structured_data(crumbs: list[Crumb], page: Page, request) -> dict:
    """The trail and the page as schema.org ``BreadcrumbList``, with absolute URLs."""
    items = [*crumbs, Crumb(page.title, page.get_url(request) or "")]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": absolute(crumb.url),
            }
            for position, crumb in enumerate(items, start=1)
        ],
    }
