"""The main navigation and the footer in the visitor's language, with every page they link
found in one query.

Read through their StreamFields, the two snippets would each fetch their linked pages, and
then fetch those pages' translations. Here the links are read from the stored stream data, and
the linked pages and their translations come together. The result is plain data, so it can be
kept in the cache for every page of a language until content changes. The header's shortcuts
(Leichte Sprache, sign language: page types that declare a ``header_shortcut``) come with one
more query.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language

from wagtail.models import Page, get_page_models
from wagtail.templatetags.wagtailcore_tags import richtext

from core import dependencies
from core.caching import cached_per_generation
from core.locales import active_locale, live_localized_by_id
from core.visibility import visible

from .chrome import chrome
from .models import Footer, MainMenu


@dataclass(frozen=True)
class NavLink:
    text: str
    url: str
    path: str  # the target page's tree path ("" for external links), for aria-current


@dataclass(frozen=True)
class FooterColumn:
    heading: str
    links: list[NavLink]


@dataclass(frozen=True)
class Shortcut:
    """A header link to a page whose type declares a ``header_shortcut``."""

    text: str
    url: str
    path: str
    icon_template: str


@dataclass(frozen=True)
class SiteNavigation:
    menu_links: list[NavLink]
    about_html: str  # the footer's text, rendered ("" without a footer)
    footer_columns: list[FooterColumn] = field(default_factory=list)
    shortcuts: list[Shortcut] = field(default_factory=list)


def site_navigation(request) -> SiteNavigation:
    """This request's navigation and footer. Built with three queries, then kept in the cache
    under the content generation, so any content change rebuilds it."""
    host = request.get_host() if request is not None else ""
    return cached_per_generation(
        f"site-navigation:{get_language()}:{host}", lambda: _build(request)
    )


def _build(request) -> SiteNavigation:
    menu = MainMenu.for_active_locale()
    footer = Footer.for_active_locale()
    menu_raw = [item["value"] for item in menu.links.raw_data] if menu else []
    columns_raw = [
        (column["value"]["heading"], [_list_item(item) for item in column["value"]["links"]])
        for column in (footer.columns.raw_data if footer else [])
    ]
    all_links = [*menu_raw, *(link for _heading, links in columns_raw for link in links)]
    targets = live_localized_by_id({raw["page"] for raw in all_links if raw.get("page")})
    return SiteNavigation(
        menu_links=[_link(raw, targets) for raw in menu_raw if _shown(raw, targets)]
        if menu
        else _menu_fallback(request),
        about_html=richtext(footer.about) if footer and footer.about else "",
        footer_columns=[
            FooterColumn(heading, [_link(raw, targets) for raw in links if _shown(raw, targets)])
            for heading, links in columns_raw
        ],
        shortcuts=_shortcuts(),
    )


def _shortcuts() -> list[Shortcut]:
    """The first live, visible page of every type with a header shortcut, in this language."""
    models = [m for m in get_page_models() if getattr(m, "header_shortcut", None) is not None]
    if not models:
        return []
    types = ContentType.objects.get_for_models(*models, for_concrete_models=False)
    by_type = {types[model].pk: model for model in models}
    pages = visible(
        Page.objects.filter(content_type__in=by_type), active_locale(), listed=models
    ).order_by("path")
    first = {}
    for page in pages:
        first.setdefault(page.content_type_id, page)
    shortcuts = [(by_type[type_id].header_shortcut, page) for type_id, page in first.items()]
    return [
        Shortcut(str(shortcut.label), page.url, page.path, shortcut.icon_template)
        for shortcut, page in sorted(shortcuts, key=lambda pair: pair[0].order)
    ]


def _menu_fallback(request) -> list[NavLink]:
    """Without a navigation snippet: the home page's live children marked "show in menus"."""
    home = chrome(request).home
    if home is None:
        return []
    dependencies.record(dependencies.children(home.path))
    children = visible(home.get_children().in_menu(), listed=())
    return [NavLink(page.title, page.get_url(request), page.path) for page in children]


def _list_item(item):
    """A ListBlock item in the stored data: ``{"type": "item", "value": …}`` or, in data
    written before Wagtail 2.16, the bare value."""
    return item["value"] if isinstance(item, dict) and item.get("type") == "item" else item


def _shown(raw: dict, targets: dict[int, Page]) -> bool:
    """Links to a page need a live target; external links are always shown."""
    return raw["page"] in targets if raw.get("page") else bool(raw.get("external_url"))


def _link(raw: dict, targets: dict[int, Page]) -> NavLink:
    """The link as ``LinkBlock`` shows it: the label, else the page's title or the address."""
    target = targets.get(raw.get("page"))
    external = raw.get("external_url") or ""
    if target is None:
        return NavLink(raw.get("label") or external, external, "")
    return NavLink(raw.get("label") or target.title, target.url, target.path)
