import datetime

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from home.models import StandardPage
from news.models import NewsIndexPage, NewsPage
from tests.factories.base import ImageFactory, translate_page
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsPageFactory
from tests.factories.taxonomy import TopicFactory, translate

pytestmark = pytest.mark.django_db


def listed_titles(response) -> list[str]:
    return [page.title for page in response.context["listing"].items]


def test_news_index_can_be_created_below_the_home_page_only(homes):
    standard = StandardPageFactory(parent=homes["de"])

    assert NewsIndexPage.can_create_at(homes["de"])
    assert NewsIndexPage.can_exist_under(homes["de"])
    assert not NewsIndexPage.can_create_at(standard)
    assert not NewsIndexPage.can_exist_under(standard)


def test_home_page_takes_one_news_index_only(homes, news_index):
    assert not NewsIndexPage.can_create_at(homes["de"])


def test_news_index_takes_news_pages_only(news_index):
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
    assert not StandardPage.can_create_at(news_index)


def test_news_index_renders_its_intro_in_german(client, news_index):
    html = client.get(news_index.url).content.decode()

    assert "<h1>Aktuelles</h1>" in html
    assert "Neuigkeiten aus dem Portal." in html


def test_english_news_index_renders_english_fields(client, english_news_index):
    response = client.get("/en/news/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1>News</h1>" in html
    assert "News from the portal." in html
    assert "Neuigkeiten aus dem Portal." not in html


def test_news_are_listed_newest_first(client, news_index):
    NewsPageFactory(parent=news_index, title="Mitte", date=datetime.date(2021, 6, 1))
    NewsPageFactory(parent=news_index, title="Neu", date=datetime.date(2023, 1, 1))
    NewsPageFactory(parent=news_index, title="Alt", date=datetime.date(2019, 12, 10))

    response = client.get(news_index.url)

    assert listed_titles(response) == ["Neu", "Mitte", "Alt"]


def test_drafts_and_private_news_are_not_listed(client, news_index):
    NewsPageFactory(parent=news_index, title="Öffentlich")
    NewsPageFactory(parent=news_index, title="Entwurf", live=False)
    private = NewsPageFactory(parent=news_index, title="Intern")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(news_index.url)

    assert listed_titles(response) == ["Öffentlich"]
    assert "Entwurf" not in response.content.decode()
    assert "Intern" not in response.content.decode()


def test_each_language_lists_its_own_news(client, news_index, english_news_index):
    german = NewsPageFactory(parent=news_index, title="Nur auf Deutsch")
    translated = NewsPageFactory(parent=news_index, title="Übersetzt")
    translate_page(translated, "en", title="Translated", slug="translated")

    german_titles = listed_titles(client.get(news_index.url))
    english_titles = listed_titles(client.get(english_news_index.url))

    assert sorted(german_titles) == sorted([german.title, translated.title])
    assert english_titles == ["Translated"]


def test_news_can_be_filtered_by_topic_slug(client, news_index):
    topic = TopicFactory(name="Klimaanpassung", slug="klimaanpassung")
    NewsPageFactory(parent=news_index, title="Zum Thema", topics=[topic])
    NewsPageFactory(parent=news_index, title="Anderes")

    response = client.get(news_index.url, {"topic": "klimaanpassung"})

    assert listed_titles(response) == ["Zum Thema"]
    assert 'value="klimaanpassung" checked' in response.content.decode()


def test_english_listing_filters_and_names_topics_in_english(
    client, news_index, english_news_index
):
    topic = TopicFactory(name="Klimaanpassung", slug="klimaanpassung")
    translate(topic, name="Climate adaptation")
    page = NewsPageFactory(parent=news_index, title="Zum Thema", topics=[topic])
    translate_page(page, "en", title="On the topic", slug="on-the-topic")
    NewsPageFactory(parent=news_index, title="Anderes")

    response = client.get(english_news_index.url, {"topic": "klimaanpassung"})
    html = response.content.decode()

    assert listed_titles(response) == ["On the topic"]
    assert "Climate adaptation" in html
    assert "Klimaanpassung" not in html


def test_cached_topic_offer_follows_a_newly_published_topic(client, news_index, settings):
    settings.FRAGMENT_CACHE_SECONDS = 600
    cache.clear()
    NewsPageFactory(parent=news_index, topics=[TopicFactory(name="Hitze", slug="hitze")])
    before = client.get(news_index.url).content.decode()

    NewsPageFactory(parent=news_index, topics=[TopicFactory(name="Dürre", slug="duerre")])
    after = client.get(news_index.url, {"page": "1"}).content.decode()

    assert 'value="hitze"' in before and 'value="duerre"' not in before
    assert 'value="hitze"' in after and 'value="duerre"' in after


@pytest.mark.parametrize("value", ["gibt-es-nicht", "<script>", "%00"])
def test_unknown_topic_is_ignored_with_a_notice(client, news_index, value):
    NewsPageFactory(parent=news_index, title="Eins")

    response = client.get(news_index.url, {"topic": value})
    html = response.content.decode()

    assert response.status_code == 200
    assert listed_titles(response) == ["Eins"]
    assert "notice--warning" in html
    assert "<script>" not in html


@pytest.mark.parametrize("value", ["99", "abc", "-1"])
def test_invalid_page_number_shows_a_page_with_a_notice(client, news_index, value):
    NewsPageFactory(parent=news_index, title="Eins")

    response = client.get(news_index.url, {"page": value})

    assert response.status_code == 200
    assert listed_titles(response) == ["Eins"]
    assert "notice--warning" in response.content.decode()


def test_valid_request_shows_no_notice(client, news_index):
    NewsPageFactory(parent=news_index)

    response = client.get(news_index.url, {"page": "1"})

    assert "notice--warning" not in response.content.decode()


def test_listing_is_paginated(client, news_index):
    for day in range(1, 15):
        NewsPageFactory(parent=news_index, date=datetime.date(2022, 3, day))

    first = client.get(news_index.url)
    second = client.get(news_index.url, {"page": 2})

    assert len(listed_titles(first)) == 12
    assert len(listed_titles(second)) == 2
    assert 'rel="next"' in first.content.decode()


def test_listing_query_count_does_not_grow_with_the_number_of_news(client, news_index):
    image = ImageFactory()
    topic = TopicFactory(slug="klimaanpassung")

    def add_news(count):
        for _ in range(count):
            NewsPageFactory(parent=news_index, image=image, topics=[topic])

    def count_queries():
        client.get(news_index.url, {"topic": "klimaanpassung"})  # renditions are made once
        with CaptureQueriesContext(connection) as queries:
            response = client.get(news_index.url, {"topic": "klimaanpassung"})
        assert response.status_code == 200
        return len(queries)

    add_news(5)
    with_five = count_queries()
    add_news(45)
    with_fifty = count_queries()

    assert with_five == with_fifty


def test_listing_items_gives_the_newest_live_news(news_index):
    NewsPageFactory(parent=news_index, title="Alt", date=datetime.date(2020, 1, 1))
    NewsPageFactory(parent=news_index, title="Neu", date=datetime.date(2023, 1, 1))
    NewsPageFactory(parent=news_index, title="Entwurf", date=datetime.date(2023, 6, 1), live=False)
    NewsPageFactory(parent=news_index, title="Mitte", date=datetime.date(2021, 1, 1))

    items = news_index.listing_items(2)

    assert [item.title for item in items] == ["Neu", "Mitte"]
    assert all(isinstance(item, NewsPage) for item in items)


def test_a_warm_listing_asks_no_count_and_a_new_article_counts(client, news_index, settings):
    # The news listing's length is counted with its facets and kept per content generation.
    settings.FRAGMENT_CACHE_SECONDS = 600
    cache.clear()
    for day in range(1, 15):
        NewsPageFactory(parent=news_index, date=datetime.date(2022, 3, day))
    client.get(news_index.url, {"page": 2})

    with CaptureQueriesContext(connection) as warm:
        second = client.get(news_index.url, {"page": 2})
    NewsPageFactory(parent=news_index, date=datetime.date(2022, 2, 1))
    after = client.get(news_index.url, {"page": 2})

    assert not any("COUNT(" in query["sql"].upper() for query in warm.captured_queries)
    assert len(listed_titles(second)) == 2
    assert len(listed_titles(after)) == 3
