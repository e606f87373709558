import datetime

from django.utils import timezone, translation

import pytest

from home.models import StandardPage
from news.models import NewsPage
from tests.factories.base import translate_page
from tests.factories.news import NewsPageFactory, body
from tests.factories.taxonomy import MunicipalityFactory, PersonFactory, TopicFactory, translate

pytestmark = pytest.mark.django_db


def test_news_page_can_be_created_below_a_news_index_only(homes, news_index):
    assert NewsPage.can_create_at(news_index)
    assert not NewsPage.can_create_at(homes["de"])
    assert NewsPage.can_exist_under(news_index)
    assert not NewsPage.can_exist_under(homes["de"])


def test_news_page_takes_no_subpages(news_index):
    page = NewsPageFactory(parent=news_index)

    assert NewsPage.allowed_subpage_models() == []
    assert not StandardPage.can_create_at(page)
    assert not NewsPage.can_create_at(page)


def test_news_page_date_defaults_to_today():
    assert NewsPage().date == timezone.localdate()


def test_news_page_renders_its_fields_in_german(client, news_index):
    page = NewsPageFactory(
        parent=news_index,
        title="Zukunftsstadt 2019",
        teaser="Wie sehen die Städte unserer Zukunft aus?",
        date=datetime.date(2022, 3, 22),
        body=body("Rund 400 Teilnehmende kamen nach Münster."),
    )

    html = client.get(page.url).content.decode()

    assert "<h1>Zukunftsstadt 2019</h1>" in html
    assert "Wie sehen die Städte unserer Zukunft aus?" in html
    assert '<time datetime="2022-03-22">22. März 2022</time>' in html
    assert "Rund 400 Teilnehmende kamen nach Münster." in html


def test_news_page_shows_authors_with_their_role(client, news_index):
    author = PersonFactory(name="Erika Muster", role="Projektleitung")
    page = NewsPageFactory(parent=news_index, authors=[author])

    html = client.get(page.url).content.decode()

    assert "Erika Muster, Projektleitung" in html


def test_news_page_shows_topics_and_municipalities(client, news_index):
    topic = TopicFactory(name="Klimaanpassung")
    municipality = MunicipalityFactory(name="Münster")
    page = NewsPageFactory(parent=news_index, topics=[topic], municipalities=[municipality])

    html = client.get(page.url).content.decode()

    assert "Klimaanpassung" in html
    assert "<li>Münster</li>" in html


def test_english_translation_shows_english_fields_only(client, news_index, english_news_index):
    page = NewsPageFactory(
        parent=news_index,
        title="Zukunftsstadt 2019",
        teaser="Wie sehen die Städte unserer Zukunft aus?",
        date=datetime.date(2019, 12, 10),
        body=body("Rund 400 Teilnehmende kamen nach Münster."),
    )
    english = translate_page(
        page,
        "en",
        title="Future City 2019",
        slug="future-city-2019",
        teaser="What will the cities of our future look like?",
        body=body("About 400 participants came to Münster."),
    )

    response = client.get(english.url)
    html = response.content.decode()

    assert english.url == "/en/news/future-city-2019/"
    assert response.status_code == 200
    assert "<h1>Future City 2019</h1>" in html
    assert "What will the cities of our future look like?" in html
    assert "About 400 participants came to Münster." in html
    assert '<time datetime="2019-12-10">10 December 2019</time>' in html
    assert "Zukunftsstadt 2019" not in html
    assert "Rund 400 Teilnehmende" not in html


def test_english_translation_names_terms_in_english(client, news_index, english_news_index):
    topic = TopicFactory(name="Klimaanpassung")
    translate(topic, name="Climate adaptation")
    author = PersonFactory(name="Erika Muster", role="Projektleitung")
    translate(author, role="Project lead")
    municipality = MunicipalityFactory(name="Köln")
    translate(municipality, name="Cologne")
    page = NewsPageFactory(
        parent=news_index, topics=[topic], authors=[author], municipalities=[municipality]
    )
    english = translate_page(page, "en", slug="english-news")

    html = client.get(english.url).content.decode()

    assert "Climate adaptation" in html
    assert "Erika Muster, Project lead" in html
    assert "<li>Cologne</li>" in html
    assert "Klimaanpassung" not in html
    assert "Projektleitung" not in html


def test_listing_meta_is_the_date_in_the_active_language(news_index):
    page = NewsPageFactory(parent=news_index, date=datetime.date(2022, 3, 22))

    with translation.override("de"):
        assert page.listing_meta == "22. März 2022"
    with translation.override("en"):
        assert page.listing_meta == "22 March 2022"
