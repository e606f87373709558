"""The e-mails of a submission: rendered in the submitter's language, written to the outbox,
sent after commit by a background task and retried by ``send_pending_emails``."""

import logging
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.origin import absolute

from .models.outbox import OutgoingEmail
from .tasks import send_email

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
MAX_BACKOFF = timedelta(hours=24)


def _display(value) -> str:
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value) or "–"
    if hasattr(value, "model"):
        return ", ".join(str(item) for item in value) or "–"
    return str(value) if value not in (None, "") else "–"


def _answers(form) -> list[tuple[str, str]]:
    return [
        (str(field.label), _display(form.cleaned_data.get(field.name)))
        for field in form.visible_enquiry_fields()
    ]


def queue_emails(page, form, submission) -> list[OutgoingEmail]:
    """Write the confirmation and the editors' notification to the outbox (inside the
    submission's transaction)."""
    language = page.locale.language_code
    data = form.cleaned_data
    site_name = settings.WAGTAIL_SITE_NAME
    with translation.override(language):
        context = {
            "page": page,
            "answers": _answers(form),
            "site_name": site_name,
            "admin_url": absolute(reverse("wagtailforms:list_submissions", args=[page.pk])),
        }
        messages = []
        submitter = page.submitter_email(data)
        if submitter:
            messages.append(
                (
                    submitter,
                    _("Your message to %(site)s") % {"site": site_name},
                    render_to_string("enquiries/email/confirmation.txt", context),
                )
            )
        notification_subject = page.subject or _("New submission: %(title)s") % {
            "title": page.title
        }
        notification = render_to_string("enquiries/email/notification.txt", context)
        for address in filter(None, (a.strip() for a in page.to_address.split(","))):
            messages.append((address, notification_subject, notification))
    return [
        OutgoingEmail.objects.create(
            submission=submission,
            sender=page.from_address,
            recipient=recipient,
            subject=subject,
            body=body,
            language=language,
        )
        for recipient, subject, body in messages
    ]


def send_after_commit(emails: list[OutgoingEmail]) -> None:
    transaction.on_commit(partial(_enqueue, [email.pk for email in emails]))


def _enqueue(ids: list[int]) -> None:
    for pk in ids:
        try:
            send_email.enqueue(pk)
        except Exception:  # a broken task queue must not break the confirmation page
            logger.exception("Could not enqueue e-mail %s; send_pending_emails will retry", pk)


def backoff(attempts: int) -> timedelta:
    """Wait before the next attempt: 1, 2, 4, 8 … minutes, at most a day."""
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def due_emails(now=None, max_attempts: int = MAX_ATTEMPTS) -> list[OutgoingEmail]:
    """Pending e-mails whose backoff has passed."""
    now = now or timezone.now()
    pending = OutgoingEmail.objects.filter(sent_at__isnull=True, attempts__lt=max_attempts)
    return [
        email
        for email in pending
        if email.last_attempt_at is None or email.last_attempt_at + backoff(email.attempts) <= now
    ]


def send_pending(now=None, max_attempts: int = MAX_ATTEMPTS) -> tuple[int, int]:
    """Send every due e-mail once; returns (sent, failed)."""
    sent = failed = 0
    for email in due_emails(now, max_attempts):
        if email.send():
            sent += 1
        else:
            failed += 1
    return sent, failed


def queue_requested_email(sender, *, recipient, subject, body, language, **kwargs):
    """``core.handoffs.email_requested`` receiver: another app's e-mail goes through this
    outbox too (written in the caller's transaction, sent after commit, retried)."""
    email = OutgoingEmail.objects.create(
        recipient=recipient, subject=subject, body=body, language=language
    )
    send_after_commit([email])
    return email
