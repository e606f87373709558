import datetime

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from home.models import StandardPage
from news.models import EventPage
from tests.factories.base import translate_page
from tests.factories.news import EventPageFactory, berlin, body, in_days
from tests.factories.taxonomy import MunicipalityFactory, OrganisationFactory, translate

pytestmark = pytest.mark.django_db


def event(**fields) -> EventPage:
    """An unsaved event for checks that need no database tree."""
    defaults = {"title": "Regionalkonferenz", "start": in_days(30), "end": in_days(30, 16)}
    return EventPage(**{**defaults, **fields})


# Page tree


def test_event_page_can_be_created_below_an_event_index_only(homes, event_index, news_index):
    assert EventPage.can_create_at(event_index)
    assert EventPage.can_exist_under(event_index)
    assert not EventPage.can_create_at(homes["de"])
    assert not EventPage.can_create_at(news_index)
    assert not EventPage.can_exist_under(news_index)


def test_event_page_takes_no_subpages(event_index):
    page = EventPageFactory(parent=event_index)

    assert EventPage.allowed_subpage_models() == []
    assert not StandardPage.can_create_at(page)


# Validation


def test_event_cannot_end_before_it_starts():
    page = event(start=berlin(2022, 3, 22, 10), end=berlin(2022, 3, 22, 9))

    with pytest.raises(ValidationError) as error:
        page.clean()

    assert "end" in error.value.message_dict


def test_registration_deadline_cannot_be_after_the_start():
    page = event(
        start=berlin(2022, 3, 22, 10),
        end=berlin(2022, 3, 22, 16),
        registration_url="https://example.org/anmeldung",
        registration_deadline=datetime.date(2022, 3, 23),
    )

    with pytest.raises(ValidationError) as error:
        page.clean()

    assert "registration_deadline" in error.value.message_dict


def test_registration_deadline_on_the_day_of_the_start_is_valid(event_index):
    page = EventPageFactory(
        parent=event_index,
        start=berlin(2022, 3, 22, 10),
        end=berlin(2022, 3, 22, 16),
        registration_deadline=datetime.date(2022, 3, 22),
    )

    page.full_clean()


def test_deadline_is_compared_with_the_start_day_in_german_time():
    # 00:30 on 22 March in Berlin is still 21 March in UTC.
    page = event(
        start=berlin(2022, 3, 22, 0, 30),
        end=berlin(2022, 3, 22, 16),
        registration_deadline=datetime.date(2022, 3, 22),
    )

    page.clean()


def test_all_day_event_runs_from_the_first_to_the_end_of_the_last_day(event_index):
    page = EventPageFactory(
        parent=event_index,
        start=berlin(2022, 3, 22, 10),
        end=berlin(2022, 3, 24, 9),
        all_day=True,
    )

    assert page.start == berlin(2022, 3, 22, 0, 0)
    assert page.end == berlin(2022, 3, 24, 23, 59) + datetime.timedelta(seconds=59)


# Derived state


def test_future_event_is_upcoming_with_open_registration():
    page = event(registration_url="https://example.org/anmeldung")

    assert page.is_upcoming
    assert not page.is_past
    assert page.registration_open


def test_past_event_is_past_and_closed_for_registration():
    page = event(
        start=berlin(2022, 3, 22, 10),
        end=berlin(2022, 3, 22, 16),
        registration_url="https://example.org/anmeldung",
    )

    assert page.is_past
    assert not page.is_upcoming
    assert not page.registration_open


def test_running_event_counts_as_upcoming_but_takes_no_registrations():
    page = event(
        start=in_days(-1),
        end=in_days(1),
        registration_url="https://example.org/anmeldung",
    )

    assert page.is_running
    assert page.is_upcoming
    assert not page.registration_open


def test_registration_closes_after_the_deadline():
    yesterday = in_days(-1).date()
    page = event(registration_url="https://example.org/anmeldung", registration_deadline=yesterday)

    assert not page.registration_open


def test_registration_needs_an_address():
    assert not event(registration_url="").registration_open


# Date ranges


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "22. März 2022"), ("en", "22 March 2022")],
)
def test_all_day_event_on_one_day_shows_the_date(language, expected):
    page = event(start=berlin(2022, 3, 22), end=berlin(2022, 3, 22), all_day=True)

    with translation.override(language):
        assert page.listing_meta == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "22.–24. März 2022"), ("en", "22–24 March 2022")],
)
def test_days_in_one_month_name_the_month_once(language, expected):
    page = event(start=berlin(2022, 3, 22), end=berlin(2022, 3, 24), all_day=True)

    with translation.override(language):
        assert page.listing_meta == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "31. März – 2. April 2022"), ("en", "31 March – 2 April 2022")],
)
def test_days_across_months_name_the_year_once(language, expected):
    page = event(start=berlin(2022, 3, 31), end=berlin(2022, 4, 2), all_day=True)

    with translation.override(language):
        assert page.listing_meta == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "30. Dezember 2022 – 2. Januar 2023"), ("en", "30 December 2022 – 2 January 2023")],
)
def test_days_across_years_are_written_in_full(language, expected):
    page = event(start=berlin(2022, 12, 30), end=berlin(2023, 1, 2), all_day=True)

    with translation.override(language):
        assert page.listing_meta == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "5. April 2022, 10:00–16:30"), ("en", "5 April 2022, 10:00–16:30")],
)
def test_times_on_one_day_name_the_day_once(language, expected):
    page = event(start=berlin(2022, 4, 5, 10), end=berlin(2022, 4, 5, 16, 30))

    with translation.override(language):
        assert page.listing_meta == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "9. Dezember 2019, 13:00 – 10. Dezember 2019, 15:00"),
        ("en", "9 December 2019, 13:00 – 10 December 2019, 15:00"),
    ],
)
def test_times_on_several_days_name_both_days(language, expected):
    page = event(start=berlin(2019, 12, 9, 13), end=berlin(2019, 12, 10, 15))

    with translation.override(language):
        assert page.listing_meta == expected


