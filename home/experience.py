"""Which pages record what a municipality has worked with, as the page types declare it
(``ProfileSection.experience``, see ``home.protocol``): the tools it used, the projects it ran.

The peer-to-peer registration offers these pages to choose from, and the peer exchange counts
them when it suggests partner cities: a city that used a tool on a hazard another city faces
has something to tell it. Page types are found through Wagtail's registry, never by name; a
page's subjects are the slugs of its topics and climate hazards (slugs are the same in both
languages, and a topic and a hazard on one subject share theirs).
"""

from collections import defaultdict
from dataclasses import dataclass

from wagtail.models import Locale, Page, get_page_models

from core.visibility import visible
from taxonomy.models import Hazard, Topic


@dataclass(frozen=True)
class Experience:
    """A page that names a municipality as one that worked with it, and its subjects."""

    page_id: int
    title: str
    model: type[Page]
    subjects: frozenset[str]

    @property
    def kind(self) -> str:
        """The page type in the visitor's words ("Werkzeug", "Projekt")."""
        return self.model.type_label()


def experience_models() -> list[type[Page]]:
    """Page types whose profile section records experience, in the sections' order."""
    found = [
        model
        for model in get_page_models()
        if getattr(model, "profile_section", None) is not None and model.profile_section.experience
    ]
    return sorted(found, key=lambda model: model.profile_section.order)


def experience_pages(locale: Locale | int):
    """The live, public experience pages of one language (the registration's choices)."""
    models = experience_models()
    if not models:
        return Page.objects.none()
    return visible(Page.objects.type(*models), locale).order_by("title")


def _subject_fields(model: type[Page]) -> list[str]:
    return [
        field.name
        for field in model._meta.get_fields()
        if field.many_to_many and field.related_model in (Topic, Hazard)
    ]


def subjects_of(page_ids) -> dict[int, set[str]]:
    """Topic and hazard slugs per page id, for pages of any experience type."""
    subjects = defaultdict(set)
    ids = set(page_ids)
    for model in experience_models():
        for name in _subject_fields(model):
            rows = model.objects.filter(pk__in=ids, **{f"{name}__isnull": False})
            for pk, slug in rows.values_list("pk", f"{name}__slug"):
                subjects[pk].add(slug)
    return subjects


def experience_by_municipality(locale: Locale | int) -> dict[str, list[Experience]]:
    """Per municipality slug, the live, public experience pages of ``locale`` naming it; a
    query per lookup and subject field, whatever the number of municipalities."""
    by_slug: dict[str, set[int]] = defaultdict(set)
    kinds: dict[int, type[Page]] = {}
    titles: dict[int, str] = {}
    for model in experience_models():
        pages = visible(model.objects.all(), locale)
        for lookup in model.profile_section.lookups:
            rows = pages.filter(**{f"{lookup}__isnull": False}).values_list(
                f"{lookup}__slug", "pk", "title"
            )
            for slug, pk, title in rows:
                by_slug[slug].add(pk)
                kinds[pk], titles[pk] = model, title
    subjects = subjects_of(kinds)
    return {
        slug: [
            Experience(pk, titles[pk], kinds[pk], frozenset(subjects.get(pk, ())))
            for pk in sorted(ids)
        ]
        for slug, ids in by_slug.items()
    }
