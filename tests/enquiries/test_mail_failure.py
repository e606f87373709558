"""Nothing is lost: a failing mail server leaves the submission stored and the e-mails pending."""

import smtplib
from datetime import timedelta
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

from enquiries.models import OutgoingEmail

from .conftest import registration_data

FAILING = "enquiries.models.outbox.send_mail"


def test_mail_server_outage_keeps_submission_and_shows_confirmation(
    client, registration, django_capture_on_commit_callbacks
):
    with (
        mock.patch(FAILING, side_effect=smtplib.SMTPConnectError(421, "down")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(registration.url, registration_data())
    assert response.status_code == 200
    assert 'role="status"' in response.content.decode()
    assert FormSubmission.objects.filter(page=registration).count() == 1
    pending = OutgoingEmail.objects.filter(sent_at__isnull=True)
    assert pending.count() == 2
    assert all(email.attempts == 1 and "SMTPConnectError" in email.last_error for email in pending)


def test_mail_server_outage_is_logged(
    client, registration, django_capture_on_commit_callbacks, caplog
):
    with (
        mock.patch(FAILING, side_effect=OSError("connection refused")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        client.post(registration.url, registration_data())
    assert "not sent" in caplog.text


def test_submission_is_committed_before_any_mail_is_attempted(
    client, registration, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(registration.url, registration_data())
    assert FormSubmission.objects.count() == 1
    assert mail.outbox == []
    assert len(callbacks) == 1


def test_pending_emails_are_sent_by_the_retry_command_after_the_backoff(
    client, registration, django_capture_on_commit_callbacks
):
    with (
        mock.patch(FAILING, side_effect=OSError("down")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        client.post(registration.url, registration_data())
    call_command("send_pending_emails")  # still within the backoff: nothing sent
    assert mail.outbox == []
    OutgoingEmail.objects.update(last_attempt_at=timezone.now() - timedelta(minutes=5))
    call_command("send_pending_emails")
    assert sorted(m.to[0] for m in mail.outbox) == ["erika@example.org", "team@example.org"]
    assert not OutgoingEmail.objects.filter(sent_at__isnull=True).exists()
