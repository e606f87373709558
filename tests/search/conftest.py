"""Fixtures for search tests: pages with known texts in both languages."""

from django.db import connection

import pytest

from tests.factories.base import translate_page
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory, body

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL only: stemming and umlaut folding need PostgreSQL full-text search",
)
sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite only: tests the simpler word matching"
)


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
