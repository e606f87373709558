"""Moderators find new cases in the admin, admit or decline them with a note, and the contact
hears of it in the language they registered in; who changed what stays in the history."""

from django.core import mail
from django.urls import reverse

import pytest

from exchange import cases
from exchange.models import Status

from .conftest import make_case


@pytest.fixture
def new_case(towns):
    return make_case(towns["mannheim"], email="kontakt@mannheim.example")


def test_moderators_see_new_cases_in_the_admin_list(login, moderator, new_case, towns):
    make_case(towns["ulm"], status=Status.DECLINED)
    response = login(moderator).get(reverse("exchange_participants:index"), {"status": Status.NEW})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Mannheim" in content
    assert "Ulm" not in content
    assert reverse("exchange_participants:edit", args=[new_case.pk]) in content


def test_editors_do_not_see_the_cases(login, editor, new_case):
    response = login(editor).get(reverse("exchange_participants:index"))
    assert response.status_code in (302, 403)
    response = login(editor).get(reverse("exchange_participants:edit", args=[new_case.pk]))
    assert response.status_code in (302, 403)
    assert b"kontakt@mannheim.example" not in response.content


def test_a_moderator_admits_a_case_with_a_note_and_it_is_recorded(
    login, moderator, new_case, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = login(moderator).post(
            reverse("exchange_participants:edit", args=[new_case.pk]),
            {"action": "status", "status": Status.ADMITTED, "note": "Passt gut."},
        )
    assert response.status_code == 302
    new_case.refresh_from_db()
    assert new_case.status == Status.ADMITTED
    change = new_case.history.get()
    assert (change.old_status, change.new_status) == (Status.NEW, Status.ADMITTED)
    assert change.user == moderator
    assert change.note == "Passt gut."
    [message] = mail.outbox
    assert message.to == ["kontakt@mannheim.example"]
    assert "Peer-to-Peer-Austausch" in message.subject


def test_the_case_page_shows_the_history_with_who_changed_it(login, moderator, new_case):
    cases.decide(new_case, Status.DECLINED, user=moderator, note="Keine Kommune.")
    content = (
        login(moderator)
        .get(reverse("exchange_participants:edit", args=[new_case.pk]))
        .content.decode()
    )
    assert "Keine Kommune." in content
    assert "moderators" in content or moderator.get_username() in content


def test_an_english_registrant_is_told_in_english(towns, django_capture_on_commit_callbacks):
    case = make_case(towns["ulm"].get_translation_or_none(towns["ulm"].locale), language="en")
    with django_capture_on_commit_callbacks(execute=True):
        cases.decide(case, Status.ADMITTED)
    [message] = mail.outbox
    assert "You take part in the peer-to-peer exchange" in message.subject
    assert "is now part of the peer-to-peer exchange" in message.body


def test_a_declined_registrant_is_told_in_german(new_case, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        cases.decide(new_case, Status.DECLINED, note="intern")
    [message] = mail.outbox
    assert "Ihre Anmeldung zum Peer-to-Peer-Austausch" in message.subject
    assert "intern" not in message.body


def test_setting_a_case_inactive_sends_no_mail(new_case, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        cases.decide(new_case, Status.INACTIVE)
    assert mail.outbox == []
    assert new_case.history.get().new_status == Status.INACTIVE


def test_the_status_mail_goes_through_the_outbox(new_case):
    from enquiries.models import OutgoingEmail

    cases.decide(new_case, Status.ADMITTED)
    email = OutgoingEmail.objects.get()
    assert (email.recipient, email.language) == ("kontakt@mannheim.example", "de")
