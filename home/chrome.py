"""What the header, the footer and the page head of every page share, looked up once per
request: the site, the home page in each language and the page's live translations.

The language switcher, the hreflang links, the logo link, the menu fallback and the
structured data's publisher all read from here. For a routed page the router's query already
brought all of it; other views (search, the sitemap) pay one query. Only visible pages
(``core.visibility``) are linked: a restricted translation's address is never shown.
"""

from dataclasses import dataclass

from django.db.models import Q, Subquery

from wagtail.models import Page, Site

from core import memo
from core.locales import active_locale, language_code_of
from core.visibility import is_visible

from .routing import ROUTE_PAGES
from .sites import site_for_request


@dataclass(frozen=True)
class Chrome:
    site: Site | None
    # Live pages keyed by language code.
    homes: dict[str, Page]
    translations: dict[str, Page]

    @property
    def home(self) -> Page | None:
        """The home page in the visitor's language (the site root when it has no live one)."""
        locale = active_locale()
        code = locale.language_code if locale else None
        if code in self.homes:
            return self.homes[code]
        return self.site.root_page if self.site else None


def chrome(request, page: Page | None = None) -> Chrome:
    """The request's chrome; ``page`` is the page being shown, if any."""
    page = page if isinstance(page, Page) and page.pk else None

    def build() -> Chrome:
        site = site_for_request(request) if request is not None else None
        if site is None:
            site = Site.objects.filter(is_default_site=True).first()
        return _assemble(site, page, _pages_with_translations(site, page))

    return memo.remember(("home.chrome", page.pk if page is not None else None), build)


def _pages_with_translations(site: Site | None, page: Page | None) -> list[Page]:
    """The site root, the page and their translations: those the router already found for
    this request (``home.routing``), else from one query."""
    routed = memo.recall(ROUTE_PAGES)
    if routed is not None and (page is None or any(p.pk == page.pk for p in routed)):
        return routed
    wanted = Q(pk__in=[])
    if site is not None:
        # The root is among its own translations; "pk = root OR key IN (…)" would make
        # PostgreSQL read the whole page table, a key equal to one value reads its index.
        root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
        wanted |= Q(translation_key=Subquery(root_key))
    if page is not None:
        wanted |= Q(translation_key=page.translation_key)
    return list(Page.objects.filter(wanted))


def _assemble(site: Site | None, page: Page | None, pages: list[Page]) -> Chrome:
    root = next((p for p in pages if site is not None and p.pk == site.root_page_id), None)
    homes, translations = {}, {}
    for candidate in pages:
        if not is_visible(candidate):
            continue
        code = language_code_of(candidate.locale_id)
        if root is not None and candidate.translation_key == root.translation_key:
            homes[code] = candidate
        if page is not None and candidate.translation_key == page.translation_key:
            translations[code] = candidate
    if page is not None:
        # The page being shown, live or in preview, with its specific fields loaded.
        translations[language_code_of(page.locale_id)] = page
    return Chrome(site=site, homes=homes, translations=translations)
