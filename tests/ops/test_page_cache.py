from django.core.cache import cache
from django.db.models import F

import pytest

from core.models import ContentGeneration
from tests.factories.enquiries import FormPageFactory
from tests.factories.home import StandardPageFactory
from tests.factories.taxonomy import TopicFactory
from tests.factories.toolbox import ToolboxIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.FRAGMENT_CACHE_SECONDS = 300
    cache.clear()


def test_second_anonymous_request_is_served_from_the_cache(client, homes):
    first = client.get("/en/")
    second = client.get("/en/")

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "max-age=60" in second["Cache-Control"]


def test_a_hit_takes_one_cache_round_trip_and_a_change_elsewhere_still_counts(
    client, homes, monkeypatch, django_assert_num_queries
):
    client.get("/en/")
    calls, depth = [], []

    def counted(method):
        original = getattr(cache, method)

        def call(*args, **kwargs):
            if not depth:  # the local-memory cache's get_many calls its own get
                calls.append(method)
            depth.append(method)
            try:
                return original(*args, **kwargs)
            finally:
                depth.pop()

        monkeypatch.setattr(cache, method, call)

    counted("get")
    counted("get_many")

    with django_assert_num_queries(1):  # the content generation
        hit = client.get("/en/")
    calls_for_hit = list(calls)
    # Another app server's publish: a new generation in the database, nothing in this cache.
    ContentGeneration.objects.filter(pk=1).update(value=F("value") + 1)
    after_change = client.get("/en/")

    assert hit["X-Page-Cache"] == "hit"
    assert calls_for_hit == ["get"]
    assert after_change["X-Page-Cache"] == "miss"


def test_each_language_and_query_string_has_its_own_entry(client, homes):
    client.get("/")

    assert client.get("/en/")["X-Page-Cache"] == "miss"
    assert client.get("/?page=2")["X-Page-Cache"] == "miss"


def test_publishing_invalidates_cached_pages(client, homes):
    page = StandardPageFactory(parent=homes["de"], title="Alt", show_in_menus=True)
    assert "Alt" in client.get("/").content.decode()

    page.title = "Neu"
    page.save_revision().publish()
    response = client.get("/")

    assert response["X-Page-Cache"] == "miss"
    assert "Neu" in response.content.decode()


def test_unpublishing_invalidates_cached_pages(client, homes):
    page = StandardPageFactory(parent=homes["de"], title="Bald weg", show_in_menus=True)
    client.get("/")

    page.unpublish()

    assert "Bald weg" not in client.get("/").content.decode()


def test_snippet_edits_invalidate_cached_pages(client, homes):
    client.get("/")

    TopicFactory(name="Neues Thema")

    assert client.get("/")["X-Page-Cache"] == "miss"


def test_logged_in_editors_are_never_served_from_the_cache(client, homes, superuser):
    client.get("/")
    client.force_login(superuser)

    response = client.get("/")

    assert "X-Page-Cache" not in response
    assert "userbar" in response.content.decode()


def test_a_visitor_with_a_session_cookie_is_never_served_from_the_cache(client, homes):
    client.get("/")
    client.cookies["sessionid"] = "expired-or-forged"

    response = client.get("/")

    assert response.status_code == 200
    assert "X-Page-Cache" not in response


@pytest.mark.parametrize("has_csrf_cookie", [False, True])
def test_form_pages_with_a_csrf_token_are_never_cached(client, homes, has_csrf_cookie):
    FormPageFactory(parent=homes["de"])
    if has_csrf_cookie:
        client.get("/kontakt/")  # leaves the visitor's CSRF cookie in the client

    first = client.get("/kontakt/")
    second = client.get("/kontakt/")

    assert 'name="csrfmiddlewaretoken"' in second.content.decode()
    assert first.get("X-Page-Cache") is None and second.get("X-Page-Cache") is None


def test_cached_pages_carry_the_security_headers_and_their_own_request_id(client, homes):
    first = client.get("/en/")
    second = client.get("/en/")

    assert second["X-Page-Cache"] == "hit"
    for header in ("Content-Security-Policy", "X-Frame-Options", "Content-Language"):
        assert second[header] == first[header]
    assert second["X-Request-ID"] != first["X-Request-ID"]


def test_responses_that_set_cookies_are_not_cached(client, homes, monkeypatch):
    from home.models import HomePage

    original = HomePage.serve

    def serve_with_cookie(self, request, *args, **kwargs):
        response = original(self, request, *args, **kwargs)
        response.set_cookie("csrftoken", "personal")
        return response

    monkeypatch.setattr(HomePage, "serve", serve_with_cookie)
    client.get("/")

    assert client.get("/").get("X-Page-Cache") is None


def test_admin_and_health_checks_bypass_the_cache(client, homes):
    assert "X-Page-Cache" not in client.get("/admin/login/")
    assert "X-Page-Cache" not in client.get("/healthz")


def test_pages_are_served_when_redis_is_down(client, homes, settings, caplog):
    """django-redis against a port where nothing listens: the portal answers, uncached."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.2,
                "SOCKET_TIMEOUT": 0.2,
            },
        }
    }
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

    first = client.get("/en/")
    second = client.get("/en/")

    assert first.status_code == second.status_code == 200
    assert second["X-Page-Cache"] == "miss"
    assert any(
        "redis" in record.getMessage().lower() or record.exc_info for record in caplog.records
    )


def test_parameters_no_page_reads_hit_the_same_entry(client, homes):
    page = StandardPageFactory(parent=homes["de"], title="Artikel", slug="artikel")
    first = client.get(page.url)

    for query in ("?cb=1", "?utm_source=newsletter&utm_medium=mail", "?cb=2&cb=3"):
        response = client.get(page.url + query)
        assert response["X-Page-Cache"] == "hit", query
        assert response.content == first.content


def test_a_request_with_extra_parameters_never_stores_what_others_get(client, homes):
    page = StandardPageFactory(parent=homes["de"], title="Artikel", slug="artikel")

    extra = client.get(page.url + "?ref=<b>x</b>")
    plain = client.get(page.url)

    assert extra.get("X-Page-Cache") is None  # answered, not stored
    assert plain["X-Page-Cache"] == "miss"  # so the plain request finds nothing
    assert b"&lt;b&gt;" not in client.get(page.url).content


def test_parameters_a_listing_reads_keep_their_own_entries(client, homes):
    index = ToolboxIndexPageFactory(parent=homes["de"])
    client.get(index.url)

    assert client.get(index.url + "?hazard=hitze")["X-Page-Cache"] == "miss"
    assert client.get(index.url + "?hazard=hitze&utm=x")["X-Page-Cache"] == "hit"
    assert client.get(index.url + "?page=2")["X-Page-Cache"] == "miss"


def test_no_request_makes_a_key_longer_than_a_cache_accepts(client, homes, monkeypatch):
    keys = []
    original = cache.get
    monkeypatch.setattr(cache, "get", lambda key, *a, **kw: keys.append(key) or original(key))

    client.get("/?q=" + "x" * 5000 + "&page=" + "9" * 3000)

    assert keys and max(len(key) for key in keys) < 250
