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

from django.db.models import Q, QuerySet

from wagtail.models import Locale, TranslatableMixin

from .locales import active_locale

T = TypeVar("T", bound=TranslatableMixin)


def localize_terms(terms: Iterable[T], locale: Locale | None = None) -> list[T]:
    """The same terms in ``locale`` (default: the active one), keeping order; a term with no
    translation stays in its own language."""
    locale = locale or active_locale()
    if isinstance(terms, QuerySet) and terms._result_cache is None:
        return _localized_query(terms, locale)
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


def _localized_query(terms: QuerySet, locale: Locale) -> list:
    """The terms' translations in ``locale``, and the terms that have none, in the order of
    the term model, from one query: the terms together with their translations, of which
    Python keeps one per term (a negated EXISTS does the same in SQL, but costs Django
    several times as long to build)."""
    model = terms.model
    candidates = model.objects.filter(
        Q(pk__in=terms.values("pk"))
        | Q(locale=locale, translation_key__in=terms.values("translation_key"))
    )
    if isinstance(terms.query.select_related, dict):
        candidates = candidates.select_related(*_related_names(terms.query.select_related))
    chosen = {}
    for position, term in enumerate(candidates):
        if term.translation_key not in chosen or term.locale_id == locale.pk:
            chosen[term.translation_key] = (position, term)
    return [term for _position, term in sorted(chosen.values(), key=lambda pair: pair[0])]


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
