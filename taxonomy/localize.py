"""Show taxonomy terms in the visitor's language.

wagtail-localize copies many-to-many relations unchanged into a translation (it cannot
translate them), so an English page may point at German terms. Pages therefore store terms
language-independently in effect, and every display resolves them to the active locale here:
a queryset of terms in one query (the terms and their translations together), a list in one
query per term model. Slugs are synchronised, so filters by slug need no resolving.
"""

from collections import defaultdict
from collections.abc import Iterable
from functools import wraps
from typing import TypeVar

from django.db.models import Exists, OuterRef, Q, QuerySet

from wagtail.models import Locale, TranslatableMixin

from .locales import active_locale

T = TypeVar("T", bound=TranslatableMixin)


def localize_terms(terms: Iterable[T], locale: Locale | None = None) -> list[T]:
    """The same terms in ``locale`` (default: the active one), keeping order; a term with no
    translation stays in its own language."""
    locale = locale or active_locale()
    if isinstance(terms, QuerySet) and terms._result_cache is None:
        return list(_localized_query(terms, locale))
    terms = list(terms)
    foreign = defaultdict(set)
    for term in terms:
        if term.locale_id != locale.pk:
            foreign[type(term)].add(term.translation_key)
    if not foreign:
        return terms
    translated = {}
    for model, keys in foreign.items():
        for term in model.objects.filter(translation_key__in=keys, locale=locale):
            translated[(model, term.translation_key)] = term
    return [translated.get((type(term), term.translation_key), term) for term in terms]


def localize_term(model: type[T], pk: int | None, locale: Locale | None = None) -> T | None:
    """One term, by its id, in ``locale`` (one query, whatever the term's language)."""
    if pk is None:
        return None
    return next(iter(localize_terms(model.objects.filter(pk=pk), locale)), None)


def _localized_query(terms: QuerySet, locale: Locale) -> QuerySet:
    """The terms' translations in ``locale``, plus the terms that have none, as one query."""
    model = terms.model
    has_translation = model.objects.filter(
        locale=locale, translation_key=OuterRef("translation_key")
    )
    translated = Q(locale=locale, translation_key__in=terms.values("translation_key"))
    untranslated = Q(pk__in=terms.values("pk")) & ~Exists(has_translation)
    localized = model.objects.filter(translated | untranslated)
    if isinstance(terms.query.select_related, dict):
        localized = localized.select_related(*_related_names(terms.query.select_related))
    return localized


def _related_names(tree: dict, prefix: str = "") -> list[str]:
    """``select_related`` names from Django's nested form ({"a": {"b": {}}} -> ["a__b"])."""
    names = []
    for name, below in tree.items():
        names.extend(_related_names(below, f"{prefix}{name}__") if below else [f"{prefix}{name}"])
    return names


def remembered(method):
    """Keep a no-argument method's result on its instance: a page's template and its
    structured data both ask for the same localized terms."""
    name = f"_remembered_{method.__name__}"

    @wraps(method)
    def wrapper(self):
        if name not in self.__dict__:
            self.__dict__[name] = method(self)
        return self.__dict__[name]

    return wrapper
