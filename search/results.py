"""What a search asks and what it finds, shared by the database and Elasticsearch engines."""

from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import MARK_END, MARK_START


@dataclass
class Criteria:
    """What a visitor asked for, already validated."""

    query: str
    language: str
    content_type_ids: list[int] = field(default_factory=list)
    topic: str = ""
    sort: str = "relevance"  # or "date"
    offset: int = 0
    limit: int = 10
    prefix: bool = False  # the last word may be unfinished (autocomplete)
    correct: bool = True  # misspelt words are corrected too ("Did you mean …?")


@dataclass
class Hit:
    page_id: int
    title: str
    content_type_id: int
    date: object
    language: str
    excerpt: str = ""

    @classmethod
    def of_documents(cls, documents) -> list["Hit"]:
        """Hits, without excerpts, for a queryset of search documents (one query)."""
        fields = ("page_id", "title", "content_type_id", "date", "language")
        return [cls(*row) for row in documents.values_list(*fields)]


@dataclass
class Results:
    total: int = 0
    hits: list[Hit] = field(default_factory=list)
    more: bool = False  # True when more pages match than ``total`` counts
    any_word: bool = False  # True when no page had every word and any word was searched
    suggestion: str = ""  # the query with misspelt words corrected ("Did you mean …?")
    synonyms: list[str] = field(default_factory=list)  # names searched for as well
    clauses: list = field(default_factory=list)  # what was searched (``search.analysis``)


def highlight(text: str) -> str:
    """HTML for an excerpt whose matches are wrapped in the private-use marks."""
    html = escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return mark_safe(html)  # noqa: S308 - escaped above, only <mark> added
