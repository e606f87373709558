"""The CDN is purged of what a change cleared (``ops.cdn``): the URLs of the cached pages built
from the tags the change touched, once it has committed; a change that shows everywhere, or
any change without Redis to note the URLs in, purges everything.

Against a real Redis (``TEST_REDIS_URL``, default database 12 of the local server); skipped,
with the reason in the test output, where none runs."""

import os
from unittest import mock

from django.core.cache import cache

import pytest
import redis

from core import dependencies, memo
from core.origin import origin
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory, body
from tests.factories.taxonomy import TopicFactory

URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/12")
# The Redis database is shared with the other Redis tests: one after another, one process.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("redis")]
FRONTEND_CACHE = {
    "proxy": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": "http://127.0.0.1:9",
    }
}


@pytest.fixture
def cdn(settings):
    client = redis.Redis.from_url(URL, socket_connect_timeout=0.5)
    try:
        client.ping()
    except redis.RedisError:
        pytest.skip(f"Redis tests skipped: no Redis answers at {URL} (set TEST_REDIS_URL)")
    client.flushdb()
    settings.CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": URL}}
    settings.PAGE_CACHE_SECONDS = 300
    settings.FRAGMENT_CACHE_SECONDS = 300
    settings.WAGTAILFRONTENDCACHE = FRONTEND_CACHE
    dependencies.forget()
    memo.clear()
    yield
    client.flushdb()
    cache.close()


@pytest.fixture
def site(homes):
    index = NewsIndexPageFactory(parent=homes["de"])
    heat = TopicFactory(name="Hitze")
    article = NewsPageFactory(parent=index, title="Hitzeaktionsplan beschlossen")
    article.topics.set([heat])
    article.save_revision().publish()
    about = StandardPageFactory(parent=homes["de"], title="Über uns", slug="ueber-uns")
    return {"index": index, "article": article, "about": about}


def cache_pages(client, pages) -> dict[str, str]:
    urls = {name: page.url for name, page in pages.items()}
    urls["home"] = "/"
    for url in urls.values():
        client.get(url)
    return urls


def purged_by(change, django_capture_on_commit_callbacks) -> set[str]:
    with (
        mock.patch("ops.cdn.purge_urls_from_cache") as purge,
        django_capture_on_commit_callbacks(execute=True),
    ):
        change()
    return {url for call in purge.call_args_list for url in call.args[0]}


def republish(page, **changes):
    page = page.specific.__class__.objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_a_body_edit_purges_only_the_page(cdn, client, site, django_capture_on_commit_callbacks):
    urls = cache_pages(client, site)
    article = site["article"]

    purged = purged_by(
        lambda: republish(article, body=body("Neuer Absatz.")), django_capture_on_commit_callbacks
    )

    assert purged == {origin() + urls["article"]}


def test_a_new_title_purges_every_page_that_shows_the_card(
    cdn, client, site, django_capture_on_commit_callbacks
):
    urls = cache_pages(client, site)
    article = site["article"]

    purged = purged_by(
        lambda: republish(article, title="Hitzeaktionsplan verabschiedet"),
        django_capture_on_commit_callbacks,
    )

    assert {origin() + urls[name] for name in ("article", "index")} <= purged
    assert origin() + urls["about"] not in purged
    assert f"{origin()}/*" not in purged


def test_a_change_that_shows_everywhere_purges_everything(
    cdn, client, site, django_capture_on_commit_callbacks
):
    cache_pages(client, site)
    topic = TopicFactory(name="Starkregen")

    purged = purged_by(lambda: topic.save(), django_capture_on_commit_callbacks)

    assert purged == {f"{origin()}/*"}


def test_a_page_purged_is_noted_again_when_it_is_cached_again(
    cdn, client, site, django_capture_on_commit_callbacks
):
    urls = cache_pages(client, site)
    article = site["article"]
    purged_by(lambda: republish(article, body=body("Eins.")), django_capture_on_commit_callbacks)
    client.get(urls["article"])

    purged = purged_by(
        lambda: republish(article, body=body("Zwei.")), django_capture_on_commit_callbacks
    )

    assert purged == {origin() + urls["article"]}


def test_without_redis_a_change_purges_everything(
    settings, client, site, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 300
    settings.WAGTAILFRONTENDCACHE = FRONTEND_CACHE
    cache_pages(client, site)

    purged = purged_by(
        lambda: republish(site["article"], body=body("Neu.")), django_capture_on_commit_callbacks
    )

    assert purged == {f"{origin()}/*"}
