"""Show taxonomy terms in the visitor's language.

wagtail-localize copies many-to-many relations unchanged into a translation (it cannot
translate them), so an English page may point at German terms. Pages therefore store terms
language-independently in effect, and every display resolves them to the active locale here,
in one query per term model. Slugs are synchronised, so filters by slug need no resolving.
"""

from collections import defaultdict
from collections.abc import Iterable
from typing import TypeVar

from wagtail.models import Locale, TranslatableMixin

from .locales import active_locale

T = TypeVar("T", bound=TranslatableMixin)


def localize_terms(terms: Iterable[T], locale: Locale | None = None) -> list[T]:
    """The same terms in ``locale`` (default: the active one), keeping order; a term with no
    translation stays in its own language."""
    terms = list(terms)
    locale = locale or active_locale()
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
