"""A page as a card: what every listing, home section, profile and "Mehr zum Thema" shows of
it, in one shape, rendered by ``components/card.html``.

Each page type fills its card through ``BasePage.card``: the line above the title (its kind:
an event's type, a project's status, a tool's type), the line below it (dates, place,
duration) and, for tools, a details line and tags. Terms on cards are ``TermLabel``s, a
term's name in the listing's language, taken from a listing's catalogue where there is one,
so that a page of cards costs no query per card.
"""

from dataclasses import dataclass, field

from core import dependencies


@dataclass(frozen=True)
class TermLabel:
    """A term as a card or a filter names it: its value (slug), name and, when that differs
    from the page's, the language of the name (for ``lang`` attributes)."""

    value: str
    name: str
    lang: str = ""

    def __str__(self):
        return self.name


@dataclass(frozen=True)
class CardDetail:
    """A labelled line of a card, e.g. "Phases: planning, implementation"."""

    label: str
    terms: tuple[TermLabel, ...]


@dataclass(frozen=True)
class Card:
    page: object  # the specific page: title, URL, image and teaser come from it
    kicker: str = ""
    meta: str = ""
    details: tuple[CardDetail, ...] = ()
    tags: tuple[TermLabel, ...] = field(default_factory=tuple)
    tags_label: str = ""  # names the tag list for screen readers

    def __post_init__(self):
        # What shows the card changes with the page (``core.dependencies``).
        dependencies.record(dependencies.card(self.page.pk))
