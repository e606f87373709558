"""The listing engine: one way for every listing (news, events, projects, toolbox; search
reuses its parameters and pagination) to read filters from GET parameters, count, paginate
and hand one ``Listing`` to one filter component.

An index page declares its facets (``IndexPage.listing_facets``) and whether its cards name
their terms (``IndexPage.labelled_cards``); ``build_listing`` does the rest.
"""

from .facets import ChoiceFacet, MultipleChoiceFacet, StatusFacet, TermFacet
from .listing import Listing, build_listing, card_labels
from .pagination import page_query, paginate
from .parameters import parse

__all__ = [
    "ChoiceFacet",
    "Listing",
    "MultipleChoiceFacet",
    "StatusFacet",
    "TermFacet",
    "build_listing",
    "card_labels",
    "page_query",
    "paginate",
    "parse",
]
