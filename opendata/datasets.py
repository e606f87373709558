"""The open datasets: projects, toolbox entries, events and news of one language, as flat
rows that serialise to JSON and CSV alike. Only live, public pages are exported."""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from core.locales import localize
from core.visibility import visible
from news.dates import local
from news.models import EventPage, NewsPage
from projects.models import ProjectPage
from toolbox.models import ToolPage


def names(terms) -> list[str]:
    return [term.name for term in localize([t for t in terms if t is not None])]


def _common(page, request) -> dict:
    return {
        # The translation key is the same in every language and survives edits.
        "id": str(page.translation_key),
        "language": page.locale.language_code,
        "title": page.title,
        "url": page.get_full_url(request),
        "teaser": page.listing_teaser,
        "topics": names(page.topics.all()),
        "last_published_at": page.last_published_at.isoformat() if page.last_published_at else "",
    }


def project_row(page, request) -> dict:
    partners = page.partners.select_related("municipality", "organisation")
    return {
        **_common(page, request),
        "scope": page.scope,
        "status": str(page.status.value),
        "start_date": page.start_date.isoformat() if page.start_date else "",
        "end_date": page.end_date.isoformat() if page.end_date else "",
        "funding_programme": ", ".join(names([page.funding_programme])),
        "commissioned_by": names(page.commissioned_by.all()),
        "partners": names(row.member for row in partners),
        "services": names(page.services.all()),
    }


def tool_row(page, request) -> dict:
    return {
        **_common(page, request),
        "tool_type": ", ".join(names([page.tool_type])),
        "process_phases": names(page.process_phases.all()),
        "hazards": names(page.hazards.all()),
        "target_groups": names(page.target_groups.all()),
        "municipality_sizes": list(page.municipality_sizes or []),
        "effort": page.effort,
        "cost": page.cost,
        "duration": page.duration,
        "licence": page.licence,
        "last_reviewed": page.last_reviewed.isoformat() if page.last_reviewed else "",
    }


def event_row(page, request) -> dict:
    return {
        **_common(page, request),
        "start": local(page.start).isoformat(),
        "end": local(page.end).isoformat(),
        "all_day": page.all_day,
        "event_type": page.event_type,
        "event_format": page.event_format,
        "venue": page.venue,
        "city": page.city,
        "organiser": ", ".join(names([page.organiser])),
        "registration_url": page.registration_url,
    }


def news_row(page, request) -> dict:
    return {
        **_common(page, request),
        "date": page.date.isoformat(),
        "authors": names(page.authors.all()),
        "municipalities": names(page.municipalities.all()),
    }


COMMON_COLUMNS = ("id", "language", "title", "url", "teaser", "topics", "last_published_at")


@dataclass(frozen=True)
class Dataset:
    """One exported collection of pages and how to turn a page into a row."""

    slug: str
    title: Promise
    description: Promise
    model: type
    row: Callable
    order: tuple[str, ...]
    columns: tuple[str, ...]

    def pages(self, locale: Locale):
        return (
            visible(self.model.objects.all(), locale)
            .select_related("locale")
            .prefetch_related("topics")
            .order_by(*self.order)
        )

    def rows(self, locale: Locale, request) -> list[dict]:
        return [self.row(page, request) for page in self.pages(locale)]


DATASETS = {
    dataset.slug: dataset
    for dataset in (
        Dataset(
            "projects",
            _("Projects"),
            _("Project profiles: scope, duration, status, partners, funding and topics."),
            ProjectPage,
            project_row,
            ("title", "pk"),
            (
                *COMMON_COLUMNS,
                "scope",
                "status",
                "start_date",
                "end_date",
                "funding_programme",
                "commissioned_by",
                "partners",
                "services",
            ),
        ),
        Dataset(
            "toolbox",
            _("Toolbox"),
            _("Methods, guidelines and tools with their classification, effort and licence."),
            ToolPage,
            tool_row,
            ("title", "pk"),
            (
                *COMMON_COLUMNS,
                "tool_type",
                "process_phases",
                "hazards",
                "target_groups",
                "municipality_sizes",
                "effort",
                "cost",
                "duration",
                "licence",
                "last_reviewed",
            ),
        ),
        Dataset(
            "events",
            _("Events"),
            _("Conferences, workshops and webinars: dates, format, place and registration."),
            EventPage,
            event_row,
            ("start", "pk"),
            (
                *COMMON_COLUMNS,
                "start",
                "end",
                "all_day",
                "event_type",
                "event_format",
                "venue",
                "city",
                "organiser",
                "registration_url",
            ),
        ),
        Dataset(
            "news",
            _("News"),
            _("News articles: date, teaser, authors, municipalities and topics."),
            NewsPage,
            news_row,
            ("-date", "-pk"),
            (*COMMON_COLUMNS, "date", "authors", "municipalities"),
        ),
    )
}
