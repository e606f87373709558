"""iCalendar files of events: one per event and one of all upcoming events."""

import datetime

from wagtail.models import PageViewRestriction

import pytest
from icalendar import Calendar

from tests.factories.base import translate_page
from tests.factories.news import EventPageFactory, berlin, in_days

pytestmark = pytest.mark.django_db


def parse(response) -> Calendar:
    return Calendar.from_ical(response.content)


def summaries(calendar: Calendar) -> list[str]:
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


def test_event_calendar_file_is_downloadable_icalendar(client, event_index):
    EventPageFactory(parent=event_index, title="Regionalkonferenz", slug="regionalkonferenz")

    response = client.get("/veranstaltungen/regionalkonferenz/ical/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="regionalkonferenz.ics"' in response["Content-Disposition"]
    assert summaries(parse(response)) == ["Regionalkonferenz"]


def test_event_times_are_in_berlin_time_with_a_vtimezone(client, event_index):
    EventPageFactory(
        parent=event_index,
        slug="sommer",
        start=berlin(2030, 7, 1, 10),
        end=berlin(2030, 7, 1, 16),
        venue="Rathaus",
        city="Ulm",
    )

    calendar = parse(client.get("/veranstaltungen/sommer/ical/"))
    event = calendar.walk("VEVENT")[0]

    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event.decoded("DTSTART") == berlin(2030, 7, 1, 10)
    assert event.decoded("DTEND") == berlin(2030, 7, 1, 16)
    assert str(event["LOCATION"]) == "Rathaus, Ulm"
    assert str(event["URL"]) == "http://testserver/veranstaltungen/sommer/"


def test_all_day_event_is_written_as_dates_with_an_exclusive_end(client, event_index):
    EventPageFactory(
        parent=event_index,
        slug="tage",
        all_day=True,
        start=berlin(2030, 3, 22),
        end=berlin(2030, 3, 24),
    )

    event = parse(client.get("/veranstaltungen/tage/ical/")).walk("VEVENT")[0]

    assert event.decoded("DTSTART") == datetime.date(2030, 3, 22)
    assert event.decoded("DTEND") == datetime.date(2030, 3, 25)


def test_uid_is_stable_across_edits_and_languages(client, event_index, english_event_index):
    page = EventPageFactory(parent=event_index, slug="workshop", title="Workshop")
    translate_page(page, "en", title="Workshop (English)", slug="workshop")
    first = parse(client.get("/veranstaltungen/workshop/ical/")).walk("VEVENT")[0]["UID"]

    page.title = "Workshop, neuer Titel"
    page.slug = "workshop-neu"
    page.save_revision().publish()
    edited = parse(client.get("/veranstaltungen/workshop-neu/ical/")).walk("VEVENT")[0]["UID"]
    english = parse(client.get("/en/events/workshop/ical/")).walk("VEVENT")[0]["UID"]

    assert str(first) == str(edited) == str(english) == f"{page.translation_key}@testserver"


def test_index_calendar_holds_upcoming_live_public_events_of_its_language(
    client, event_index, english_event_index
):
    EventPageFactory(parent=event_index, title="Bald", start=in_days(3), end=in_days(3, 12))
    EventPageFactory(parent=event_index, title="Vorbei", start=in_days(-9), end=in_days(-9, 12))
    EventPageFactory(parent=event_index, title="Entwurf", live=False)
    private = EventPageFactory(parent=event_index, title="Intern")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    english = EventPageFactory(parent=event_index, title="Später", start=in_days(40))
    translate_page(english, "en", title="Later", slug="later")

    german = client.get("/veranstaltungen/ical/")
    english_response = client.get("/en/events/ical/")

    assert german["Content-Type"] == "text/calendar; charset=utf-8"
    assert summaries(parse(german)) == ["Bald", "Später"]
    assert summaries(parse(english_response)) == ["Later"]


def test_event_page_and_index_link_to_their_calendar_files(client, event_index):
    EventPageFactory(parent=event_index, slug="konferenz")

    assert (
        'href="/veranstaltungen/konferenz/ical/"'
        in client.get("/veranstaltungen/konferenz/").content.decode()
    )
    assert 'href="/veranstaltungen/ical/"' in client.get("/veranstaltungen/").content.decode()
