"""A listing's GET parameters, read once: the chosen values of each declared facet, the page
number, and a notice for everything that was ignored.

Values are checked in Python against the facet's known values before any query is built, so
unknown or malformed input never reaches the database: it is dropped, and the visitor is told
which value of which filter was ignored. Unknown parameters are ignored silently (they are
tracking tags, old bookmarks, or the page cache's cache busters).
"""

import re
from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# Longer values cannot be slugs or choices; they are rejected without further ado.
MAX_VALUE_LENGTH = 150
# How many ignored values a notice quotes, and how much of each; the rest is elided.
MAX_QUOTED_VALUES = 3
MAX_QUOTED_LENGTH = 40
# ASCII digits only: str.isdigit() accepts "²", which int() rejects, and "٣", which it reads.
PAGE_NUMBER = re.compile(r"[0-9]{1,6}")


def printable(text: str, limit: int = MAX_QUOTED_LENGTH) -> str:
    """``text`` without control or other unprintable characters, cut at ``limit``."""
    shown = "".join(char for char in text if char.isprintable())
    return shown if len(shown) <= limit else shown[:limit] + "…"


@dataclass
class Parameters:
    """The chosen values per facet parameter (in the facet's display order), the requested
    page number, and notices for what was ignored."""

    selections: dict[str, list[str]] = field(default_factory=dict)
    page_number: int = 1
    raw_page: str = ""  # the page number as asked, when it was not a plain number
    notices: list[str] = field(default_factory=list)

    def query_string(self, without: tuple[str, str] | None = None) -> str:
        """The valid selections as a query string, optionally without one (param, value)."""
        pairs = [
            (param, value)
            for param, values in self.selections.items()
            for value in values
            if (param, value) != without
        ]
        return urlencode(pairs)


def parse(params: QueryDict, known: dict[str, dict], facets) -> Parameters:
    """Read ``params`` for ``facets``, whose known values are ``known[param]``."""
    parsed = Parameters()
    for facet in facets:
        chosen, ignored = _choose(params.getlist(facet.param), known[facet.param])
        if chosen:
            # One value for single-choice facets: the last one asked for.
            parsed.selections[facet.param] = chosen if facet.multiple else chosen[-1:]
        if ignored:
            parsed.notices.append(ignored_notice(facet.label, ignored))
    raw_page = (params.get("page") or "").strip()
    if PAGE_NUMBER.fullmatch(raw_page) and int(raw_page) > 0:
        parsed.page_number = int(raw_page)
    elif raw_page:
        parsed.raw_page = raw_page
    return parsed


def _choose(raw_values: list[str], known: dict) -> tuple[list[str], list[str]]:
    """(chosen known values in display order, ignored raw values)."""
    by_lower = {value.lower(): value for value in known}
    chosen, ignored = set(), []
    for raw in raw_values:
        value = raw.strip().lower()
        if not value:
            continue
        if len(value) <= MAX_VALUE_LENGTH and value in by_lower:
            chosen.add(by_lower[value])
        elif raw not in ignored:
            ignored.append(raw)
    return [value for value in known if value in chosen], ignored


def _quote(raw: str) -> str:
    shown = printable(raw)
    return f"“{shown}”" if shown else _("(unreadable value)")


def ignored_notice(label, ignored: list[str]) -> str:
    quoted = ", ".join(_quote(raw) for raw in ignored[:MAX_QUOTED_VALUES])
    if len(ignored) > MAX_QUOTED_VALUES:
        quoted += ", …"
    message = ngettext(
        "%(values)s is not a known value of the filter “%(facet)s”, so it was ignored.",
        "%(values)s are not known values of the filter “%(facet)s”, so they were ignored.",
        len(ignored),
    )
    return message % {"facet": label, "values": quoted}


def page_notice(requested: str, shown: int) -> str:
    return _("There is no page “%(requested)s”; page %(number)s is shown instead.") % {
        "requested": printable(requested, 20),
        "number": shown,
    }
