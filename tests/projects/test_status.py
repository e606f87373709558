import datetime

from django.utils.translation import override

import pytest

from projects.models import ProjectPage, ProjectStatus, derive_status
from tests.factories.projects import ProjectPageFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2024, 6, 15)
DAY = datetime.timedelta(days=1)


@pytest.mark.parametrize(
    ("start", "end", "status"),
    [
        (TODAY + DAY, TODAY + 100 * DAY, ProjectStatus.PLANNED),
        (TODAY + DAY, None, ProjectStatus.PLANNED),
        (TODAY, TODAY, ProjectStatus.RUNNING),
        (TODAY - 100 * DAY, TODAY + DAY, ProjectStatus.RUNNING),
        (TODAY - 100 * DAY, None, ProjectStatus.RUNNING),
        (TODAY - 100 * DAY, TODAY - DAY, ProjectStatus.FINISHED),
    ],
)
def test_status_is_derived_from_the_dates(start, end, status):
    assert derive_status(start, end, today=TODAY) == status


def test_open_ended_project_runs_until_it_gets_an_end_date():
    project = ProjectPage(start_date=TODAY - 1000 * DAY, end_date=None)

    assert project.get_status(today=TODAY) == ProjectStatus.RUNNING


@override("en")
def test_status_defaults_to_today(today):
    finished = ProjectPage(start_date=today - 10 * DAY, end_date=today - DAY)

    assert finished.status == ProjectStatus.FINISHED
    assert finished.status_label == "Completed"


def test_status_filter_in_the_database_matches_the_derived_status(index):
    dates = [
        (TODAY + DAY, None),
        (TODAY + DAY, TODAY + 9 * DAY),
        (TODAY, TODAY),
        (TODAY - 9 * DAY, None),
        (TODAY - 9 * DAY, TODAY),
        (TODAY - 9 * DAY, TODAY - DAY),
    ]
    projects = [ProjectPageFactory(parent=index, start_date=s, end_date=e) for s, e in dates]

    for status in ProjectStatus:
        found = set(ProjectPage.objects.with_status(status, today=TODAY))
        expected = {p for p in projects if p.get_status(today=TODAY) == status}
        assert found == expected, status


def test_projects_are_ordered_running_then_planned_then_finished(index):
    finished = ProjectPageFactory(parent=index, start_date=TODAY - 9 * DAY, end_date=TODAY - DAY)
    planned = ProjectPageFactory(parent=index, start_date=TODAY + DAY, end_date=None)
    older_running = ProjectPageFactory(parent=index, start_date=TODAY - 90 * DAY, end_date=None)
    newer_running = ProjectPageFactory(parent=index, start_date=TODAY - 9 * DAY, end_date=None)

    ordered = list(ProjectPage.objects.order_by_status(today=TODAY))

    assert ordered == [newer_running, older_running, planned, finished]
