"""Cards are rendered once and reused by every list that shows them; what a card shows is
its key, so an edit, another language or another kicker never meets an old card."""

from django.core.cache import cache
from django.template import loader
from django.utils import translation

import pytest

from home.card_cache import render_card
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fragments_cached(settings):
    settings.FRAGMENT_CACHE_SECONDS = 300
    cache.clear()


@pytest.fixture
def renders(monkeypatch):
    """How often the card template itself is rendered."""
    counted = []
    original = loader.get_template

    def get_template(name, *args, **kwargs):
        template = original(name, *args, **kwargs)
        if name != "components/card.html":
            return template

        class Counting:
            def render(self, context=None, request=None):
                counted.append(context["card"].page.title)
                return template.render(context, request)

        return Counting()

    monkeypatch.setattr("home.card_cache.get_template", get_template)
    return counted


@pytest.fixture
def article(homes):
    index = NewsIndexPageFactory(parent=homes["de"])
    return NewsPageFactory(parent=index, title="Hitzeaktionsplan beschlossen", teaser="Kurz.")


def test_a_card_is_rendered_once_for_every_list_that_shows_it(article, renders):
    first = render_card(article.card())
    second = render_card(article.card())

    assert first == second
    assert "Hitzeaktionsplan beschlossen" in first
    assert renders == ["Hitzeaktionsplan beschlossen"]


def test_what_the_card_shows_makes_its_key(article, renders):
    before = render_card(article.card())
    article.title = "Hitzeaktionsplan verabschiedet"
    after = render_card(article.card())
    with_kicker = render_card(article.card(), kicker="Meldung")
    with translation.override("en"):
        render_card(article.card())

    assert (
        "Hitzeaktionsplan verabschiedet" in after and ">Hitzeaktionsplan beschlossen<" not in after
    )
    assert "Meldung" in with_kicker and "Meldung" not in before
    assert len(renders) == 4


def test_the_news_index_shows_the_cached_cards(client, article, renders):
    first = client.get(article.get_parent().url).content.decode()
    second = client.get(article.get_parent().url).content.decode()

    assert "Hitzeaktionsplan beschlossen" in first
    assert first == second
    assert renders == ["Hitzeaktionsplan beschlossen"]


def test_a_listing_fetches_all_its_cards_in_one_round_trip(client, article, monkeypatch):
    index = article.get_parent()
    for number in range(4):
        NewsPageFactory(parent=index, title=f"Meldung {number}")
    client.get(index.url)  # every card rendered and kept
    fetched, one_by_one = [], []
    original_many, original_get = cache.get_many, cache.get

    def get_many(keys, *args, **kwargs):
        fetched.append(len(keys))
        # The local-memory cache gets them one by one itself; Redis in one MGET.
        monkeypatch.setattr(cache, "get", original_get)
        try:
            return original_many(keys, *args, **kwargs)
        finally:
            monkeypatch.setattr(cache, "get", get)

    def get(key, *args, **kwargs):
        one_by_one.append(key)
        return original_get(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get_many", get_many)
    monkeypatch.setattr(cache, "get", get)

    html = client.get(index.url).content.decode()

    assert "Meldung 3" in html and "Hitzeaktionsplan beschlossen" in html
    assert 5 in fetched
    assert not [key for key in one_by_one if key.startswith("card:")]
