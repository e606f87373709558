"""Which page types refer to a municipality, found through the apps registry rather than by
importing the feature apps, and the pages each municipality gathers from them."""

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.db.models import Q

from wagtail.models import Locale, Page

from core.visibility import visible
from taxonomy.models import Municipality

# Sections of a profile in this order (model labels); other page types follow by name.
PREFERRED_ORDER = ["projects.projectpage", "toolbox.toolpage", "news.eventpage", "news.newspage"]


@dataclass(frozen=True)
class Relation:
    """A page type and the lookups from it to ``Municipality`` (direct or through child rows)."""

    model: type[Page]
    paths: tuple[str, ...]

    @property
    def label(self) -> str:
        return self.model._meta.label_lower

    @property
    def verbose_name_plural(self) -> str:
        return self.model._meta.verbose_name_plural

    def pages(self, locale: Locale):
        """Live, public pages of this type in ``locale``."""
        return visible(self.model.objects.all(), locale)

    def pages_for(self, slug: str, locale: Locale):
        """The pages in ``locale`` that refer to the municipality with ``slug`` (in any language,
        because wagtail-localize copies term relations unchanged into translations)."""
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


def _paths(model) -> tuple[str, ...]:
    paths = []
    for field in model._meta.get_fields():
        if field.related_model is Municipality and field.concrete:
            paths.append(field.name)  # a foreign key or many-to-many field on the page
        elif field.one_to_many and field.auto_created and field.related_model is not None:
            child = field.related_model
            if issubclass(child, Page):
                continue
            paths += [
                f"{field.name}__{child_field.name}"
                for child_field in child._meta.get_fields()
                if child_field.related_model is Municipality and child_field.many_to_one
            ]
    return tuple(paths)


@cache
def relations() -> tuple[Relation, ...]:
    """Every concrete page type that refers to municipalities, in profile order."""
    found = [
        Relation(model, paths)
        for model in apps.get_models()
        if issubclass(model, Page) and (paths := _paths(model))
    ]

    def position(relation):
        label = relation.label
        rank = PREFERRED_ORDER.index(label) if label in PREFERRED_ORDER else len(PREFERRED_ORDER)
        return rank, label

    return tuple(sorted(found, key=position))


def municipalities(locale: Locale) -> list[Municipality]:
    """Every municipality once, in ``locale`` where translated, else in its own language."""
    chosen = {}
    for municipality in Municipality.objects.select_related("locale").order_by("pk"):
        key = municipality.translation_key
        if key not in chosen or municipality.locale_id == locale.pk:
            chosen[key] = municipality
    return sorted(chosen.values(), key=lambda m: m.name.casefold())


def municipality_by_slug(slug: str, locale: Locale) -> Municipality | None:
    """The municipality with ``slug`` in ``locale``, else in any language; None if unknown."""
    candidates = Municipality.objects.filter(slug=slug).order_by("pk")
    return next((m for m in candidates if m.locale_id == locale.pk), None) or candidates.first()
