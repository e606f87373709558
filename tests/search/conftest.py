"""Fixtures for search tests: pages with known texts in both languages."""

from wagtail.models import Locale

import pytest

from search.models import SearchSynonym
from tests.factories.base import translate_page
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory, body


def standard_page(parent, title, teaser="", text="", **kwargs):
    """A published standard page with exactly these texts."""
    return StandardPageFactory(
        parent=parent,
        title=title,
        teaser=teaser,
        body=body(text) if text else [],
        **kwargs,
    )


@pytest.fixture
def news_index(homes):
    index = NewsIndexPageFactory(parent=homes["de"])
    return index


@pytest.fixture
def news_index_en(news_index):
    return translate_page(news_index, "en", title="News", slug="news")


@pytest.fixture
def news(news_index):
    """A factory of published German news pages with known text."""

    def make(title, teaser="", text="", **kwargs):
        return NewsPageFactory(
            parent=news_index, title=title, teaser=teaser, body=body(text) if text else [], **kwargs
        )

    return make


@pytest.fixture
def sponge_city(homes):
    """A German page with its English translation, and a synonym group in both languages."""
    german = standard_page(homes["de"], "Checkliste Schwammstadt")
    translate_page(german, "en", title="Sponge-city checklist")
    synonym = SearchSynonym.objects.create(
        terms="Schwammstadt, Schwammstadtprinzip", locale=Locale.objects.get(language_code="de")
    )
    SearchSynonym.objects.create(
        terms="sponge city",
        locale=Locale.objects.get(language_code="en"),
        translation_key=synonym.translation_key,
    )
