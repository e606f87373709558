"""iCalendar (RFC 5545) files of events: one event, or every upcoming event of an index.

Times are written in German local time with a VTIMEZONE for Europe/Berlin; UIDs are built
from the page's translation key, so they survive edits, moves and new slugs."""

import datetime

from django.http import HttpResponse
from django.utils.text import slugify

from icalendar import Calendar, Event, Timezone

from core.origin import absolute, host

from .dates import EVENT_TIME_ZONE, local

PRODUCT_ID = "-//Stadt.Klima.Wissen//Portal//DE"


def event_uid(page, request) -> str:
    """The same UID for an event in every language and after every edit."""
    return f"{page.translation_key}@{host()}"


def _event_component(page, request) -> Event:
    event = Event()
    event.add("uid", event_uid(page, request))
    event.add("summary", page.title)
    stamp = page.last_published_at or page.latest_revision_created_at
    event.add("dtstamp", stamp or datetime.datetime.now(datetime.UTC))
    if page.all_day:
        # All-day events are dates; DTEND is the day after the last day (exclusive).
        event.add("dtstart", local(page.start).date())
        event.add("dtend", local(page.end).date() + datetime.timedelta(days=1))
    else:
        event.add("dtstart", local(page.start))
        event.add("dtend", local(page.end))
    if page.listing_teaser:
        event.add("description", page.listing_teaser)
    location = ", ".join(part for part in (page.venue, page.city) if part)
    if location:
        event.add("location", location)
    url = absolute(page.get_url(request))
    if url:
        event.add("url", url)
    if page.last_published_at:
        event.add("last-modified", page.last_published_at)
    categories = [topic.name for topic in page.topics.all()]
    if categories:
        event.add("categories", categories)
    return event


def build_calendar(pages, request, name: str = "") -> Calendar:
    """A calendar with one VEVENT per page and the VTIMEZONE they refer to."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", EVENT_TIME_ZONE.key)
    pages = list(pages)
    for page in pages:
        calendar.add_component(_event_component(page, request))
    _add_time_zone(calendar, pages)
    return calendar


def _add_time_zone(calendar: Calendar, pages) -> None:
    """Europe/Berlin, limited to the years the events need to keep the file small."""
    years = [local(page.start).year for page in pages] + [local(page.end).year for page in pages]
    today = datetime.date.today()
    first = datetime.date(min(years, default=today.year) - 1, 1, 1)
    last = datetime.date(max(years, default=today.year) + 1, 12, 31)
    calendar.add_missing_timezones(first_date=first, last_date=last)
    if not calendar.timezones:
        # A file of all-day events alone refers to no time zone; name it all the same.
        calendar.subcomponents.insert(
            0, Timezone.from_tzid(EVENT_TIME_ZONE.key, first_date=first, last_date=last)
        )


def calendar_response(calendar: Calendar, filename: str) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(filename) or "events"}.ics"'
    return response
