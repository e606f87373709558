"""Factories for news and events; events start in a month unless told otherwise."""

import datetime

from django.utils import timezone

import factory

from news.dates import EVENT_TIME_ZONE
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

from .base import PageFactory


def body(text: str = "Ein Absatz Text.") -> list[dict]:
    """A StreamField body of one paragraph, as raw data."""
    return [{"type": "rich_text", "value": f"<p>{text}</p>"}]


def berlin(year, month, day, hour=0, minute=0) -> datetime.datetime:
    """An aware datetime in German local time."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=EVENT_TIME_ZONE)


def in_days(days: int, hour: int = 10) -> datetime.datetime:
    """A moment ``days`` from today at ``hour`` o'clock, German local time."""
    day = timezone.localdate(timezone=EVENT_TIME_ZONE) + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), EVENT_TIME_ZONE)


class NewsIndexPageFactory(PageFactory):
    title = "Aktuelles"
    slug = "aktuelles"
    intro = "<p>Neuigkeiten aus dem Portal.</p>"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(PageFactory):
    teaser = factory.Faker("sentence", locale="de_DE")
    date = factory.LazyFunction(timezone.localdate)
    body = factory.LazyFunction(body)

    class Meta:
        model = NewsPage


class EventIndexPageFactory(PageFactory):
    title = "Veranstaltungen"
    slug = "veranstaltungen"
    intro = "<p>Konferenzen, Workshops und Webinare.</p>"

    class Meta:
        model = EventIndexPage


class EventPageFactory(PageFactory):
    teaser = factory.Faker("sentence", locale="de_DE")
    start = factory.LazyFunction(lambda: in_days(30, hour=10))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=6))
    event_type = EventPage.EventType.WORKSHOP
    event_format = EventPage.EventFormat.ON_SITE
    city = "Ulm"

    class Meta:
        model = EventPage
