"""Synonyms across the two languages: the taxonomy's term names and editors' synonym groups.

A topic, hazard or other term is named in German and in English ("Schwammstadt" / "Sponge
city"), so a query for one name also finds the pages of the visitor's language that use the
other. Editors add groups of their own in the admin (*Snippets → Search synonyms*,
``SearchSynonym``, translated like a term): every word or phrase of a group and of its
translation finds the others. A search in one language adds only that language's names, so
what the results page says it also searched for is in the visitor's language. The table is
kept per process and language until content next changes (``core.caching``).
"""

from collections import defaultdict

from django.apps import apps

from core.caching import ProcessTable
from taxonomy.models import Term

from .analysis import surface
from .models import SearchSynonym
from .text import WORD

MAX_PHRASE_WORDS = 4
_table = ProcessTable("search.synonyms")


def key(text: str) -> tuple[str, ...]:
    """A word or phrase as the synonym table looks it up: its folded words."""
    return tuple(surface(word) for word in WORD.findall(text))


def _groups() -> list[list[tuple[str, str]]]:
    """Every group of names for one thing, as (language, name): a term and its translations,
    a synonym group and its translations."""
    by_key = defaultdict(list)
    for model in apps.get_models():
        if issubclass(model, Term) and not model._meta.abstract:
            rows = model.objects.values_list("translation_key", "locale__language_code", "name")
            for translation_key, language, name in rows:
                by_key[(model, translation_key)].append((language, name))
    for group in SearchSynonym.objects.select_related("locale"):
        for member in group.members():
            by_key[(SearchSynonym, group.translation_key)].append(
                (group.locale.language_code, member)
            )
    return [names for names in by_key.values() if len({key(name) for _, name in names}) > 1]


def _build(language: str) -> dict[tuple[str, ...], list[str]]:
    table = defaultdict(list)
    for group in _groups():
        for _, name in group:
            found = key(name)
            if not found or len(found) > MAX_PHRASE_WORDS:
                continue
            for other_language, other in group:
                wanted = other_language == language and key(other) not in (found, ())
                if wanted and other not in table[found]:
                    table[found].append(other)
    return dict(table)


def synonyms(language: str) -> dict[tuple[str, ...], list[str]]:
    """Folded word or phrase -> the names a search in ``language`` adds for it."""
    return _table.get(language, lambda: _build(language))
