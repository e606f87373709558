"""Pages for the open-data tests: German news and events, some translated, one draft and
one private page of each."""

from wagtail.models import PageViewRestriction

import pytest

from tests.factories.base import translate_page
from tests.factories.news import EventIndexPageFactory, NewsIndexPageFactory, NewsPageFactory


def make_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


@pytest.fixture
def news_index(homes):
    return NewsIndexPageFactory(parent=homes["de"])


@pytest.fixture
def english_news_index(news_index):
    return translate_page(news_index, "en", title="News", slug="news")


@pytest.fixture
def event_index(homes):
    return EventIndexPageFactory(parent=homes["de"])


@pytest.fixture
def english_event_index(event_index):
    return translate_page(event_index, "en", title="Events", slug="events")


@pytest.fixture
def news(news_index, english_news_index):
    """A translated article, a German-only one, a draft and a private article."""
    translated = NewsPageFactory(parent=news_index, title="Hitzeschutz", slug="hitzeschutz")
    translate_page(translated, "en", title="Heat protection", slug="heat-protection")
    NewsPageFactory(parent=news_index, title="Nur Deutsch", slug="nur-deutsch")
    NewsPageFactory(parent=news_index, title="Entwurf", slug="entwurf", live=False)
    make_private(NewsPageFactory(parent=news_index, title="Intern", slug="intern"))
    return translated
