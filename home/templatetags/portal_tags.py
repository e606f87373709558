"""Template helpers shared by every page family: pagination, terms."""

from django import template

from core.locales import localize

from ..pagination import page_query

register = template.Library()


@register.simple_tag(takes_context=True)
def query_for_page(context, number: int) -> str:
    """The current query string with another page number; filters stay as they are."""
    return page_query(context["request"], number)


@register.filter
def localized(terms):
    """Taxonomy terms in the visitor's language."""
    return localize(terms)
