"""Which page types refer to a municipality, as each page type declares it
(``profile_section``, see ``home.protocol``), and the pages each municipality gathers from
them. No feature app is imported."""

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from django.db.models import Q

from wagtail.models import Locale, Page, get_page_models

from core.locales import prefer_locale
from core.visibility import visible
from home.protocol import ProfileSection
from taxonomy.models import Municipality


@dataclass(frozen=True)
class Relation:
    """A page type and its section of the profiles: heading, position and the lookups from it
    to ``Municipality`` (direct or through child rows)."""

    model: type[Page]
    section: ProfileSection

    @property
    def label(self) -> str:
        return self.model._meta.label_lower

    @property
    def title(self) -> str:
        return str(self.section.title)

    @property
    def paths(self) -> tuple[str, ...]:
        return self.section.lookups

    def pages(self, locale: Locale):
        """Live, public pages of this type in ``locale``."""
        return visible(self.model.objects.all(), locale)

    def pages_for(self, slug: str, locale: Locale):
        """The pages in ``locale`` that refer to the municipality with ``slug`` (the same in
        every language)."""
        match = Q()
        for path in self.paths:
            match |= Q(**{f"{path}__slug": slug})
        return self.pages(locale).filter(match).distinct().order_by("-first_published_at", "pk")

    def page_ids_by_slug(self, locale: Locale) -> dict[str, set[int]]:
        """Ids of the pages in ``locale`` per municipality slug; one query per lookup path."""
        ids = defaultdict(set)
        for path in self.paths:
            rows = (
                self.pages(locale)
                .filter(**{f"{path}__isnull": False})
                .values_list(f"{path}__slug", "pk")
            )
            for slug, pk in rows:
                ids[slug].add(pk)
        return ids


@cache
def relations() -> tuple[Relation, ...]:
    """Every page type with a profile section, in the sections' order."""
    found = [
        Relation(model, model.profile_section)
        for model in get_page_models()
        if getattr(model, "profile_section", None) is not None
    ]
    return tuple(sorted(found, key=lambda relation: (relation.section.order, relation.label)))


def municipalities(locale: Locale) -> list[Municipality]:
    """Every municipality once, in ``locale`` where translated, else in its own language."""
    every = Municipality.objects.select_related("locale").order_by("pk")
    return sorted(prefer_locale(every, locale).values(), key=lambda m: m.name.casefold())


def municipality_by_slug(slug: str, locale: Locale) -> Municipality | None:
    """The municipality with ``slug`` in ``locale``, else in any language; None if unknown."""
    candidates = Municipality.objects.filter(slug=slug).order_by("pk")
    return next(iter(prefer_locale(candidates, locale).values()), None)
