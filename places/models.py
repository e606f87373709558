"""The overview of all municipalities and, as its routes, one profile per municipality."""

from dataclasses import dataclass, field

from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page

from core.handoffs import answers, map_marks_requested, profile_panels_requested
from home.models import IndexPage
from home.page_queries import prefetch_renditions
from taxonomy.models import Municipality

from . import geo
from .relations import municipalities, municipality_by_slug, relations


@dataclass(frozen=True)
class Count:
    """How many pages of one section a municipality has."""

    label: str  # the page model's label, e.g. "projects.projectpage"
    title: str
    count: int


@dataclass
class Entry:
    """A municipality in the overview: its profile URL, counts per section, its map point."""

    municipality: Municipality
    url: str
    counts: list[Count]
    point: tuple[float, float] | None
    # What other apps mark on the map and in the list (``core.handoffs.map_marks_requested``).
    marks: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(count.count for count in self.counts)


@dataclass
class StateGroup:
    """The municipalities of one federal state."""

    name: str
    entries: list[Entry] = field(default_factory=list)


class MunicipalityIndexPage(RoutablePageMixin, IndexPage):
    """The municipalities of one language on a map and in a list; ``<slug>/`` is a profile."""

    subpage_types = []

    class Meta:
        verbose_name = _("municipality index page")
        verbose_name_plural = _("municipality index pages")

    def listed_items(self):
        return Page.objects.none()  # profiles are routes, not child pages

    def profile_url(self, slug: str, request=None) -> str:
        base = self.get_url(request) or ""
        return base + self.reverse_subpage("profile", kwargs={"slug": slug})

    def entries(self, request=None) -> list[Entry]:
        """Every municipality with its counts; a constant number of queries."""
        ids = [(relation, relation.page_ids_by_slug(self.locale)) for relation in relations()]
        base = self.get_url(request) or ""
        projection = geo.projection()
        marks: dict[str, list[str]] = {}
        for answer in answers(map_marks_requested, locale=self.locale):
            for slug, label in answer.items():
                marks.setdefault(slug, []).append(label)
        result = []
        for municipality in municipalities(self.locale):
            slug = municipality.slug
            point = None
            if municipality.latitude is not None and municipality.longitude is not None:
                point = projection.point(
                    float(municipality.longitude), float(municipality.latitude)
                )
            result.append(
                Entry(
                    municipality=municipality,
                    url=base + self.reverse_subpage("profile", kwargs={"slug": slug}),
                    counts=[
                        Count(rel.label, rel.title, len(by_slug.get(slug, ())))
                        for rel, by_slug in ids
                    ],
                    point=point,
                    marks=marks.get(slug, []),
                )
            )
        return result

    @staticmethod
    def by_state(entries: list[Entry]) -> list[StateGroup]:
        groups: dict[str, StateGroup] = {}
        for code, label in [*Municipality.FederalState.choices, ("", _("Other regions"))]:
            groups[code] = StateGroup(str(label))
        for entry in entries:
            groups[entry.municipality.federal_state or ""].entries.append(entry)
        return sorted((g for g in groups.values() if g.entries), key=lambda g: g.name.casefold())

    def map_context(self, request) -> dict:
        """The map and the list of municipalities (only the index shows them, not profiles)."""
        entries = self.entries(request)
        mapped = [entry for entry in entries if entry.point]
        for entry, point in zip(mapped, geo.spread([entry.point for entry in mapped]), strict=True):
            entry.point = point
        return {
            "entries": entries,
            "mapped": mapped,
            "marks": sorted({mark for entry in entries for mark in entry.marks}),
            "states": self.by_state(entries),
            "map": {
                "view_box": geo.view_box(),
                "outline": geo.outline_path(),
                "point_radius": geo.POINT_RADIUS,
            },
        }

    @path("", name="index")
    def index_view(self, request):
        return self.render(request, context_overrides=self.map_context(request))

    @re_path(r"^(?P<slug>[-\w]+)/$", name="profile")
    def profile_view(self, request, slug: str):
        municipality = municipality_by_slug(slug, self.locale)
        if municipality is None:
            raise Http404("Unknown municipality")
        sections = []
        for relation in relations():
            pages = list(relation.pages_for(slug, self.locale).select_related("image"))
            if pages:
                sections.append({"label": relation.label, "title": relation.title, "pages": pages})
        prefetch_renditions(page.image for section in sections for page in section["pages"])
        # Parts that are not pages (the peer exchange's participation) come first.
        panels = answers(profile_panels_requested, municipality=municipality, locale=self.locale)
        return self.render(
            request,
            template="places/municipality_profile.html",
            context_overrides={
                "municipality": municipality,
                "sections": sections,
                "panels": sorted(panels, key=lambda panel: panel.order),
            },
        )
