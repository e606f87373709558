"""What needs an editor's care, page by page: a review that is due, a translation behind its
source, a broken link. One list feeds the "Needs review" report and the weekly digest."""

from dataclasses import dataclass
from datetime import date, datetime, time

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, get_page_models

from home.models import BasePage
from home.translation_status import outdated_translations

from .models import LinkProblem

REVIEW_DUE = "review"
TRANSLATION_BEHIND = "translation"
BROKEN_LINK = "link"
REASONS = {
    REVIEW_DUE: _("Review due"),
    TRANSLATION_BEHIND: _("Translation behind its source"),
    BROKEN_LINK: _("Broken link"),
}


@dataclass(frozen=True)
class Care:
    """One reason one page needs care; ``detail`` says what, lazily in the reader's language."""

    page: Page
    reason: str
    detail: object

    @property
    def reason_label(self) -> str:
        return str(REASONS[self.reason])

    @property
    def detail_text(self) -> str:
        return self.detail() if callable(self.detail) else str(self.detail)


def reviewed_types() -> list[type]:
    return [
        model
        for model in get_page_models()
        if issubclass(model, BasePage)
        and not model._meta.abstract
        and model.review_interval is not None
    ]


def _day(value) -> str:
    return date_format(value, "DATE_FORMAT")


def _review_detail(page, due: date):
    if page.last_reviewed:
        return lambda: str(
            _("Last reviewed on %(reviewed)s; due since %(due)s.")
            % {"reviewed": _day(page.last_reviewed), "due": _day(due)}
        )
    first = timezone.localdate(page.first_published_at)
    return lambda: str(
        _("Never reviewed; first published on %(published)s, due since %(due)s.")
        % {"published": _day(first), "due": _day(due)}
    )


def reviews_due(today: date | None = None) -> list[Care]:
    """Live pages whose review is older than their type's interval, or that were never
    reviewed and first published longer ago than that."""
    today = today or timezone.localdate()
    found = []
    for model in reviewed_types():
        interval = model.review_interval
        cutoff = today - interval
        cutoff_moment = timezone.make_aware(datetime.combine(cutoff, time.min))
        pages = model.objects.live().filter(
            Q(last_reviewed__lt=cutoff)
            | Q(last_reviewed__isnull=True, first_published_at__lt=cutoff_moment)
        )
        for page in pages.select_related("owner", "locale"):
            start = page.last_reviewed or timezone.localdate(page.first_published_at)
            found.append(Care(page, REVIEW_DUE, _review_detail(page, start + interval)))
    return found


def translations_behind() -> list[Care]:
    source = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if source is None:
        return []
    found = []
    for target in Locale.objects.exclude(pk=source.pk):
        for original, translation in outdated_translations(source, target):
            found.append(
                Care(
                    translation,
                    TRANSLATION_BEHIND,
                    lambda original=original: str(
                        _("“%(source)s” changed since the last translation.")
                        % {"source": original.get_admin_display_title()}
                    ),
                )
            )
    return found


def broken_links() -> list[Care]:
    problems = LinkProblem.objects.select_related("page__owner", "page__locale").order_by(
        "page__path", "kind", "target"
    )
    return [Care(problem.page, BROKEN_LINK, problem.describe) for problem in problems]


def everything(today: date | None = None) -> list[Care]:
    """All of it, ordered by page (as in the page tree) and reason."""
    order = list(REASONS)
    rows = [*reviews_due(today), *translations_behind(), *broken_links()]
    return sorted(rows, key=lambda row: (row.page.path, order.index(row.reason)))
