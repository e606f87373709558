"""The listing engine: one way for every listing (news, events, projects, toolbox; search
reuses its parameters and pagination) to read filters from GET parameters, count, paginate
and hand one ``Listing`` to one filter component.

An index page declares its facets (``facets``) and how to count them (``counting``);
``build_listing`` does the rest.
"""

from .counting import Catalogue, CatalogueCounting, FacetCounts, SqlCounting
from .facets import ChoiceFacet, Facet, MultipleChoiceFacet, StatusFacet, TermFacet
from .listing import (
    ActiveFilter,
    CardLabels,
    FacetState,
    Listing,
    Option,
    build_listing,
    card_labels,
)
from .pagination import PER_PAGE, page_query, paginate
from .parameters import Parameters, parse, printable

__all__ = [
    "PER_PAGE",
    "ActiveFilter",
    "CardLabels",
    "Catalogue",
    "CatalogueCounting",
    "ChoiceFacet",
    "Facet",
    "FacetCounts",
    "FacetState",
    "Listing",
    "MultipleChoiceFacet",
    "Option",
    "Parameters",
    "SqlCounting",
    "StatusFacet",
    "TermFacet",
    "build_listing",
    "card_labels",
    "page_query",
    "paginate",
    "parse",
    "printable",
]
