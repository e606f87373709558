"""The pages go through wagtail-localize's own translation machinery: text is offered for
translation, dates, choices and terms are kept in sync."""

import datetime

from wagtail_localize.models import StringSegment, TranslationSource

import pytest

from news.models import EventPage
from tests.factories.base import locale
from tests.factories.news import EventPageFactory, NewsPageFactory, berlin, body
from tests.factories.taxonomy import (
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def translate_with_wagtail_localize(page):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    source.create_or_update_translation(locale("en"), fallback=True)
    return page.get_translation(locale("en")).specific


def segments(page) -> set[str]:
    source, _created = TranslationSource.get_or_create_from_instance(page)
    return set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))


def test_event_text_is_offered_for_translation(event_index, english_event_index):
    page = EventPageFactory(
        parent=event_index,
        title="Regionalkonferenz",
        venue="Rathaus",
        city="München",
        body=body("Programm folgt."),
        documentation=body("Folien."),
    )

    offered = segments(page)

    assert {"Regionalkonferenz", "Rathaus", "München", "Programm folgt.", "Folien."} <= offered
    assert "https://example.org/anmeldung" not in offered


def test_event_translation_keeps_dates_choices_and_terms(event_index, english_event_index):
    organiser = OrganisationFactory()
    municipality = MunicipalityFactory()
    topic = TopicFactory()
    page = EventPageFactory(
        parent=event_index,
        start=berlin(2022, 3, 22, 10),
        end=berlin(2022, 3, 22, 16),
        registration_url="https://example.org/anmeldung",
        registration_deadline=datetime.date(2022, 3, 15),
        event_type=EventPage.EventType.WEBINAR,
        event_format=EventPage.EventFormat.ONLINE,
        organiser=organiser,
        municipality=municipality,
        municipalities=[municipality],
        topics=[topic],
    )

    english = translate_with_wagtail_localize(page)

    assert english.start == page.start
    assert english.end == page.end
    assert english.registration_deadline == datetime.date(2022, 3, 15)
    assert english.registration_url == "https://example.org/anmeldung"
    assert english.event_type == EventPage.EventType.WEBINAR
    assert english.event_format == EventPage.EventFormat.ONLINE
    # The same terms, in English (``taxonomy.localize``).
    assert english.organiser.translation_key == organiser.translation_key
    assert english.municipality.translation_key == municipality.translation_key
    assert [m.translation_key for m in english.municipalities.all()] == [
        municipality.translation_key
    ]
    assert [t.translation_key for t in english.topics.all()] == [topic.translation_key]
    assert {english.organiser.locale, english.municipality.locale} == {locale("en")}


def test_news_translation_keeps_date_authors_and_municipalities(news_index, english_news_index):
    author = PersonFactory()
    municipality = MunicipalityFactory()
    page = NewsPageFactory(
        parent=news_index,
        date=datetime.date(2019, 12, 16),
        authors=[author],
        municipalities=[municipality],
    )

    english = translate_with_wagtail_localize(page)

    assert english.date == datetime.date(2019, 12, 16)
    assert [(a.translation_key, a.locale) for a in english.authors.all()] == [
        (author.translation_key, locale("en"))
    ]
    assert [(m.translation_key, m.locale) for m in english.municipalities.all()] == [
        (municipality.translation_key, locale("en"))
    ]
