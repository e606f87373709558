"""The portal's router finds what Wagtail's own routing finds, with two queries."""

from django.core.cache import cache
from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Page, PageViewRestriction

import pytest

from core import generation, memo
from home import routing
from tests.factories.base import translate_page
from tests.factories.home import StandardPageFactory
from tests.factories.news import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db


def routed(path: str, language: str = "de"):
    """(portal route, Wagtail route) for ``path``, each on a request of its own."""
    with translation.override(language):
        ours = routing.route_for_request(RequestFactory().get("/" + path), path)
        wagtails = Page.route_for_request(RequestFactory().get("/" + path), path)
    return ours, wagtails


def same_route(ours, wagtails) -> bool:
    if ours is None or wagtails is None:
        return ours is wagtails
    return (ours[0].pk, type(ours[0]), ours[1][1:], ours[2]) == (
        wagtails[0].pk,
        type(wagtails[0]),
        wagtails[1][1:],
        wagtails[2],
    )


@pytest.fixture
def tree(homes):
    news = NewsIndexPageFactory(parent=homes["de"], slug="aktuelles")
    article = NewsPageFactory(parent=news, slug="artikel")
    events = EventIndexPageFactory(parent=homes["de"], slug="veranstaltungen")
    event = EventPageFactory(parent=events, slug="konferenz")
    draft = StandardPageFactory(parent=homes["de"], slug="entwurf", live=False)
    below_draft = StandardPageFactory(parent=draft, slug="darunter")
    return {"news": news, "article": article, "event": event, "below_draft": below_draft}


@pytest.mark.parametrize(
    "path",
    [
        "",
        "aktuelles/",
        "aktuelles/artikel/",
        "veranstaltungen/",
        "veranstaltungen/archive/",
        "veranstaltungen/konferenz/",
        "veranstaltungen/konferenz/ical/",
        "entwurf/",
        "entwurf/darunter/",
        "gibt-es-nicht/",
        "aktuelles/artikel/zu-tief/",
    ],
)
def test_the_router_finds_what_wagtail_finds(tree, path):
    ours, wagtails = routed(path)

    assert same_route(ours, wagtails)


def test_english_paths_are_routed_in_the_english_tree(tree):
    translate_page(tree["news"], "en", slug="news")
    english = translate_page(tree["article"], "en", slug="article")

    ours, wagtails = routed("news/article/", "en")

    assert ours[0].pk == english.pk
    assert same_route(ours, wagtails)


def test_a_page_is_routed_with_two_queries_in_its_specific_type(
    tree, django_assert_num_queries, settings
):
    settings.FRAGMENT_CACHE_SECONDS = 600  # restricted paths are kept in the cache
    cache.clear()
    with memo.scope():  # a first request: the site is kept per process, the paths cached
        routed("")
    request = RequestFactory().get("/aktuelles/artikel/")

    with memo.scope():
        generation.current()  # read once per request, before routing (by the page cache)
        with django_assert_num_queries(2), translation.override("de"):
            page = routing.route_for_request(request, "aktuelles/artikel/")[0]
            page.get_view_restrictions()
            page.title, page.date  # noqa: B018 (specific fields are loaded)

    assert type(page) is type(tree["article"])


def test_a_public_page_needs_no_query_for_view_restrictions(tree):
    page = routed("aktuelles/artikel/")[0][0]

    assert page.known_unrestricted
    assert not page.get_view_restrictions().exists()


def test_a_page_below_a_restricted_section_keeps_its_restriction(tree):
    PageViewRestriction.objects.create(page=tree["news"], restriction_type="login")

    page = routed("aktuelles/artikel/")[0][0]

    assert not page.known_unrestricted
    assert page.get_view_restrictions().count() == 1


def test_an_alias_of_a_restricted_page_is_not_taken_for_public(tree, homes):
    PageViewRestriction.objects.create(page=tree["article"], restriction_type="login")
    tree["article"].create_alias(parent=homes["de"], update_slug="alias")

    page = routed("alias/")[0][0]

    assert not page.known_unrestricted
    assert page.get_view_restrictions().count() == 1


def test_visitors_are_sent_to_the_login_for_a_restricted_page(client, tree):
    PageViewRestriction.objects.create(page=tree["news"], restriction_type="login")

    response = client.get("/aktuelles/artikel/")

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_new_restriction_takes_effect_although_restricted_paths_are_cached(tree, settings):
    settings.FRAGMENT_CACHE_SECONDS = 600
    cache.clear()
    assert routed("aktuelles/artikel/")[0][0].known_unrestricted  # caches "no restrictions"

    PageViewRestriction.objects.create(page=tree["news"], restriction_type="login")

    assert not routed("aktuelles/artikel/")[0][0].known_unrestricted
