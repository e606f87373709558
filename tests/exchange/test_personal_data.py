"""Personal data: one admin action exports or erases everything on an e-mail address
(registrations, form submissions, the outbox); declined and inactive cases are purged after
their retention period; only moderators see contact data."""

import json
from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

import pytest

from core.handoffs import answers, personal_data_erased
from enquiries.models import OutgoingEmail
from exchange import cases
from exchange.models import Introduction, Participant, Status
from tests.enquiries.conftest import registration_data

from .conftest import make_case


@pytest.fixture
def registered(client, registration, django_capture_on_commit_callbacks):
    """Erika registered Halle; someone else registered too."""
    with django_capture_on_commit_callbacks(execute=True):
        client.post(registration.url, registration_data())
        client.post(
            registration.url,
            registration_data(email="other@example.org", contact_person="Otto Anders"),
        )
    return Participant.objects.get(email="erika@example.org")


def test_a_moderator_downloads_everything_on_an_address(login, moderator, registered):
    response = login(moderator).get(
        reverse("personal_data"), {"email": "Erika@Example.org", "download": "1"}
    )
    data = json.loads(response.content)
    assert [record["email"] for record in data["Anmeldungen zum Peer-to-Peer-Austausch"]] == [
        "erika@example.org"
    ]
    assert len(data["Formulareingänge"]) == 1
    assert [mail["to"] for mail in data["E-Mails"]] == ["erika@example.org", "team@example.org"]
    assert "Otto Anders" not in response.content.decode()


def test_erasing_an_address_deletes_its_case_submission_and_mails_and_nothing_else(
    login, moderator, registered
):
    response = login(moderator).post(
        reverse("personal_data"), {"email": "erika@example.org", "action": "erase"}
    )
    assert response.status_code == 302
    assert list(Participant.objects.values_list("email", flat=True)) == ["other@example.org"]
    assert [s.form_data["email"] for s in FormSubmission.objects.all()] == ["other@example.org"]
    assert not OutgoingEmail.objects.filter(recipient="erika@example.org").exists()
    assert OutgoingEmail.objects.filter(recipient="other@example.org").exists()


def test_erasing_a_case_removes_its_introductions(towns):
    first = make_case(towns["halle-saale"], status=Status.ADMITTED, email="a@example.org")
    second = make_case(towns["mannheim"], status=Status.ADMITTED, email="b@example.org")
    cases.introduce(first, second)
    answers(personal_data_erased, email="a@example.org")
    assert not Introduction.objects.exists()
    assert Participant.objects.get() == second


def test_editors_can_neither_look_up_nor_erase(login, editor, registered):
    client = login(editor)
    assert client.get(reverse("personal_data"), {"email": "erika@example.org"}).status_code in (
        302,
        403,
    )
    client.post(reverse("personal_data"), {"email": "erika@example.org", "action": "erase"})
    assert Participant.objects.filter(email="erika@example.org").exists()


@pytest.fixture
def aged(towns):
    now = timezone.now()

    def case(name, status, days):
        made = make_case(towns["mannheim"], status=status, email=f"{name}@example.org")
        Participant.objects.filter(pk=made.pk).update(status_changed_at=now - timedelta(days=days))
        return made

    return [
        case("old-declined", Status.DECLINED, 200),
        case("old-inactive", Status.INACTIVE, 181),
        case("recent-declined", Status.DECLINED, 179),
        case("old-admitted", Status.ADMITTED, 900),
        case("old-new", Status.NEW, 900),
    ]


def left() -> set[str]:
    return {email.split("@")[0] for email in Participant.objects.values_list("email", flat=True)}


@override_settings(EXCHANGE_CASE_RETENTION_DAYS=180)
def test_the_purge_deletes_declined_and_inactive_cases_after_the_retention_period(aged):
    out = StringIO()
    call_command("purge_form_submissions", stdout=out)
    assert left() == {"recent-declined", "old-admitted", "old-new"}
    assert "Deleted 2 declined or inactive peer-exchange case(s)" in out.getvalue()


@override_settings(EXCHANGE_CASE_RETENTION_DAYS=180)
def test_a_dry_run_deletes_no_case(aged):
    out = StringIO()
    call_command("purge_form_submissions", "--dry-run", stdout=out)
    assert len(left()) == 5
    assert "Would delete 2 declined or inactive" in out.getvalue()
