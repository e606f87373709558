"""Template helpers shared by every page family: related content, pagination, terms."""

from django import template

from taxonomy.localize import localize_terms

from ..pagination import page_query
from ..related import related_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def more_on_topic(context, page, limit: int = 4):
    """“Mehr zum Thema” for a page: editors' picks, then pages sharing the most topics (as
    ``TopicPage.get_context`` prepared them for the page being shown)."""
    if context.get("page") is page and "more_on_topic" in context:
        return context["more_on_topic"][:limit]
    return related_pages(page, limit=limit)


@register.simple_tag(takes_context=True)
def query_for_page(context, number: int) -> str:
    """The current query string with another page number; filters stay as they are."""
    return page_query(context["request"], number)


@register.filter
def localized(terms):
    """Taxonomy terms in the visitor's language."""
    return localize_terms(terms)
