"""Template tags for the site-wide navigation and footer, in the visitor's language."""

from dataclasses import dataclass

from django import template

from wagtail.models import Page, Site

from taxonomy.locales import localized_pages

from ..blocks import resolve_links
from ..models import Footer, MainMenu

register = template.Library()


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    # "page" when it is the current page, "true" when the current page lies below it, else "".
    aria_current: str


def _aria_current(target: Page | None, current: Page | None) -> str:
    if target is None or current is None:
        return ""
    if target.pk == current.pk:
        return "page"
    return "true" if current.path.startswith(target.path) and target.depth > 2 else ""


@register.simple_tag(takes_context=True)
def main_menu(context, current: Page | str | None = None) -> list[MenuItem]:
    """The links of this language's main navigation snippet; without one, the live children
    of the home page marked "show in menus"."""
    current = current if isinstance(current, Page) else None
    menu = MainMenu.for_active_locale()
    if menu is not None:
        items = []
        resolve_links(block.value for block in menu.links)
        for block in menu.links:
            target = block.value.target_page()
            if target is not None and not target.live:
                continue
            items.append(
                MenuItem(block.value.link_text(), block.value.url(), _aria_current(target, current))
            )
        return items
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    home = localized_pages([site.root_page])[site.root_page_id]
    children = home.get_children().live().public().in_menu()
    return [MenuItem(page.title, page.url, _aria_current(page, current)) for page in children]


@register.simple_tag(takes_context=True)
def language_home(context) -> Page | None:
    """The home page in the visitor's language."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    return localized_pages([site.root_page])[site.root_page_id]


@register.simple_tag
def site_footer():
    """This language's footer snippet, or None, with its links resolved in one go."""
    footer = Footer.for_active_locale()
    if footer is not None:
        resolve_links(link for column in footer.columns for link in column.value["links"])
    return footer
