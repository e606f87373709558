"""Template tags for the site-wide navigation."""

from dataclasses import dataclass

from django import template

from wagtail.models import Page, Site

register = template.Library()


@dataclass(frozen=True)
class MenuItem:
    page: Page
    # "page" when it is the current page, "true" when the current page lies below it, else "".
    aria_current: str


@register.simple_tag(takes_context=True)
def main_menu(context, current: Page | str | None = None) -> list[MenuItem]:
    """The live children of the visitor's home page that are marked "show in menus"."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    home = site.root_page.localized
    current = current if isinstance(current, Page) else None
    items = []
    for page in home.get_children().live().public().in_menu().specific().defer_streamfields():
        state = ""
        if current is not None and current.pk == page.pk:
            state = "page"
        elif current is not None and current.path.startswith(page.path):
            state = "true"
        items.append(MenuItem(page=page, aria_current=state))
    return items
