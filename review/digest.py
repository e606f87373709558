"""The weekly digest: each owner's pages that need care, one e-mail in the owner's admin
language, through the outbox (``core.handoffs.queue_email``); nobody with nothing due gets one."""

from collections import defaultdict
from datetime import date

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core.handoffs import queue_email
from core.origin import absolute

from . import care


def admin_language(user) -> str:
    """The user's preferred admin language (their profile), else the portal's default."""
    profile = getattr(user, "wagtail_userprofile", None)
    language = profile.get_preferred_language() if profile else ""
    return language or settings.LANGUAGE_CODE


def by_owner(rows: list[care.Care]) -> dict:
    """Rows grouped by the page's owner (active, with an e-mail address), then by page."""
    owners = defaultdict(lambda: defaultdict(list))
    for row in rows:
        owner = row.page.owner
        if owner is not None and owner.is_active and owner.email:
            owners[owner][row.page].append(row)
    return owners


@transaction.atomic
def send_digests(today: date | None = None) -> int:
    """Queue one digest per owner with something due; returns how many were queued."""
    sent = 0
    for owner, pages in by_owner(care.everything(today)).items():
        language = admin_language(owner)
        with translation.override(language):
            context = {
                "name": owner.get_full_name() or owner.get_username(),
                "site_name": settings.WAGTAIL_SITE_NAME,
                "total": len(pages),
                "pages": [
                    {
                        "title": page.get_admin_display_title(),
                        "rows": rows,
                        "edit_url": absolute(reverse("wagtailadmin_pages:edit", args=[page.pk])),
                    }
                    for page, rows in pages.items()
                ],
                "report_url": absolute(reverse("review_report")),
            }
            queue_email(
                recipient=owner.email,
                subject=_("Your pages that need care – %(site)s")
                % {"site": settings.WAGTAIL_SITE_NAME},
                body=render_to_string("review/email/digest.txt", context),
                language=language,
            )
        sent += 1
    return sent
