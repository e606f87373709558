"""What the portal knows about each of its languages, in one table.

``settings.LANGUAGES`` says which languages there are; this table says how each is searched
(its Snowball stemmer, whether compounds are split) and announced (OpenGraph locale). A
system check (``core.checks``) names a configured language missing here.
"""

from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class Language:
    code: str
    stemmer: str  # a Snowball algorithm (``snowballstemmer``); "" for none
    splits_compounds: bool  # closed compounds ("Klimaanpassung") are split into their parts
    opengraph_locale: str  # OpenGraph wants a territory; the portal's English is British


LANGUAGES = {
    language.code: language
    for language in (
        Language("de", "german", True, "de_DE"),
        Language("en", "english", False, "en_GB"),
    )
}
# Unknown codes are searched without stemming rather than failing.
FALLBACK = Language("", "", False, "")


def language(code: str | None) -> Language:
    """The facts of a language code (a neutral fallback for unknown codes)."""
    return LANGUAGES.get(code or "", FALLBACK)


def codes() -> list[str]:
    """The portal's language codes, the default first (``settings.LANGUAGES`` order)."""
    return [code for code, _name in settings.LANGUAGES]


def other_language(code: str | None) -> str:
    """The portal's other language: the visitor's alternative in a bilingual portal."""
    return next((other for other in codes() if other != code), settings.LANGUAGE_CODE)
