"""A project's duration known to the year only ("Laufzeit 2022 bis 2023"): kept as whole
years, shown as years, and counted as running for the whole of those years."""

import datetime
import json
import re

from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest

from projects.models import DurationPrecision, ProjectPage, ProjectStatus, year_bounds
from tests.factories.base import translate_page
from tests.factories.projects import ProjectPageFactory

pytestmark = pytest.mark.django_db

YEARS = DurationPrecision.YEAR
LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def years_only(index, start, end, **fields):
    return ProjectPageFactory(
        parent=index, duration_precision=YEARS, start_date=start, end_date=end, **fields
    )


def test_year_bounds_are_the_first_and_the_last_day_of_the_years():
    assert year_bounds(datetime.date(2022, 6, 15), datetime.date(2023, 2, 1)) == (
        datetime.date(2022, 1, 1),
        datetime.date(2023, 12, 31),
    )
    assert year_bounds(datetime.date(2020, 3, 1), None) == (datetime.date(2020, 1, 1), None)


def test_a_duration_known_to_the_year_is_stored_as_whole_years(index):
    page = years_only(index, datetime.date(2022, 6, 15), datetime.date(2023, 2, 1))

    page.refresh_from_db()

    assert (page.start_date, page.end_date) == (
        datetime.date(2022, 1, 1),
        datetime.date(2023, 12, 31),
    )


def test_exact_dates_are_kept_as_they_are(index):
    page = ProjectPageFactory(
        parent=index, start_date=datetime.date(2022, 6, 15), end_date=datetime.date(2023, 2, 1)
    )

    page.refresh_from_db()

    assert page.duration_precision == DurationPrecision.DAY
    assert (page.start_date, page.end_date) == (
        datetime.date(2022, 6, 15),
        datetime.date(2023, 2, 1),
    )


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (datetime.date(2021, 12, 31), ProjectStatus.PLANNED),
        (datetime.date(2022, 1, 1), ProjectStatus.RUNNING),
        (datetime.date(2023, 12, 31), ProjectStatus.RUNNING),
        (datetime.date(2024, 1, 1), ProjectStatus.FINISHED),
    ],
)
def test_a_project_of_known_years_runs_through_the_whole_of_them(index, today, status):
    # Entered with days inside the years; only the years count.
    unsaved = ProjectPage(
        duration_precision=YEARS,
        start_date=datetime.date(2022, 9, 1),
        end_date=datetime.date(2023, 3, 1),
    )
    saved = years_only(index, datetime.date(2022, 9, 1), datetime.date(2023, 3, 1))

    assert unsaved.get_status(today=today) == status
    assert saved.get_status(today=today) == status
    assert set(ProjectPage.objects.with_status(status, today=today)) == {saved}


def test_an_end_in_the_same_year_is_accepted_and_an_earlier_year_is_not():
    same_year = ProjectPage(
        title="P", slug="p", duration_precision=YEARS,
        start_date=datetime.date(2023, 9, 1), end_date=datetime.date(2023, 3, 1),
    )  # fmt: skip
    earlier_year = ProjectPage(
        title="P", slug="p", duration_precision=YEARS,
        start_date=datetime.date(2023, 9, 1), end_date=datetime.date(2022, 12, 31),
    )  # fmt: skip

    same_year.clean()
    with pytest.raises(ValidationError) as error:
        earlier_year.clean()

    assert "end_date" in error.value.message_dict


def test_the_fact_box_shows_the_years_in_german_and_english(client, index, english_index):
    page = years_only(index, datetime.date(2022, 1, 1), datetime.date(2023, 12, 31))
    english = translate_page(page, "en", title="Project", slug="project")

    german_html = client.get(page.url).content.decode()
    english_html = client.get(english.url).content.decode()

    assert english.duration_precision == YEARS
    assert "<dd>2022 bis 2023</dd>" in german_html
    assert "<dd>2022 to 2023</dd>" in english_html
    for html in (german_html, english_html):
        assert 'datetime="2022-01-01"' not in html
        assert "Bundesweit · 2022–2023" in html or "Nationwide · 2022–2023" in html


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        (datetime.date(2022, 1, 1), datetime.date(2022, 12, 31), "<dd>2022</dd>"),
        (datetime.date(2020, 1, 1), None, "<dd>seit 2020</dd>"),
    ],
)
def test_a_single_or_open_ended_year_is_shown_as_such(client, index, start, end, shown):
    page = years_only(index, start, end)

    assert shown in client.get(page.url).content.decode()


def test_exact_dates_are_still_shown_as_days(client, index):
    page = ProjectPageFactory(
        parent=index, start_date=datetime.date(2022, 3, 15), end_date=datetime.date(2023, 6, 30)
    )

    html = client.get(page.url).content.decode()

    assert '<time datetime="2022-03-15">' in html
    assert '<time datetime="2023-06-30">' in html


def test_structured_data_gives_only_the_years(client, index):
    page = years_only(index, datetime.date(2022, 1, 1), datetime.date(2023, 12, 31))

    scripts = [json.loads(s) for s in LD_JSON.findall(client.get(page.url).content.decode())]
    (project,) = [s for s in scripts if s.get("@type") == "Project"]

    assert (project["foundingDate"], project["dissolutionDate"]) == ("2022", "2023")


def test_the_api_says_how_exactly_the_duration_is_known(client, index):
    years_only(index, datetime.date(2022, 1, 1), datetime.date(2023, 12, 31))

    items = client.get(
        "/api/v2/pages/", {"type": "projects.ProjectPage", "fields": "duration_precision"}
    ).json()["items"]

    assert [item["duration_precision"] for item in items] == ["year"]


def test_editors_choose_the_precision_next_to_the_dates(login, editor, index):
    url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", index.pk])

    html = login(editor).get(url).content.decode()

    assert 'name="duration_precision"' in html
    assert "Years only" in html or "Nur Jahre" in html
