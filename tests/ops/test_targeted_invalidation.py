"""A publish clears the cached pages that show what changed, and nothing else: the page, the
listings and home sections that show its card, the pages that link to it, its topics' "Mehr
zum Thema"; every other cached page stays a hit."""

from django.core.cache import cache

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from core import dependencies
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory, body
from tests.factories.taxonomy import TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.FRAGMENT_CACHE_SECONDS = 300
    cache.clear()


@pytest.fixture
def site_with_news(homes):
    index = NewsIndexPageFactory(parent=homes["de"])
    heat, rain = TopicFactory(name="Hitze"), TopicFactory(name="Starkregen")
    article = NewsPageFactory(parent=index, title="Hitzeaktionsplan beschlossen")
    article.topics.set([heat])
    neighbour = NewsPageFactory(parent=index, title="Hitzewelle im Juli")
    neighbour.topics.set([heat])
    elsewhere = NewsPageFactory(parent=index, title="Starkregen in Mayen")
    elsewhere.topics.set([rain])
    for page in (article, neighbour, elsewhere):
        page.save_revision().publish()
    about = StandardPageFactory(parent=homes["de"], title="Über uns", slug="ueber-uns")
    linking = StandardPageFactory(parent=homes["de"], title="Linkliste", slug="links")
    linking.body = [
        {"type": "rich_text", "value": f'<p><a linktype="page" id="{article.pk}">Plan</a></p>'}
    ]
    linking.save_revision().publish()
    return {
        "index": index,
        "article": article,
        "neighbour": neighbour,
        "elsewhere": elsewhere,
        "about": about,
        "linking": linking,
    }


def cache_everything(client, pages) -> dict[str, str]:
    urls = {name: page.url for name, page in pages.items()}
    urls["home"] = "/"
    for url in urls.values():
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit", url
    return urls


def still_cached(client, urls) -> set[str]:
    return {name for name, url in urls.items() if client.get(url)["X-Page-Cache"] == "hit"}


def republish(page, **changes):
    page = page.specific.__class__.objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def test_a_body_edit_clears_only_the_page_itself(client, site_with_news):
    urls = cache_everything(client, site_with_news)

    republish(site_with_news["article"], body=body("Neuer Absatz über Schattenplätze."))

    assert still_cached(client, urls) == set(urls) - {"article"}
    assert "Schattenplätze" in client.get(urls["article"]).content.decode()


def showing(client, urls, text) -> set[str]:
    return {name for name, url in urls.items() if text in client.get(url).content.decode()}


def test_a_new_title_reaches_every_page_that_shows_the_card(client, site_with_news):
    urls = cache_everything(client, site_with_news)
    showed = showing(client, urls, "Hitzeaktionsplan beschlossen")

    republish(site_with_news["article"], title="Hitzeaktionsplan verabschiedet")

    # Its page, the index and its neighbour sharing its topic ("Mehr zum Thema").
    assert {"article", "index", "neighbour"} <= showed
    # Pages linking it are cleared too: any change beyond the body may be a new URL.
    assert still_cached(client, urls) == set(urls) - showed - {"linking"}
    assert showing(client, urls, "Hitzeaktionsplan verabschiedet") == showed
    assert not showing(client, urls, "Hitzeaktionsplan beschlossen")


def test_a_new_slug_reaches_the_page_that_links_it(client, site_with_news):
    urls = cache_everything(client, site_with_news)

    republish(site_with_news["article"], slug="hitzeaktionsplan-neu")

    assert "linking" not in still_cached(client, urls)
    new_url = type(site_with_news["article"]).objects.get(pk=site_with_news["article"].pk).url
    assert new_url in client.get(urls["linking"]).content.decode()


def test_unpublishing_removes_the_card_everywhere(client, site_with_news):
    urls = cache_everything(client, site_with_news)
    showed = showing(client, urls, "Hitzeaktionsplan beschlossen") - {"article"}

    site_with_news["article"].unpublish()

    assert {"index", "neighbour"} <= showed
    assert still_cached(client, urls) >= set(urls) - showed - {"article", "linking"}
    assert not showing(client, {name: urls[name] for name in showed}, "Hitzeaktionsplan")


def test_a_new_article_joins_the_listings_and_its_topics_related_pages(client, site_with_news):
    urls = cache_everything(client, site_with_news)
    rain = site_with_news["elsewhere"].topics.get()

    fresh = NewsPageFactory(parent=site_with_news["index"], title="Regenrückhaltung geplant")
    fresh.topics.set([rain])
    fresh.save_revision().publish()

    # The index lists it; the other heavy-rain article relates it; the rest did not change.
    assert still_cached(client, urls) == set(urls) - {"index", "elsewhere"}
    assert showing(client, urls, "Regenrückhaltung geplant") == {"index", "elsewhere"}


def test_nothing_built_while_content_changes_in_the_same_request_is_kept(site_with_news):
    from core.caching import cached_per_generation
    from core.memo import scope

    with scope():
        dependencies.touch(["page:0"])
        built = cached_per_generation("probe", lambda: "während der Änderung")
    with scope():
        again = cached_per_generation("probe", lambda: "danach")

    assert built == "während der Änderung"
    assert again == "danach"


@hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    entry_tags=st.sets(st.sampled_from(["page:1", "page:2", "list:a", "search", "term:x"])),
    changed=st.sets(st.sampled_from(["page:1", "page:2", "list:a", "search", "term:x"])),
)
def test_an_entry_is_current_exactly_while_none_of_its_tags_changed(db, entry_tags, changed):
    from core import generation
    from core.memo import scope

    dependencies.forget()
    with scope():
        built_at = generation.sequence()
    dependencies.touch(changed)
    with scope():
        generation.current()
        current = dependencies.is_current(entry_tags, built_at)

    assert current == (not entry_tags & changed)
