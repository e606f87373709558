"""``purge_form_submissions`` deletes exactly the submissions older than the retention period."""

from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

import pytest

from enquiries.models import OutgoingEmail


@pytest.fixture
def submissions(contact):
    now = timezone.now()
    ages = {"old": 400, "edge": 366, "recent": 364, "new": 0}
    created = {}
    for name, days in ages.items():
        submission = FormSubmission.objects.create(page=contact, form_data={"name": name})
        FormSubmission.objects.filter(pk=submission.pk).update(
            submit_time=now - timedelta(days=days)
        )
        OutgoingEmail.objects.create(
            submission=submission, recipient="team@example.org", subject=name, body="…"
        )
        created[name] = submission
    return created


def remaining() -> set[str]:
    return {s.form_data["name"] for s in FormSubmission.objects.all()}


@override_settings(FORM_SUBMISSION_RETENTION_DAYS=365)
def test_purge_deletes_only_submissions_older_than_the_retention_setting(submissions):
    out = StringIO()
    call_command("purge_form_submissions", days=365, stdout=out)
    assert remaining() == {"recent", "new"}
    assert "Deleted 2 form submission(s)" in out.getvalue()


def test_purge_deletes_the_emails_of_deleted_submissions(submissions):
    call_command("purge_form_submissions", days=365, stdout=StringIO())
    assert set(OutgoingEmail.objects.values_list("subject", flat=True)) == {"recent", "new"}


def test_purge_days_option_overrides_the_setting(submissions):
    call_command("purge_form_submissions", days=30, stdout=StringIO())
    assert remaining() == {"new"}


def test_purge_dry_run_deletes_nothing(submissions):
    out = StringIO()
    call_command("purge_form_submissions", days=365, dry_run=True, stdout=out)
    assert remaining() == {"old", "edge", "recent", "new"}
    assert "Would delete 2" in out.getvalue()
