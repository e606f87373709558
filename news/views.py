"""Feeds at one fixed address per language, so every page can link them without a lookup."""

from django.http import Http404

from core.locales import active_locale
from core.visibility import visible

from .models import NewsIndexPage


def news_feed(request, kind: str):
    """The RSS or Atom feed of the visitor's language's news index."""
    index = visible(NewsIndexPage.objects.all(), active_locale()).first()
    if index is None:
        raise Http404
    return index.rss_feed(request) if kind == "rss" else index.atom_feed(request)
