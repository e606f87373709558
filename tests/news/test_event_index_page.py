from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from home.models import StandardPage
from news.models import EventIndexPage, EventPage
from tests.factories.base import ImageFactory, translate_page
from tests.factories.home import StandardPageFactory
from tests.factories.news import EventPageFactory, in_days
from tests.factories.taxonomy import TopicFactory

pytestmark = pytest.mark.django_db

ARCHIVE = "archive/"


def listed_titles(response) -> list[str]:
    return [page.title for page in response.context["listing"].items]


def past_event(parent, days_ago: int, **fields) -> EventPage:
    return EventPageFactory(
        parent=parent, start=in_days(-days_ago, 10), end=in_days(-days_ago, 16), **fields
    )


def future_event(parent, days: int, **fields) -> EventPage:
    return EventPageFactory(parent=parent, start=in_days(days, 10), end=in_days(days, 16), **fields)


# Page tree


def test_event_index_can_be_created_below_the_home_page_only(homes):
    standard = StandardPageFactory(parent=homes["de"])

    assert EventIndexPage.can_create_at(homes["de"])
    assert EventIndexPage.can_exist_under(homes["de"])
    assert not EventIndexPage.can_create_at(standard)
    assert not EventIndexPage.can_exist_under(standard)


def test_home_page_takes_one_event_index_only(homes, event_index):
    assert not EventIndexPage.can_create_at(homes["de"])


def test_event_index_takes_event_pages_only(event_index):
    assert EventIndexPage.allowed_subpage_models() == [EventPage]
    assert not StandardPage.can_create_at(event_index)


# Rendering in both languages


def test_event_index_renders_its_intro_in_german(client, event_index):
    html = client.get(event_index.url).content.decode()

    assert "<h1>Veranstaltungen</h1>" in html
    assert "Konferenzen, Workshops und Webinare." in html


