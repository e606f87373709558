"""Template helpers shared by every page family: pagination, terms."""

from django import template
from django.utils.safestring import mark_safe

from wagtail.models import Page

from governance.sanitise import safe_url

from .. import discussions, related, topic_pages
from ..card_cache import render_card
from ..listing import page_query

register = template.Library()


@register.simple_tag(takes_context=True)
def card(context, card, kicker=""):
    """A page's card (``home.cards.Card``), rendered once for every list that shows it."""
    return mark_safe(render_card(card, kicker, context.get("request")))  # noqa: S308


@register.simple_tag(takes_context=True)
def query_for_page(context, number: int) -> str:
    """The current query string with another page number; filters stay as they are."""
    return page_query(context["request"].GET, number)


@register.filter
def page_numbers(page_obj) -> list:
    """The page numbers to link: the first, the last and two on each side of the current
    one; 0 marks a gap (hundreds of pages never become hundreds of links)."""
    numbers = page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    return [number if isinstance(number, int) else 0 for number in numbers]


@register.filter
def documents(files) -> list:
    """The documents of a list or of a StreamField of document blocks, without empty ones
    (a document deleted since)."""
    values = [getattr(item, "value", item) for item in files or []]
    return [document for document in values if document is not None]


@register.filter(name="safe_url")
def safe_url_filter(url: str) -> str:
    """An address editors or an import entered, emptied when it is not one a link may point
    at (``javascript:``, ``data:``): for fields saved before such addresses were refused."""
    return safe_url(url)


@register.simple_tag
def page_topics(page) -> list:
    """The page's topics in the visitor's language (once per request, ``home.related``)."""
    return related.page_topics(page)


@register.filter
def topic_url(term) -> str:
    """The topic page of a topic or hazard (or a card's ``TermLabel`` of one, whose value is
    the slug) in the visitor's language."""
    return topic_pages.topic_url(getattr(term, "slug", None) or term.value)


@register.inclusion_tag("components/discussed_at.html")
def discussed_at(page) -> dict:
    """ "Discussed at": the events that discussed this page (nothing for a view without one)."""
    return {"events": discussions.events_discussing(page) if isinstance(page, Page) else []}


@register.simple_tag
def discussed_pages(event) -> list:
    """The pages an event discussed, in its language."""
    return discussions.discussed_pages(event)
