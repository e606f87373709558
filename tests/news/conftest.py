"""Index pages of news and events in German, and their English translations."""

import pytest

from tests.factories.base import translate_page
from tests.factories.news import EventIndexPageFactory, NewsIndexPageFactory


@pytest.fixture
def news_index(homes):
    return NewsIndexPageFactory(parent=homes["de"])


@pytest.fixture
def english_news_index(news_index):
    return translate_page(
        news_index, "en", title="News", slug="news", intro="<p>News from the portal.</p>"
    )


@pytest.fixture
def event_index(homes):
    return EventIndexPageFactory(parent=homes["de"])


@pytest.fixture
def english_event_index(event_index):
    return translate_page(
        event_index, "en", title="Events", slug="events", intro="<p>Conferences and more.</p>"
    )
