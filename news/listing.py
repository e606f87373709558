"""Listings of news and events: the queryset, filters from plain GET parameters and the
notices for values that were ignored. Works without JavaScript and never fails on bad input."""

from dataclasses import dataclass, field

from django.db.models import QuerySet

from core.caching import cached_per_generation
from core.locales import localize
from core.visibility import visible
from home.page_queries import prefetch_renditions
from home.pagination import paginate
from taxonomy.models import Topic


def listed_children(model, index_page) -> QuerySet:
    """Live, public pages of ``model`` below ``index_page`` (so in its language), prepared for
    cards: the query count does not grow with the number of items."""
    return visible(model.objects.child_of(index_page)).defer_streamfields().select_related("image")


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass
class Facet:
    """One filter: a GET parameter, its options, and the value the visitor asked for.

    ``value`` is the accepted value (or ""), ``rejected`` a value that is not an option and
    was therefore ignored."""

    param: str
    legend: str
    options: list[Option]
    lookup: str
    value: str = ""
    rejected: str = ""

    def read(self, request) -> "Facet":
        raw = request.GET.get(self.param, "").strip()
        if raw in {option.value for option in self.options}:
            self.value = raw
        elif raw:
            self.rejected = raw
        return self

    def apply(self, items: QuerySet) -> QuerySet:
        if not self.value:
            return items
        items = items.filter(**{self.lookup: self.value})
        # A many-to-many lookup may repeat a page.
        return items.distinct() if "__" in self.lookup else items


def choice_facet(request, param: str, legend, choices, lookup: str) -> Facet:
    """A filter over a model field with choices."""
    options = [Option(str(value), str(label)) for value, label in choices]
    return Facet(param, str(legend), options, lookup).read(request)


def topic_facet(request, items: QuerySet, locale, legend, cache_name: str = "") -> Facet:
    """A filter by topic slug, offering the topics the listed pages use, named in the
    listing's language (an English page may still point at German terms). With a
    ``cache_name``, the offer is kept until content next changes: only for listings that
    change with content alone, not with the date."""

    def used_topics() -> list[tuple[str, str]]:
        query_name = items.model._meta.get_field("topics").related_query_name()
        used = Topic.objects.filter(**{f"{query_name}__in": items.values("pk")}).distinct()
        names = {term.slug: term.name for term in localize(used, locale)}
        return sorted(names.items(), key=lambda pair: pair[1].casefold())

    topics = cached_per_generation(cache_name, used_topics) if cache_name else used_topics()
    options = [Option(slug, name) for slug, name in topics]
    return Facet("topic", str(legend), options, "topics__slug").read(request)


@dataclass
class Listing:
    """A filtered, paginated listing and everything its template needs."""

    page_obj: object
    facets: list[Facet] = field(default_factory=list)
    page_notice: str = ""

    @property
    def items(self):
        return self.page_obj.object_list

    @property
    def rejected(self) -> list[Facet]:
        return [facet for facet in self.facets if facet.rejected]

    @property
    def filtered(self) -> bool:
        return any(facet.value for facet in self.facets)

    @property
    def offers_filters(self) -> bool:
        return any(facet.options for facet in self.facets)


def build_listing(request, items: QuerySet, facets: list[Facet], per_page: int) -> Listing:
    for facet in facets:
        items = facet.apply(items)
    page_obj = paginate(request, items, per_page)
    prefetch_renditions(item.image for item in page_obj.object_list)
    requested = request.GET.get("page", "").strip()
    # paginate() shows the nearest valid page for a bad number; say so rather than hide it.
    page_notice = requested if requested and requested != str(page_obj.number) else ""
    return Listing(page_obj=page_obj, facets=facets, page_notice=page_notice)