def test_english_event_index_renders_english_fields(client, english_event_index):
    response = client.get("/en/events/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1>Events</h1>" in html
    assert "Conferences and more." in html
    assert "Konferenzen, Workshops und Webinare." not in html


# Upcoming and archive


def test_upcoming_events_are_listed_soonest_first(client, event_index):
    future_event(event_index, 60, title="Später")
    future_event(event_index, 5, title="Bald")
    past_event(event_index, 5, title="Vorbei")

    assert listed_titles(client.get(event_index.url)) == ["Bald", "Später"]


def test_running_event_is_listed_as_upcoming(client, event_index):
    EventPageFactory(parent=event_index, title="Läuft", start=in_days(-1), end=in_days(1))

    assert listed_titles(client.get(event_index.url)) == ["Läuft"]
    assert listed_titles(client.get(event_index.url + ARCHIVE)) == []


def test_archive_lists_past_events_newest_first(client, event_index):
    past_event(event_index, 400, title="Lange her")
    past_event(event_index, 3, title="Neulich")
    future_event(event_index, 5, title="Bald")

    response = client.get(event_index.url + ARCHIVE)

    assert response.status_code == 200
    assert listed_titles(response) == ["Neulich", "Lange her"]


def test_archive_has_its_own_title(client, english_event_index):
    html = client.get("/en/events/archive/").content.decode()

    assert "<h1>Archive</h1>" in html
    assert "<title>Archive – Events – " in html
    assert '<a href="/en/events/archive/" aria-current="page">Archive</a>' in html


def test_upcoming_view_links_to_the_archive(client, event_index):
    html = client.get(event_index.url).content.decode()

    assert f'href="{event_index.url}archive/"' in html
    assert f'<a href="{event_index.url}" aria-current="page">' in html


def test_unknown_sub_url_is_not_found(client, event_index):
    assert client.get(event_index.url + "gibt-es-nicht/").status_code == 404


@pytest.mark.parametrize("suffix", ["", ARCHIVE])
def test_drafts_and_private_events_are_not_listed(client, event_index, suffix):
    days = 5 if not suffix else -5
    make = future_event if days > 0 else past_event
    make(event_index, abs(days), title="Öffentlich")
    make(event_index, abs(days), title="Entwurf", live=False)
    private = make(event_index, abs(days), title="Intern")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert listed_titles(client.get(event_index.url + suffix)) == ["Öffentlich"]


def test_each_language_lists_its_own_events(client, event_index, english_event_index):
    future_event(event_index, 5, title="Nur auf Deutsch")
    translated = future_event(event_index, 6, title="Übersetzt")
    translate_page(translated, "en", title="Translated", slug="translated")

    assert listed_titles(client.get(event_index.url)) == ["Nur auf Deutsch", "Übersetzt"]
    assert listed_titles(client.get(english_event_index.url)) == ["Translated"]


# Filters


def test_events_can_be_filtered_by_type(client, event_index):
    future_event(event_index, 5, title="Webinar", event_type=EventPage.EventType.WEBINAR)
    future_event(event_index, 6, title="Workshop", event_type=EventPage.EventType.WORKSHOP)

    response = client.get(event_index.url, {"type": "webinar"})

    assert listed_titles(response) == ["Webinar"]


def test_events_can_be_filtered_by_format(client, event_index):
    future_event(event_index, 5, title="Online", event_format=EventPage.EventFormat.ONLINE)
    future_event(event_index, 6, title="Vor Ort", event_format=EventPage.EventFormat.ON_SITE)

    response = client.get(event_index.url, {"format": "on-site"})

    assert listed_titles(response) == ["Vor Ort"]


def test_events_can_be_filtered_by_topic_in_the_archive(client, event_index):
    topic = TopicFactory(name="Resilienz", slug="resilienz")
    past_event(event_index, 5, title="Zum Thema", topics=[topic])
    past_event(event_index, 6, title="Anderes")
    future_event(event_index, 5, title="Bald zum Thema", topics=[topic])

    response = client.get(event_index.url + ARCHIVE, {"topic": "resilienz"})

    assert listed_titles(response) == ["Zum Thema"]


def test_filters_combine(client, event_index):
    future_event(
        event_index,
        5,
        title="Online-Webinar",
        event_type=EventPage.EventType.WEBINAR,
        event_format=EventPage.EventFormat.ONLINE,
    )
    future_event(
        event_index,
        6,
        title="Hybrides Webinar",
        event_type=EventPage.EventType.WEBINAR,
        event_format=EventPage.EventFormat.HYBRID,
    )

    response = client.get(event_index.url, {"type": "webinar", "format": "hybrid"})

    assert listed_titles(response) == ["Hybrides Webinar"]


@pytest.mark.parametrize(
    "params",
    [{"type": "party"}, {"format": "vor-ort"}, {"topic": "gibt-es-nicht"}, {"page": "x"}],
)
def test_unknown_filter_values_are_ignored_with_a_notice(client, event_index, params):
    future_event(event_index, 5, title="Bald")

    response = client.get(event_index.url, params)

    assert response.status_code == 200
    assert listed_titles(response) == ["Bald"]
    assert "notice--warning" in response.content.decode()


def test_unknown_filter_value_is_named_in_the_notice(client, english_event_index):
    html = client.get(english_event_index.url, {"type": "party"}).content.decode()

    assert "“party” is not a known value of the filter “Type”, so it was ignored." in html


# Listing helpers


def test_listing_items_gives_the_next_upcoming_events(event_index):
    future_event(event_index, 30, title="Später")
    future_event(event_index, 3, title="Bald")
    future_event(event_index, 10, title="Demnächst")
    past_event(event_index, 3, title="Vorbei")

    items = event_index.listing_items(2)

    assert [item.title for item in items] == ["Bald", "Demnächst"]


@pytest.mark.parametrize("suffix", ["", ARCHIVE])
def test_listing_query_count_does_not_grow_with_the_number_of_events(client, event_index, suffix):
    image = ImageFactory()
    topic = TopicFactory(slug="resilienz")
    make = past_event if suffix else future_event

    def add_events(count):
        for day in range(count):
            make(event_index, day + 1, image=image, topics=[topic])

    def count_queries():
        url = event_index.url + suffix
        client.get(url, {"topic": "resilienz"})  # renditions are made once
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, {"topic": "resilienz", "type": "workshop"})
        assert response.status_code == 200
        return len(queries)

    add_events(5)
    with_five = count_queries()
    add_events(45)
    with_fifty = count_queries()

    assert with_five == with_fifty
