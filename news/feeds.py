"""RSS 2.0 and Atom feeds of the live, public news of one news index (so of one language)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from core.origin import absolute

from .dates import EVENT_TIME_ZONE

FEED_LENGTH = 30  # the newest items; older news stay on the index page


class NewsFeed(Feed):
    """The newest news of one news index page as RSS 2.0."""

    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, index=None):
        # Django reads ``language`` as a plain attribute: the index's language, per request.
        self.language = index.locale.language_code
        return index

    def title(self, index):
        return f"{index.title} – {index.get_site().site_name}"

    def link(self, index):
        return absolute(index.get_url(self.request))

    def description(self, index):
        return index.search_description or _("The latest news from the portal.")

    def feed_url(self, index):
        return absolute(self.request.path)

    def items(self, index):
        return index.news()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # RSS descriptions and Atom summaries are HTML to feed readers; a teaser is text.
        return escape(item.listing_teaser)

    def item_link(self, item):
        return absolute(item.get_url(self.request))

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        # The editor's date at midnight German time; the time of day is not recorded.
        return datetime.datetime.combine(item.date, datetime.time.min, EVENT_TIME_ZONE)

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]


class NewsAtomFeed(NewsFeed):
    """The same news as an Atom feed."""

    feed_type = Atom1Feed
    subtitle = NewsFeed.description
