"""A project's status (planned, running, finished), derived from its dates and today's date,
both for one project and as database filters, so listings can filter and sort by it.

A duration known to the year only ("2022 to 2023") counts from 1 January of the first year to
31 December of the last (``year_bounds``); such projects are stored with those dates, so the
filters and the derived status agree."""

import datetime

from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import PageManager, PageQuerySet


class ProjectStatus(models.TextChoices):
    """Where a project stands today; never stored, always computed from its dates."""

    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Ongoing")
    FINISHED = "finished", _("Completed")


def derive_status(
    start: datetime.date | None, end: datetime.date | None, today: datetime.date | None = None
) -> ProjectStatus:
    """The status on ``today``: planned before the start, finished after the end, otherwise
    running (also when no end is set: open-ended projects run until they get an end date)."""
    today = today or timezone.localdate()
    if start is None or start > today:
        return ProjectStatus.PLANNED
    if end is not None and end < today:
        return ProjectStatus.FINISHED
    return ProjectStatus.RUNNING


def status_q(status: str, today: datetime.date | None = None) -> Q:
    """A filter matching exactly the projects that ``derive_status`` gives ``status``."""
    today = today or timezone.localdate()
    planned = Q(start_date__gt=today)
    finished = Q(start_date__lte=today, end_date__lt=today)
    if status == ProjectStatus.PLANNED:
        return planned
    if status == ProjectStatus.FINISHED:
        return finished
    if status == ProjectStatus.RUNNING:
        return Q(start_date__lte=today) & (Q(end_date__isnull=True) | Q(end_date__gte=today))
    raise ValueError(f"Unknown project status: {status!r}")


class DurationPrecision(models.TextChoices):
    """How exactly a project's start and end are known."""

    DAY = "day", _("Exact dates")
    YEAR = "year", _("Years only")


def year_bounds(
    start: datetime.date | None, end: datetime.date | None
) -> tuple[datetime.date | None, datetime.date | None]:
    """The dates of a duration known to the year only: 1 January of the start's year and
    31 December of the end's year (``None`` stays ``None``)."""
    return (
        start and start.replace(month=1, day=1),
        end and end.replace(month=12, day=31),
    )


# Listing order: running projects first, then planned, then finished ones.
STATUS_ORDER = [ProjectStatus.RUNNING, ProjectStatus.PLANNED, ProjectStatus.FINISHED]


class ProjectPageQuerySet(PageQuerySet):
    """Page queries that know the project status."""

    def with_status(self, status: str, today: datetime.date | None = None):
        return self.filter(status_q(status, today))

    def order_by_status(self, today: datetime.date | None = None):
        """Running first, then planned, then finished; in each group the latest start first."""
        today = today or timezone.localdate()
        rank = Case(
            *[
                When(status_q(status, today), then=Value(i))
                for i, status in enumerate(STATUS_ORDER)
            ],
            default=Value(len(STATUS_ORDER)),
            output_field=models.IntegerField(),
        )
        return self.alias(status_rank=rank).order_by("status_rank", "-start_date", "title")


ProjectPageManager = PageManager.from_queryset(ProjectPageQuerySet)
