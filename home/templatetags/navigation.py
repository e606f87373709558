"""Template tags for the site-wide navigation and footer, in the visitor's language."""

from dataclasses import dataclass

from django import template

from wagtail.models import Page

from .. import breadcrumbs as trails
from ..chrome import chrome
from ..site_navigation import site_navigation
from ..structured_data import json_ld_script

register = template.Library()


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    # "page" when it is the current page, "true" when the current page lies below it, else "".
    aria_current: str


def _aria_current(target_path: str, current: Page | None) -> str:
    if not target_path or current is None:
        return ""
    if target_path == current.path:
        return "page"
    # Below the target, unless the target is a home page (every page lies below one).
    below = current.path.startswith(target_path) and len(target_path) > 2 * Page.steplen
    return "true" if below else ""


@register.simple_tag(takes_context=True)
def main_menu(context, current: Page | str | None = None) -> list[MenuItem]:
    """The links of this language's main navigation snippet; without one, the live children
    of the home page marked "show in menus"."""
    current = current if isinstance(current, Page) else None
    request = context.get("request")
    links = site_navigation(request).menu_links
    path = request.path if request is not None else ""
    return [
        MenuItem(
            link.text,
            link.url,
            _aria_current(link.path, current) if link.path else _aria_current_view(link.url, path),
        )
        for link in links
    ]


def _aria_current_view(url: str, path: str) -> str:
    """For a link to a view outside the page tree (the topic overview): by the request path."""
    if not url.startswith("/") or not path:
        return ""
    if url == path:
        return "page"
    # Below it, unless it is a language's root.
    return "true" if path.startswith(url) and url not in {"/", "/en/"} else ""


@register.simple_tag(takes_context=True)
def language_home(context) -> Page | None:
    """The home page in the visitor's language."""
    return chrome(context.get("request"), context.get("page")).home


@register.simple_tag(takes_context=True)
def site_footer(context):
    """This language's footer: the snippet (or None) and its columns of resolved links."""
    return site_navigation(context.get("request"))


@register.simple_tag(takes_context=True)
def header_shortcuts(context) -> list:
    """The header's links to the Leichte Sprache and sign-language pages of this language."""
    return site_navigation(context.get("request")).shortcuts


def _trail(context) -> tuple:
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or not page.pk:
        return None, request, []
    return page, request, trails.trail(page, request)


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The page's breadcrumbs; nothing on a home page or a view without a page."""
    page, _request, crumbs = _trail(context)
    return {"crumbs": crumbs, "current": page.title if page else ""}


@register.simple_tag(takes_context=True)
def breadcrumbs_json_ld(context) -> str:
    """The breadcrumbs as schema.org ``BreadcrumbList``, for the page head."""
    page, request, crumbs = _trail(context)
    return json_ld_script(trails.structured_data(crumbs, page, request)) if crumbs else ""
