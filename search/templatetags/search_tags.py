"""Template tags for the header's search box."""

from django import template
from django.urls import reverse
from django.utils import translation

from ..views import search_url as _search_url

register = template.Library()


@register.simple_tag
def search_url():
    """The search page in the active language."""
    return _search_url()


@register.simple_tag
def autocomplete_url():
    """The autocomplete endpoint in the active language."""
    language = translation.get_language() or "de"
    name = "search_autocomplete_en" if language == "en" else "search_autocomplete_de"
    return reverse(name)
