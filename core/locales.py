"""Languages as Wagtail stores them (``Locale``), and objects in the visitor's language.

Wagtail's ``Locale.get_active()`` and ``page.localized`` ask the database on every use; a page
that links twenty pages would ask twenty times. Here the locales are a process table
(``core.caching``), and translations of many objects come with one query.

Pages hold the terms of their own language (``taxonomy.localize``). Content that is not
translated, such as a city's exchange cases, holds terms of one language and is shown in both:
``localize`` shows translatable objects in a language, and ``prefer_locale`` is the one rule
for "this object in this language, else as it is".
"""

from collections import defaultdict
from collections.abc import Iterable
from typing import TypeVar

from django.db.models import Q, QuerySet
from django.utils import translation

from wagtail.models import Locale, Page, TranslatableMixin

from .caching import ProcessTable

T = TypeVar("T", bound=TranslatableMixin)

_locales = ProcessTable("locales")


def _by_code() -> dict[str, Locale]:
    return _locales.get("by-code", lambda: {loc.language_code: loc for loc in Locale.objects.all()})


def locale_for(language_code: str | None) -> Locale | None:
    return _by_code().get(language_code or "")


def language_code_of(locale_id: int | None) -> str | None:
    """The language code of a locale id, from the same table."""
    return next((code for code, loc in _by_code().items() if loc.pk == locale_id), None)


def active_locale() -> Locale | None:
    """The Locale of the language being shown."""
    return locale_for(translation.get_language())


def _locale_id(locale: Locale | int | None) -> int | None:
    locale = locale if locale is not None else active_locale()
    return locale if isinstance(locale, int) or locale is None else locale.pk


def prefer_locale(objects: Iterable[T], locale: Locale | int | None, key=None) -> dict:
    """Per translation key (or ``key(obj)``), the object in ``locale`` where one is among
    ``objects``, else the first one met; in the order of the chosen objects."""
    locale_id = _locale_id(locale)
    key = key or (lambda obj: obj.translation_key)
    chosen = {}
    for position, obj in enumerate(objects):
        found = key(obj)
        if found not in chosen or (
            obj.locale_id == locale_id and chosen[found][1].locale_id != locale_id
        ):
            chosen[found] = (position, obj)
    ordered = sorted(chosen.items(), key=lambda item: item[1][0])
    return {found: obj for found, (_position, obj) in ordered}


def localize(objects: Iterable[T], locale: Locale | int | None = None) -> list[T]:
    """The same objects in ``locale`` (default: the active one), keeping their order; an
    object with no translation stays in its own language. A queryset costs one query (the
    objects and their translations together), a list one query per model."""
    locale_id = _locale_id(locale)
    if isinstance(objects, QuerySet) and objects._result_cache is None:
        return _localized_query(objects, locale_id)
    objects = list(objects)
    foreign = defaultdict(set)
    for obj in objects:
        if obj.locale_id != locale_id:
            foreign[type(obj)].add(obj.translation_key)
    if not foreign:
        return objects
    translated = {}
    for model, keys in foreign.items():
        for obj in model.objects.filter(translation_key__in=keys, locale_id=locale_id):
            translated[(model, obj.translation_key)] = obj
    return [translated.get((type(obj), obj.translation_key), obj) for obj in objects]


def _localized_query(objects: QuerySet, locale_id: int | None) -> list:
    """Translations in ``locale_id`` and the objects that have none, in the queryset's
    model order, from one query (the objects together with their translations; a negated
    EXISTS does the same in SQL but costs Django several times as long to build)."""
    model = objects.model
    candidates = model.objects.filter(
        Q(pk__in=objects.values("pk"))
        | Q(locale_id=locale_id, translation_key__in=objects.values("translation_key"))
    )
    if isinstance(objects.query.select_related, dict):
        candidates = candidates.select_related(*_related_names(objects.query.select_related))
    return list(prefer_locale(candidates, locale_id).values())


def _related_names(tree: dict, prefix: str = "") -> list[str]:
    """``select_related`` names from Django's nested form ({"a": {"b": {}}} -> ["a__b"])."""
    names = []
    for name, below in tree.items():
        names.extend(_related_names(below, f"{prefix}{name}__") if below else [f"{prefix}{name}"])
    return names


def localized_pages(pages, locale: Locale | int | None = None) -> dict[int, Page]:
    """Each page's live translation in ``locale`` (default: the visitor's), in one query,
    keyed by the original page's id; pages without one map to themselves."""
    pages = [page for page in pages if page is not None]
    locale_id = _locale_id(locale)
    if locale_id is None:
        return {page.pk: page for page in pages}
    foreign = {page.translation_key for page in pages if page.locale_id != locale_id}
    translations = {}
    if foreign:
        found = Page.objects.filter(translation_key__in=foreign, locale_id=locale_id).live()
        translations = {page.translation_key: page for page in found}
    return {
        page.pk: page
        if page.locale_id == locale_id
        else translations.get(page.translation_key, page)
        for page in pages
    }


def live_localized_by_id(page_ids: set[int]) -> dict[int, Page]:
    """Each page's live version in the visitor's language, by id, from one query: its
    translation when that is live, else the page itself when live. Pages with neither are
    left out."""
    if not page_ids:
        return {}
    locale_id = _locale_id(None)
    linked = Page.objects.filter(pk__in=page_ids).values("translation_key")
    found = list(
        Page.objects.filter(Q(pk__in=page_ids) | Q(locale_id=locale_id, translation_key__in=linked))
    )
    translated = {p.translation_key: p for p in found if p.locale_id == locale_id and p.live}
    targets = {}
    for page in found:
        if page.pk in page_ids:
            target = translated.get(page.translation_key) or (page if page.live else None)
            if target is not None:
                targets[page.pk] = target
    return targets
