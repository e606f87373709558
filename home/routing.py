"""Find the page for a URL in one query instead of one per path segment.

Wagtail routes ``/a/b/c/`` by asking the database for the site root's translation, then for each
child by slug, then for every page's specific row, then twice more for view restrictions: ten
queries for a news article before anything is rendered. Here the site root, its translation and
every page that could sit on the path come in one query, then the page found in its specific
type; whether a view restriction applies is read from the restricted paths kept in the cache.
Pages that route their own sub-paths (``RoutablePageMixin`` or a custom ``route``) still decide
those themselves, so the result is the one Wagtail would find.
"""

from django.db.models import Q, Subquery
from django.http import Http404
from django.urls import Resolver404

from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from core import dependencies, memo
from core.locales import active_locale
from core.visibility import is_restricted

from .page_queries import specific_of, with_specific
from .sites import site_for_request

# The pages the router found on the path, with their translations (read by ``home.chrome``).
ROUTE_PAGES = "home.routing.route_pages"
# The served page's ancestors from the localized root down, and the page (``home.breadcrumbs``).
ROUTE_CHAIN = "home.routing.route_chain"


def route_for_request(request, path: str) -> RouteResult | None:
    """What ``Page.route_for_request`` would return, found with two queries: the candidate
    pages, then the served page in its specific type with its image and locale (the site
    comes from ``home.sites``)."""
    site = site_for_request(request)
    if site is None:
        return None
    slugs = [component for component in path.split("/") if component]
    try:
        return _route(request, site, slugs)
    except Http404:
        return None


def _route(request, site: Site, slugs: list[str]) -> RouteResult:
    # Candidates: the site root and every page with a slug of the path at that slug's depth,
    # each with its translations (which hold the root in the visitor's language and what
    # the language switcher links; a root's translations are its siblings, at its depth).
    root_depth = Subquery(Page.objects.filter(pk=site.root_page_id).values("depth"))
    on_route = Q(pk=site.root_page_id)
    for offset, slug in enumerate(slugs, start=1):
        on_route |= Q(slug=slug, depth=root_depth + offset)
    translations = Q(translation_key__in=Page.objects.filter(on_route).values("translation_key"))
    # Every page on the route is among its own translations; "on_route | translations" would
    # give the same rows, but an OR with a subquery makes PostgreSQL read the whole page table.
    candidates = list(Page.objects.filter(translations).order_by("depth"))
    memo.store(ROUTE_PAGES, candidates)
    node = _localized_root(site, candidates)
    chain = [node]
    for index, slug in enumerate(slugs):
        if _claims_sub_path(node, slugs[index:]):
            return _served(chain, request, slugs[index:])
        node = next(
            (
                page
                for page in candidates
                if page.depth == node.depth + 1
                and page.slug == slug
                and page.is_descendant_of(node)
            ),
            None,
        )
        if node is None:
            raise Http404
        chain.append(node)
    return _served(chain, request, [])


def _localized_root(site: Site, candidates: list[Page]) -> Page:
    """The site root in the visitor's language when that translation is live (as
    ``Page.localized`` decides), else the site root itself."""
    locale = active_locale()
    root = next(page for page in candidates if page.pk == site.root_page_id)
    translation = next(
        (
            page
            for page in candidates
            if locale
            and page.locale_id == locale.pk
            and page.translation_key == root.translation_key
            and page.live
        ),
        None,
    )
    return translation or root


def _claims_sub_path(page: Page, remaining: list[str]) -> bool:
    """Whether the page answers the rest of the path itself rather than through a child."""
    page_class = page.specific_class
    if page_class is None:
        return False
    if issubclass(page_class, RoutablePageMixin):
        if not page.live:
            return False
        try:
            page_class.get_resolver().resolve("/" + "/".join(remaining) + "/")
        except Resolver404:
            return False
        return True
    return page_class.route is not Page.route


def _served(chain: list[Page], request, remaining: list[str]) -> RouteResult:
    """Let the last page of the chain finish with its own ``route``, on its specific instance."""
    node = chain[-1]
    memo.store(ROUTE_CHAIN, list(chain))
    # The page shows its ancestors' titles (breadcrumbs) and links its language versions.
    dependencies.record(
        dependencies.page(node.pk),
        dependencies.translation(node.translation_key),
        *(dependencies.card(page.pk) for page in chain[:-1]),
    )
    specific = with_specific(Page.objects.filter(pk=node.pk), models=[node.specific_class]).get()
    result = specific_of(specific).route(request, remaining)
    page = result[0]
    # An alias takes its source's restrictions, which this query did not look at.
    if page.pk == node.pk and not is_restricted(node) and all(p.alias_of_id is None for p in chain):
        # Read by ``BasePage.get_view_restrictions``: nothing to look up for this page.
        page.known_unrestricted = True
    return result


def serve(request, path=""):
    """Wagtail's page view, handed the route found above. Wagtail keeps a request's route in
    ``request._wagtail_route_for_request`` (see ``Page.route_for_request``); filling it first
    means every later lookup of the route in this request reuses it."""
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = route_for_request(request, path)
    return wagtail_views.serve(request, path)