def test_times_are_shown_in_german_time_whatever_the_stored_zone():
    start = datetime.datetime(2022, 3, 22, 9, 0, tzinfo=datetime.UTC)
    page = event(start=start, end=start + datetime.timedelta(hours=2))

    with translation.override("de"):
        assert page.listing_meta == "22. März 2022, 10:00–12:00"


# Rendering


def test_event_page_renders_its_facts_in_german(client, event_index):
    organiser = OrganisationFactory(name="Koordinierungs- und Transferstelle")
    page = EventPageFactory(
        parent=event_index,
        title="Regionalkonferenz Ulm",
        teaser="Smart-City-Strategien gemeinsam entwickeln.",
        start=berlin(2022, 4, 5, 10),
        end=berlin(2022, 4, 5, 16),
        venue="Stadthaus Ulm, Münsterplatz 50",
        city="Ulm",
        organiser=organiser,
        body=body("Programm folgt."),
    )

    html = client.get(page.url).content.decode()

    assert "<h1>Regionalkonferenz Ulm</h1>" in html
    assert '<time datetime="2022-04-05T10:00+02:00">5. April 2022, 10:00</time>' in html
    assert '<time datetime="2022-04-05T16:00+02:00">16:00</time>' in html
    assert "Stadthaus Ulm, Münsterplatz 50" in html
    assert "Koordinierungs- und Transferstelle" in html
    assert "Programm folgt." in html


def test_english_translation_shows_english_fields_only(client, event_index, english_event_index):
    organiser = OrganisationFactory(name="Bundesministerium", url="https://example.org/")
    translate(organiser, name="Federal Ministry")
    municipality = MunicipalityFactory(name="Köln")
    translate(municipality, name="Cologne")
    page = EventPageFactory(
        parent=event_index,
        title="Regionalkonferenz",
        start=berlin(2022, 3, 22),
        end=berlin(2022, 3, 22),
        all_day=True,
        event_type=EventPage.EventType.CONFERENCE,
        event_format=EventPage.EventFormat.ONLINE,
        city="",
        municipality=municipality,
        organiser=organiser,
        body=body("Programm folgt."),
    )
    english = translate_page(
        page, "en", title="Regional conference", slug="regional-conference", body=body("Agenda.")
    )

    response = client.get(english.url)
    html = response.content.decode()

    assert english.url == "/en/events/regional-conference/"
    assert "<h1>Regional conference</h1>" in html
    assert '<time datetime="2022-03-22">22 March 2022</time>' in html
    assert "Conference" in html
    assert "Online" in html
    assert "Cologne" in html
    assert '<a href="https://example.org/">Federal Ministry</a>' in html
    assert "Agenda." in html
    assert "Regionalkonferenz" not in html
    assert "Programm folgt." not in html
    assert "Bundesministerium" not in html


def test_open_registration_shows_the_link_and_deadline(client, event_index, english_event_index):
    deadline = in_days(20).date()
    page = EventPageFactory(
        parent=event_index,
        registration_url="https://example.org/anmeldung",
        registration_deadline=deadline,
    )
    english = translate_page(page, "en", slug="open-registration")

    html = client.get(english.url).content.decode()

    assert 'href="https://example.org/anmeldung"' in html
    assert f'<time datetime="{deadline.isoformat()}">' in html
    assert "Registration closed" not in html


def test_closed_registration_says_so(client, event_index, english_event_index):
    page = EventPageFactory(
        parent=event_index,
        start=berlin(2022, 3, 22, 10),
        end=berlin(2022, 3, 22, 16),
        registration_url="https://example.org/anmeldung",
    )
    english = translate_page(page, "en", slug="closed-registration")

    html = client.get(english.url).content.decode()

    assert "Registration closed" in html
    assert 'href="https://example.org/anmeldung"' not in html


def test_documentation_is_shown_once_the_event_is_over(client, event_index):
    page = EventPageFactory(
        parent=event_index,
        start=berlin(2019, 12, 9, 10),
        end=berlin(2019, 12, 10, 16),
        documentation=body("Die Folien zum Herunterladen."),
    )

    html = client.get(page.url).content.decode()

    assert 'id="documentation-heading"' in html
    assert "Die Folien zum Herunterladen." in html


def test_documentation_is_hidden_before_the_event(client, event_index):
    page = EventPageFactory(parent=event_index, documentation=body("Die Folien vorab."))

    html = client.get(page.url).content.decode()

    assert 'id="documentation-heading"' not in html
    assert "Die Folien vorab." not in html
