"""“Mehr zum Thema”: picks first, then pages of any type sharing the most topics."""

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest

from home.related import related_pages
from tests.factories.base import translate_page
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.factories.projects import ProjectIndexPageFactory, ProjectPageFactory
from tests.factories.taxonomy import TopicFactory, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexes(homes):
    return {
        "news": NewsIndexPageFactory(parent=homes["de"]),
        "projects": ProjectIndexPageFactory(parent=homes["de"]),
    }


@pytest.fixture
def topics(homes):
    return [TopicFactory(name=name) for name in ("Hitze", "Starkregen", "Digitalisierung")]


def test_pages_sharing_more_topics_come_first_across_page_types(indexes, topics):
    heat, rain, digital = topics
    page = NewsPageFactory(parent=indexes["news"], topics=[heat, rain, digital])
    one = NewsPageFactory(parent=indexes["news"], title="Eins", topics=[heat])
    three = ProjectPageFactory(
        parent=indexes["projects"], title="Drei", topics=[heat, rain, digital]
    )
    two = NewsPageFactory(parent=indexes["news"], title="Zwei", topics=[rain, digital])
    NewsPageFactory(parent=indexes["news"], title="Ohne", topics=[])

    assert related_pages(page) == [three, two, one]


def test_editors_picks_come_before_topic_matches(indexes, topics):
    heat = topics[0]
    match = NewsPageFactory(parent=indexes["news"], title="Passt", topics=[heat])
    pick = ProjectPageFactory(parent=indexes["projects"], title="Ausgewählt", topics=[])
    page = NewsPageFactory(parent=indexes["news"], topics=[heat], related_pages=[("page", pick)])

    assert related_pages(page) == [pick, match]


def test_at_most_four_pages_are_related(indexes, topics):
    page = NewsPageFactory(parent=indexes["news"], topics=topics)
    for number in range(6):
        NewsPageFactory(parent=indexes["news"], title=f"Nr {number}", topics=topics)

    assert len(related_pages(page)) == 4


def test_drafts_and_private_pages_are_never_related(indexes, topics):
    from wagtail.models import PageViewRestriction

    page = NewsPageFactory(parent=indexes["news"], topics=topics)
    NewsPageFactory(parent=indexes["news"], title="Entwurf", topics=topics, live=False)
    private = NewsPageFactory(parent=indexes["news"], title="Intern", topics=topics)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert related_pages(page) == []


def test_related_pages_stay_in_the_pages_language(homes, indexes, topics):
    heat = topics[0]
    translate(heat, name="Heat")
    english_index = translate_page(indexes["news"], slug="news", title="News")
    german = NewsPageFactory(parent=indexes["news"], title="Deutsch", topics=[heat])
    other = NewsPageFactory(parent=indexes["news"], title="Andere", topics=[heat])
    english = translate_page(german, slug="german-en", title="English")
    other_english = translate_page(other, slug="other-en", title="Other")

    assert english_index.live
    assert related_pages(german) == [other]
    assert related_pages(english) == [other_english]


def test_picks_of_the_source_language_resolve_to_their_translation(homes, indexes):
    english_index = translate_page(indexes["news"], slug="news", title="News")
    pick = NewsPageFactory(parent=indexes["news"], title="Tipp")
    page = NewsPageFactory(parent=indexes["news"], related_pages=[("page", pick)])
    pick_english = translate_page(pick, slug="tip", title="Tip")
    english = translate_page(page, slug="page-en", title="Page")

    assert english_index.live
    assert related_pages(english) == [pick_english]


def test_related_section_renders_on_the_page(client, indexes, topics):
    page = NewsPageFactory(parent=indexes["news"], topics=topics)
    NewsPageFactory(parent=indexes["news"], title="Verwandter Artikel", topics=topics)

    html = client.get(page.url).content.decode()

    assert "Verwandter Artikel" in html
    assert 'id="more-on-topic-heading"' in html


@pytest.fixture
def fragments_cached(settings):
    settings.FRAGMENT_CACHE_SECONDS = 600
    cache.clear()


def test_the_cached_section_follows_a_newly_published_related_page(
    client, indexes, topics, fragments_cached
):
    page = NewsPageFactory(parent=indexes["news"], topics=topics)
    NewsPageFactory(parent=indexes["news"], title="Erster Artikel", topics=topics)
    client.get(page.url)  # builds and caches the section

    with CaptureQueriesContext(connection) as cached:
        html = client.get(page.url).content.decode()
    NewsPageFactory(parent=indexes["news"], title="Zweiter Artikel", topics=topics)
    fresh = client.get(page.url).content.decode()

    assert "Erster Artikel" in html and "Zweiter Artikel" not in html
    assert not any("UNION" in query["sql"] for query in cached.captured_queries)
    assert "Erster Artikel" in fresh and "Zweiter Artikel" in fresh


def test_a_preview_neither_uses_nor_fills_the_cached_section(indexes, topics, fragments_cached):
    heat, _rain, digital = topics
    page = NewsPageFactory(parent=indexes["news"], topics=[heat])
    NewsPageFactory(parent=indexes["news"], title="Über Hitze", topics=[heat])
    NewsPageFactory(parent=indexes["news"], title="Über Digitales", topics=[digital])
    assert "Über Hitze" in Client().get(page.url).content.decode()

    page.topics = [digital]  # an unsaved edit, as the editor previews it
    preview = page.make_preview_request().render().content.decode()

    assert "Über Digitales" in preview and "Über Hitze" not in preview
    assert "Über Hitze" in Client().get(page.url).content.decode()
