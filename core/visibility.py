"""The one rule for what visitors may see: a page is visible when it is live and neither it
nor an ancestor carries a view restriction (login, groups). Listings add "in this language".

The same rule as a queryset filter (``visible``), a page predicate (``is_visible``) and the
SQL condition raw queries need (``visible_sql``). Wagtail's own ``.public()`` loads every view
restriction of the site on each call; here the restricted paths are kept per content
generation, so a privacy change made by any process applies on the next request.
"""

from django.db.models import Q

from wagtail.models import Locale, Page, PageViewRestriction

from . import dependencies
from .caching import cached_per_generation


def restricted_paths() -> tuple[str, ...]:
    """Tree paths of the pages that carry a view restriction (there are few)."""
    return cached_per_generation("restricted-paths", _load_restricted_paths)


def _load_restricted_paths() -> tuple[str, ...]:
    return tuple(sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))))


def is_restricted(page: Page) -> bool:
    """Whether a restriction sits on the page or an ancestor (alias sources aside)."""
    return any(page.path.startswith(path) for path in restricted_paths())


def is_visible(page: Page) -> bool:
    return page.live and not is_restricted(page)


def visible(queryset, locale: Locale | int | None = None, listed=None):
    """The live, unrestricted pages of ``queryset``, in ``locale`` when given. What is
    built from them depends on every change that can add or remove one of them or change
    their order (``core.dependencies``): of the queryset's model, or of the ``listed`` models
    when the caller knows better (a query over ``Page`` for a few types; none for pages
    chosen by id, whose callers record what chose them)."""
    for model in (queryset.model,) if listed is None else listed:
        dependencies.record(dependencies.listing(model))
    below_restriction = Q()
    for path in restricted_paths():
        below_restriction |= Q(path__startswith=path)
    queryset = queryset.filter(live=True)
    if below_restriction:
        queryset = queryset.exclude(below_restriction)
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset


def visible_sql(page_alias: str) -> str:
    """The rule as a SQL condition on the ``wagtailcore_page`` row ``page_alias`` (no
    parameters; ``%%`` because it goes into a query with parameters)."""
    # No value goes into it; the alias is the caller's own.
    return (
        f"{page_alias}.live AND NOT EXISTS (SELECT 1 FROM wagtailcore_pageviewrestriction vr "  # noqa: S608
        f"JOIN wagtailcore_page vp ON vp.id = vr.page_id WHERE {page_alias}.path LIKE vp.path || '%%')"
    )
