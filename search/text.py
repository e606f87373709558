"""Text normalisation shared by indexing and querying, so ä/ae, ö/oe, ü/ue and ß/ss meet."""

import re
import unicodedata

MAX_TERMS = 10  # longer queries are cut: more terms only slow the query down
MAX_TERM_LENGTH = 40
# Letters and digits only: no underscore, no query syntax, no control characters.
WORD = re.compile(r"[^\W_]+")
GERMAN_DIGRAPHS = re.compile(r"(?<=[a-z])(ae|oe|ue)")
# Control characters and the private-use marks the excerpts use for highlighting.
CONTROL = re.compile(r"[\x00-\x1f\x7f\ue000\ue001]")
MARK_START, MARK_END = "\ue000", "\ue001"


def fold(text: str) -> str:
    """Lower case without diacritics: "Straße" -> "strasse", "Städte" -> "stadte"."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in text if not unicodedata.combining(char))


def normalise(text: str, language: str) -> str:
    """The form documents and queries are matched in; German also folds ae/oe/ue."""
    text = fold(text)
    if language == "de":
        # "Staedte" and "Städte" must meet; both sides go through this, so it stays consistent.
        text = GERMAN_DIGRAPHS.sub(lambda match: match.group(1)[0], text)
    return text


def clean(text: str) -> str:
    """Plain text safe to store and to show: no control characters, single spaces."""
    return " ".join(CONTROL.sub(" ", text or "").split())


def terms(query: str, language: str) -> list[str]:
    """The normalised search terms of a query; query syntax and punctuation are ignored."""
    words = WORD.findall(normalise(query or "", language))
    return [word[:MAX_TERM_LENGTH] for word in words][:MAX_TERMS]
