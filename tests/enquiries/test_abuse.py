"""Spam protection: honeypot and fill time reject silently, a burst of posts gets a 429."""

import time

from django.test import override_settings

from wagtail.contrib.forms.models import FormSubmission

from enquiries.abuse import fill_token

from .conftest import registration_data


def test_filled_honeypot_shows_confirmation_but_stores_nothing(client, registration):
    response = client.post(registration.url, registration_data(website="http://spam.example"))
    assert response.status_code == 200
    assert 'role="status"' in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_form_sent_too_fast_shows_confirmation_but_stores_nothing(client, registration):
    response = client.post(registration.url, registration_data(started=fill_token(time.time())))
    assert 'role="status"' in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_form_without_or_with_forged_timestamp_is_dropped(client, registration):
    client.post(registration.url, registration_data(started=None))
    client.post(registration.url, registration_data(started="123.0:forged"))
    assert not FormSubmission.objects.exists()


def test_form_page_is_protected_by_csrf(registration):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(registration.url, registration_data())
    assert response.status_code == 403
    assert not FormSubmission.objects.exists()


@override_settings(ENQUIRY_RATE_LIMIT=3)
def test_burst_of_posts_from_one_client_is_refused_with_429(client, registration):
    statuses = [
        client.post(registration.url, registration_data(), REMOTE_ADDR="203.0.113.9").status_code
        for _ in range(5)
    ]
    assert statuses == [200, 200, 200, 429, 429]
    assert FormSubmission.objects.count() == 3


@override_settings(ENQUIRY_RATE_LIMIT=3)
def test_person_on_another_address_still_gets_through_during_a_burst(client, registration):
    for _ in range(5):
        client.post(registration.url, registration_data(), REMOTE_ADDR="203.0.113.9")
    colleague = registration_data(email="kollegin@example.org")
    response = client.post(registration.url, colleague, REMOTE_ADDR="198.51.100.7")
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 4


@override_settings(ENQUIRY_RATE_LIMIT=1)
def test_rate_limit_page_is_localized_and_does_not_block_reading(client, english_registration):
    client.post(english_registration.url, registration_data())
    response = client.post(english_registration.url, registration_data())
    assert response.status_code == 429
    assert "Too many requests" in response.content.decode()
    assert client.get(english_registration.url).status_code == 200


@override_settings(ENQUIRY_RATE_LIMIT=1, TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_the_forwarded_client_is_counted(client, registration):
    def post(forwarded, email="erika@example.org"):
        return client.post(
            registration.url,
            registration_data(email=email),
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=forwarded,
        ).status_code

    # The proxy appends the real client; a forged left-hand entry changes nothing.
    assert post("1.2.3.4, 203.0.113.9") == 200
    assert post("5.6.7.8, 203.0.113.9") == 429
    assert post("198.51.100.7", email="kollegin@example.org") == 200


@override_settings(ENQUIRY_RATE_LIMIT=2)
def test_posts_from_many_clients_cannot_flood_one_inbox(client, registration, mailoutbox):
    statuses = [
        client.post(registration.url, registration_data(), REMOTE_ADDR=f"203.0.113.{n}").status_code
        for n in range(1, 6)
    ]

    assert statuses == [200, 200, 429, 429, 429]
    assert FormSubmission.objects.count() == 2


def test_incomplete_form_sent_too_fast_shows_its_errors_not_a_confirmation(client, registration):
    """A person who presses Send at once must learn what is missing, not read a false thank-you."""
    response = client.post(
        registration.url, registration_data(municipality="", started=fill_token(time.time()))
    )
    content = response.content.decode()
    assert 'role="alert"' in content
    assert 'href="#id_municipality"' in content
    assert not FormSubmission.objects.exists()
