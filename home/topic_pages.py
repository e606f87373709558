"""Topic pages: everything the portal holds on one topic or climate hazard, across page types.

``/themen/<slug>/`` and ``/en/topics/<slug>/`` show a term's introduction (its description,
edited with the term in the admin) and its pages: news, upcoming events, projects, tools (each
kind in the visitor's words, ``search_type``), then the municipalities those pages name. Page
types are found through the registry by their many-to-many fields to the term's model, so no
feature app is named; terms are matched by translation key, since a translated page may still
point at the source language's terms (``core.locales``). Slugs are the same in both languages;
where a topic and a hazard share one, the topic is shown.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import ManyToManyField
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from wagtail.models import Page

from core.caching import ProcessTable
from core.locales import locale_for
from core.visibility import visible
from taxonomy.models import Hazard, Municipality, Topic

from .breadcrumbs import Crumb
from .page_queries import prefetch_renditions, specific_of, with_specific

TERM_MODELS = (Topic, Hazard)
PER_KIND = 12


@dataclass
class Section:
    """The pages of one kind on the topic ("Veranstaltungen": only upcoming ones)."""

    kind: object  # a ``SearchType``
    pages: list = field(default_factory=list)


def _reverse(name: str, language: str | None, **kwargs) -> str:
    """The view named per language (``topic_de`` / ``topic_en``) under that language's prefix."""
    language = language or translation.get_language() or "de"
    with translation.override(language):
        return reverse(f"{name}_{language}", kwargs=kwargs)


def topic_url(slug: str, language: str | None = None) -> str:
    return _reverse("topic", language, slug=slug)


def topic_index_url(language: str | None = None) -> str:
    return _reverse("topics", language)


_terms = ProcessTable("home.topic-terms")


def terms_in(language: str) -> list:
    """Every topic and hazard in a language, topics first, by name (kept per process until
    content changes: the search page asks on every search)."""
    locale = locale_for(language)
    return _terms.get(
        language,
        lambda: [term for model in TERM_MODELS for term in model.objects.filter(locale=locale)],
    )


def find_term(slug: str, language: str):
    """The topic (else the hazard) with this slug in a language, or None."""
    return next((term for term in terms_in(language) if term.slug == slug), None)


def _relations(model, target) -> list[ManyToManyField]:
    return [
        relation
        for relation in model._meta.get_fields()
        if relation.many_to_many and not relation.auto_created and relation.related_model is target
    ]


def _page_models() -> list[type[Page]]:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and not model._meta.abstract
    ]


def pages_on(term, language: str) -> list:
    """The live, public pages of ``language`` tagged with ``term``, in their specific types."""
    locale = locale_for(language)
    ids, models = set(), []
    for model in _page_models():
        for relation in _relations(model, type(term)):
            models.append(model)
            through = relation.remote_field.through
            source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
            ids.update(
                through.objects.filter(
                    **{
                        f"{target}__translation_key": term.translation_key,
                        f"{source}__live": True,
                        f"{source}__locale": locale,
                    }
                ).values_list(source, flat=True)
            )
    found = with_specific(visible(Page.objects.filter(pk__in=ids)), models=models)
    pages = [specific_of(page) for page in found]
    prefetch_renditions(getattr(page, "image", None) for page in pages)
    return pages


def sections(pages) -> list[Section]:
    """The pages by kind, in the kinds' declared order: newest first, upcoming events soonest
    first and past ones left out; at most ``PER_KIND`` each."""
    today = timezone.localdate()
    by_kind: dict = {}
    for page in pages:
        if getattr(page, "navigational", False):
            continue
        by_kind.setdefault(page.search_type, []).append(page)
    result = []
    for kind in sorted(by_kind, key=lambda kind: kind.order):
        dated = [(page.search_date(), page) for page in by_kind[kind]]
        if kind.upcoming:
            chosen = sorted(
                ((date, page) for date, page in dated if date and date >= today),
                key=lambda item: item[0],
            )
        else:
            chosen = sorted(dated, key=lambda item: item[0] or today, reverse=True)
        if chosen:
            result.append(Section(kind, [page for _date, page in chosen[:PER_KIND]]))
    return result


def municipalities_of(pages) -> list:
    """The municipalities the pages (all in the visitor's language, and so their terms,
    ``taxonomy.localize``) name, by name."""
    found = {}
    for page in pages:
        for relation in _relations(type(page), Municipality):
            for municipality in getattr(page, relation.name).all():
                found.setdefault(municipality.pk, municipality)
    return sorted(found.values(), key=lambda m: m.name)


def _canonical(request, name: str, **kwargs):
    """A redirect to the address of this language (``/en/themen/`` -> ``/en/topics/``), or None."""
    canonical = _reverse(name, None, **kwargs)
    return None if request.path == canonical else redirect(canonical)


@require_GET
def topic_index(request):
    if wrong := _canonical(request, "topics"):
        return wrong
    language = translation.get_language() or "de"
    entries = [(term, topic_url(term.slug, language)) for term in terms_in(language)]
    groups = [
        (_("Topics"), [entry for entry in entries if isinstance(entry[0], Topic)]),
        (_("Climate hazards"), [entry for entry in entries if isinstance(entry[0], Hazard)]),
    ]
    return TemplateResponse(request, "home/topic_index.html", {"groups": groups})


@require_GET
def topic_detail(request, slug: str):
    if wrong := _canonical(request, "topic", slug=slug):
        return wrong
    language = translation.get_language() or "de"
    term = find_term(slug, language)
    if term is None:
        raise Http404
    pages = pages_on(term, language)
    return TemplateResponse(
        request,
        "home/topic_page.html",
        {
            "term": term,
            "is_hazard": isinstance(term, Hazard),
            "sections": sections(pages),
            "municipalities": municipalities_of(pages),
            "index_url": topic_index_url(language),
            "crumbs": [
                Crumb(_("Home"), reverse("wagtail_serve", args=[""])),
                Crumb(_("Topics"), topic_index_url(language)),
            ],
        },
    )
