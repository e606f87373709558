"""What every page type tells the cross-type features about itself.

Listings, "Mehr zum Thema", search, the open data, municipality profiles and the structured
data work over every page model through these hooks on ``BasePage``, never by naming a
feature app. A page type declares what applies to it:

- its card (``card``, ``listing_kicker``, ``listing_meta``) and its kind in the visitor's
  words (``type_label``);
- search: the kind of page a result is and the filter it is found under (``search_type``),
  whether it is a navigational page that comes up only when nothing else matches
  (``navigational``), and the date a result shows (``search_date``);
- structured data (``structured_data``) and the OpenGraph type (``og_type``);
- the open data: a dataset (``open_data``) and one row per page (``open_data_row``);
- municipality profiles: a section (``profile_section``) with the lookups to municipalities;
- the header: a link with a pictogram on every page of the language (``header_shortcut``),
  for the pages BITV 2.0 asks to be reached from everywhere (Leichte Sprache, sign language);
- editorial care: how long an editor's review holds (``review_interval``, with the
  ``last_reviewed`` field of ``home.models.ReviewedMixin``).

``home.checks`` names a page type that declares a feature but misses its hook.
"""

from dataclasses import dataclass

from django.utils.functional import Promise

# Columns every open-data row starts with (``BasePage.open_data_row``).
OPEN_DATA_COLUMNS = ("id", "language", "title", "url", "teaser", "topics", "last_published_at")


@dataclass(frozen=True)
class OpenDataset:
    """A page type's open dataset: its address, its description and its columns."""

    slug: str
    title: Promise
    description: Promise
    order: tuple[str, ...]
    columns: tuple[str, ...]

    @property
    def all_columns(self) -> tuple[str, ...]:
        return (*OPEN_DATA_COLUMNS, *self.columns)


@dataclass(frozen=True)
class SearchType:
    """A kind of page as search names it: the filter's value (``?type=news``), one of them
    (a result's label: "Veranstaltung"), many of them (the filter's label: "Veranstaltungen")
    and its place in the filter."""

    value: str
    name: Promise
    plural: Promise
    order: int
    # What a result of this kind says while its date lies ahead ("bevorstehend"), if anything.
    upcoming: Promise | None = None


@dataclass(frozen=True)
class ProfileSection:
    """A section of the municipality profiles: its heading, its place among the sections, and
    the lookups from the page type to ``taxonomy.Municipality`` (direct or through child
    rows, e.g. ``partners__municipality``). ``experience``: a municipality named by such a page
    has worked with what it describes (a tool it used, a project it ran), which the peer
    exchange offers at registration and counts when it suggests partners."""

    title: Promise
    order: int
    lookups: tuple[str, ...]
    experience: bool = False


@dataclass(frozen=True)
class HeaderShortcut:
    """A link the header shows on every page of a language while a live page of the type
    exists there: its label (the recognised name, "Leichte Sprache"), the template of its
    pictogram (an inline SVG, ``aria-hidden``) and its place among the shortcuts."""

    label: Promise
    icon_template: str
    order: int
