"""Dates and date ranges in the visitor's language, built from Django's locale formats
(``DATE_FORMAT``, ``MONTH_DAY_FORMAT``, ``TIME_FORMAT``), so they follow whatever formats the
project activates: “22.–24. März 2022” in German, the same range in English style in English."""

import datetime
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import formats, timezone

# Events take place in Germany; their times are shown in German local time whatever time zone
# a request happens to have activated.
EVENT_TIME_ZONE = ZoneInfo(settings.TIME_ZONE)

# Format characters that write out a month (full, AP style, abbreviated, alternative).
MONTH_CHARS = "FNMbE"
COMPACT_DASH = "–"
SPACED_DASH = " – "


def local(value: datetime.datetime) -> datetime.datetime:
    return timezone.localtime(value, EVENT_TIME_ZONE)


def all_day_bounds(
    first: datetime.date, last: datetime.date
) -> tuple[datetime.datetime, datetime.datetime]:
    """The start of the first day and the last second of the last day, German local time."""
    return (
        datetime.datetime.combine(first, datetime.time.min, EVENT_TIME_ZONE),
        datetime.datetime.combine(last, datetime.time(23, 59, 59), EVENT_TIME_ZONE),
    )


@dataclass(frozen=True)
class DatePart:
    """One end of a range: the text shown and the machine-readable value for ``<time>``."""

    text: str
    iso: str


@dataclass(frozen=True)
class DateRange:
    """A date or a range of dates or times; ``str()`` gives the whole text."""

    start: DatePart
    end: DatePart | None = None
    separator: str = SPACED_DASH

    def __str__(self) -> str:
        if self.end is None:
            return self.start.text
        return f"{self.start.text}{self.separator}{self.end.text}"


def _format(value, format_name: str) -> str:
    return formats.date_format(value, format_name)


def _day(value: datetime.date, text: str | None = None) -> DatePart:
    return DatePart(text if text is not None else _format(value, "DATE_FORMAT"), value.isoformat())


def single_date(value: datetime.date) -> DateRange:
    """One day, e.g. “22. März 2022”."""
    return DateRange(_day(value))


def day_range(first: datetime.date, last: datetime.date) -> DateRange:
    """Whole days, written as compactly as the language allows."""
    if first == last:
        return single_date(first)
    if first.year != last.year:
        return DateRange(_day(first), _day(last))
    if first.month != last.month:
        return DateRange(_day(first, _format(first, "MONTH_DAY_FORMAT")), _day(last))
    return _same_month(first, last)


def _same_month(first: datetime.date, last: datetime.date) -> DateRange:
    """“22.–24. März 2022” (day first) or “March 22–24, 2022” (month first); the month and
    year are written once. Unknown format shapes fall back to the long form."""
    month_day = formats.get_format("MONTH_DAY_FORMAT")
    date_format = formats.get_format("DATE_FORMAT")
    month_at = re.search(f"[{MONTH_CHARS}]", month_day)
    if month_at is None:
        return DateRange(_day(first), _day(last))
    if month_at.start() > 0 and date_format.startswith(month_day[0]):
        day_only = month_day[: month_at.start()].rstrip()
        return DateRange(_day(first, _format(first, day_only)), _day(last), COMPACT_DASH)
    if month_at.start() == 0:
        date_without_month = re.sub(f"[{MONTH_CHARS}]\\.?\\s*", "", date_format, count=1)
        return DateRange(
            _day(first, _format(first, month_day)),
            _day(last, _format(last, date_without_month)),
            COMPACT_DASH,
        )
    return DateRange(_day(first), _day(last))


def _moment(value: datetime.datetime, with_date: bool = True) -> DatePart:
    time = _format(value, "TIME_FORMAT")
    text = f"{_format(value, 'DATE_FORMAT')}, {time}" if with_date else time
    return DatePart(text, value.isoformat(timespec="minutes"))


def time_range(start: datetime.datetime, end: datetime.datetime) -> DateRange:
    """A range with times in German local time; a one-day range names the day once."""
    start, end = local(start), local(end)
    if start == end:
        return DateRange(_moment(start))
    if start.date() == end.date():
        return DateRange(_moment(start), _moment(end, with_date=False), COMPACT_DASH)
    return DateRange(_moment(start), _moment(end))


def event_range(start: datetime.datetime, end: datetime.datetime, all_day: bool) -> DateRange:
    """The dates of an event: days only when it lasts all day, else with times."""
    if all_day:
        return day_range(local(start).date(), local(end).date())
    return time_range(start, end)
