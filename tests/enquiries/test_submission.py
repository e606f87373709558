"""A valid registration is stored and e-mailed in the submitter's language."""

from django.core import mail

from wagtail.contrib.forms.models import FormSubmission

from enquiries.models import OutgoingEmail

from .conftest import registration_data


def test_german_registration_is_stored(client, registration, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(registration.url, registration_data())
    assert response.status_code == 200
    submission = FormSubmission.objects.get(page=registration)
    assert submission.form_data["municipality"] == "Halle (Saale)"
    assert submission.form_data["topics"] == ["Hitzevorsorge"]
    assert submission.form_data["consent"] is True
    assert "website" not in submission.form_data


def test_german_registration_sends_confirmation_and_notification_in_german(
    client, registration, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(registration.url, registration_data())
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == ["erika@example.org", "team@example.org"]
    confirmation, notification = sorted(mail.outbox, key=lambda message: message.to[0])
    # The address a visitor typed gets no text the visitor wrote; the editors get all of it.
    assert "Halle (Saale)" not in confirmation.body and "Halle (Saale)" in notification.body
    assert OutgoingEmail.objects.filter(sent_at__isnull=True).count() == 0
    assert {email.language for email in OutgoingEmail.objects.all()} == {"de"}


def test_english_registration_is_stored_and_mailed_in_english(
    client, english_registration, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(english_registration.url, registration_data())
    assert response.status_code == 200
    submission = FormSubmission.objects.get(page=english_registration)
    assert submission.form_data["topics"] == ["Heat preparedness"]
    confirmation = next(m for m in mail.outbox if m.to == ["erika@example.org"])
    notification = next(m for m in mail.outbox if m.to == ["team@example.org"])
    assert "thank you for your message" in confirmation.body
    assert "Halle (Saale)" not in confirmation.body
    assert "Municipality: Halle (Saale)" in notification.body
    assert "Topics of interest: Heat preparedness" in notification.body
    assert len(mail.outbox) == 2


def test_confirmation_page_is_shown_after_sending(client, registration):
    response = client.post(registration.url, registration_data())
    assert 'role="status"' in response.content.decode()


def test_form_page_is_never_cached(client, registration):
    response = client.get(registration.url)
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_topics_are_offered_in_the_page_language(client, english_registration):
    content = client.get(english_registration.url).content.decode()
    assert "Heat preparedness" in content
    assert "Hitzevorsorge" not in content


def test_contact_form_stores_editor_built_fields(
    client, contact, django_capture_on_commit_callbacks
):
    data = {
        "name": "Max Muster",
        "e_mail": "max@example.org",
        "nachricht": "Hallo",
        "consent": "on",
        "started": registration_data()["started"],
    }
    with django_capture_on_commit_callbacks(execute=True):
        client.post(contact.url, data)
    assert FormSubmission.objects.get(page=contact).form_data["nachricht"] == "Hallo"
    assert sorted(m.to[0] for m in mail.outbox) == ["max@example.org", "team@example.org"]
