"""The ``Listing``: a filtered, paginated list of pages and everything its template needs. It
is the only contract between listings and templates (``components/listing_*.html``)."""

import hashlib
from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils import translation

from core import dependencies
from core.caching import cached_per_generation
from core.locales import language_code_of

from .. import card_cache
from ..cards import Card, TermLabel
from ..page_queries import prefetch_renditions
from .counting import Catalogue, SqlCounting
from .facets import TermFacet
from .pagination import PER_PAGE, paginate
from .parameters import Parameters, parse


@dataclass(frozen=True)
class Option:
    """One checkbox or radio button: a value, its label, its number of matches."""

    value: str
    label: TermLabel
    count: int
    selected: bool


@dataclass(frozen=True)
class FacetState:
    """A facet as the form shows it: the options worth offering (those with matches and the
    chosen ones) and, for single-choice facets, the count of "All"."""

    param: str
    label: str
    multiple: bool
    options: list[Option]
    total: int

    @property
    def any_selected(self) -> bool:
        return any(option.selected for option in self.options)


@dataclass(frozen=True)
class ActiveFilter:
    """A chosen value, with the query string that removes just this value."""

    facet_label: str
    label: TermLabel
    remove_query: str


@dataclass
class Listing:
    url: str  # the listing's address, without parameters
    page: object  # a paginator page of the matching items
    cards: list[Card]
    facets: list[FacetState] = field(default_factory=list)
    active: list[ActiveFilter] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    query_string: str = ""  # the valid selections, for links that keep them

    @property
    def items(self):
        return self.page.object_list

    @property
    def total(self) -> int:
        return self.page.paginator.count

    @property
    def filtered(self) -> bool:
        return bool(self.active)

    @property
    def offers_filters(self) -> bool:
        return any(facet.options for facet in self.facets)


class CardLabels:
    """The terms a card shows, from a catalogue of the cards' pages: no query per card."""

    def __init__(self, known: dict, catalogue: Catalogue):
        self.known = known
        self.catalogue = catalogue

    def of(self, page, param: str) -> list[TermLabel]:
        values = self.catalogue.values(page.pk, param)
        return [label for value, label in self.known[param].items() if value in values]


def known_values(facets, model, locale_id: int, cache_name: str) -> dict[str, dict]:
    """Every facet's values and labels in the listing's language; the term facets' from one
    union query; kept per content generation."""

    def build():
        # The values come from the listed pages: a new page may bring a new one.
        dependencies.record(dependencies.listing(model))
        with translation.override(language_code_of(locale_id)):
            term_facets = [facet for facet in facets if isinstance(facet, TermFacet)]
            term_rows = {facet.param: [] for facet in term_facets}
            if term_facets:
                queries = [facet.term_rows(model) for facet in term_facets]
                for row in queries[0].union(*queries[1:], all=True):
                    term_rows[row[0]].append(row)
            return {
                facet.param: TermFacet.labels(term_rows[facet.param], locale_id)
                if isinstance(facet, TermFacet)
                else facet.known(model, locale_id)
                for facet in facets
            }

    return cached_per_generation(f"{cache_name}:known:{locale_id}", build)


def card_labels(facets, items, shown, locale_id: int, cache_name: str) -> CardLabels:
    """The labels of the cards of ``shown`` (some of ``items``): their facets' values from one
    union query, kept per content generation for this set of pages."""
    known = known_values(facets, items.model, locale_id, cache_name)
    ids = sorted(page.pk for page in shown)

    def build() -> Catalogue:
        # ``items`` was made (and its listing recorded) before this build collected.
        dependencies.record(dependencies.listing(items.model))
        return Catalogue.build(facets, items.filter(pk__in=ids))

    digest = hashlib.blake2b(repr(ids).encode(), digest_size=12).hexdigest()
    return CardLabels(known, cached_per_generation(f"{cache_name}:labels:{digest}", build))


def build_listing(
    params: QueryDict,
    items,
    facets,
    *,
    locale_id: int,
    cache_name: str,
    labelled: bool = False,
    counts_keep: bool = False,
    url: str,
    per_page: int = PER_PAGE,
) -> Listing:
    """The listing of ``items`` (a queryset in display order) for these GET ``params``.

    ``labelled``: the cards name their facets' terms (``card_labels``); ``counts_keep`` keeps
    the counts per content generation, for listings that change with content alone."""
    known = known_values(facets, items.model, locale_id, cache_name)
    parameters = parse(params, known, facets)
    strategy = SqlCounting(items, facets, known, cache_name if counts_keep else "")
    selections = parameters.selections
    counts = strategy.counts(selections)
    page, page_notice = paginate(strategy.results(selections), parameters, per_page, counts.total)
    shown = list(page.object_list)
    prefetch_renditions(getattr(item, "image", None) for item in shown)
    labels = card_labels(facets, items, shown, locale_id, cache_name) if labelled else None
    cards = [item.card(labels) for item in shown]
    card_cache.prefetch(cards)
    return Listing(
        url=url,
        page=page,
        cards=cards,
        facets=_facet_states(facets, known, counts.by_facet, selections),
        active=_active_filters(facets, known, parameters),
        notices=[*parameters.notices, *([page_notice] if page_notice else [])],
        query_string=parameters.query_string(),
    )


def _facet_states(facets, known, counts, selections) -> list[FacetState]:
    states = []
    for facet in facets:
        chosen = set(selections.get(facet.param, ()))
        by_value = counts[facet.param].by_value
        options = [
            Option(value, label, by_value[value], value in chosen)
            for value, label in known[facet.param].items()
            if by_value[value] or value in chosen or facet.show_empty
        ]
        states.append(
            FacetState(
                facet.param, str(facet.label), facet.multiple, options, counts[facet.param].total
            )
        )
    return states


def _active_filters(facets, known, parameters: Parameters) -> list[ActiveFilter]:
    return [
        ActiveFilter(
            str(facet.label),
            known[facet.param][value],
            parameters.query_string(without=(facet.param, value)),
        )
        for facet in facets
        for value in parameters.selections.get(facet.param, [])
    ]
