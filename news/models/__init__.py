"""Page models of news and events."""

from .events import EventIndexPage, EventPage
from .news import NewsIndexPage, NewsPage

__all__ = ["EventIndexPage", "EventPage", "NewsIndexPage", "NewsPage"]
