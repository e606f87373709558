"""Repeated wrong passwords lock out the attacker's user name from that address, not the site."""

import pytest
from axes.models import AccessAttempt

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "a-long-test-password"


@pytest.fixture
def staff(site, django_user_model):
    user = django_user_model.objects.create_superuser("redaktion", "r@example.org", PASSWORD)
    return user


def attempt(client, username, password, ip="10.0.0.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


def fail(client, times, username="redaktion", ip="10.0.0.1"):
    for _ in range(times):
        attempt(client, username, "wrong-password", ip)


def test_a_correct_password_signs_in(client, staff):
    response = attempt(client, "redaktion", PASSWORD)

    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_four_failures_still_allow_the_right_password(client, staff):
    fail(client, 4)

    assert attempt(client, "redaktion", PASSWORD).status_code == 302


def test_five_failures_lock_out_even_the_right_password(client, staff):
    fail(client, 5)

    response = attempt(client, "redaktion", PASSWORD)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_explains_itself_on_the_login_form(client, staff):
    fail(client, 5)

    html = attempt(client, "redaktion", PASSWORD).content.decode()

    # The admin speaks the site language (German) to a visitor who is not signed in.
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in html
    assert "30 Minuten" in html
    assert 'name="username"' in html


def test_the_same_user_can_still_sign_in_from_another_address(client, staff):
    fail(client, 5, ip="10.0.0.1")

    assert attempt(client, "redaktion", PASSWORD, ip="10.0.0.2").status_code == 302


def test_other_users_can_still_sign_in_from_the_same_address(client, staff, django_user_model):
    django_user_model.objects.create_superuser("kollegin", "k@example.org", PASSWORD)
    fail(client, 5, username="redaktion")

    assert attempt(client, "kollegin", PASSWORD).status_code == 302


def test_the_site_stays_open_to_visitors_during_a_lockout(client, staff):
    fail(client, 5)

    assert client.get("/").status_code == 200


def test_the_lockout_ends_after_the_cool_off(client, staff, settings):
    fail(client, 5)
    AccessAttempt.objects.update(attempt_time="2000-01-01T00:00:00Z")

    assert attempt(client, "redaktion", PASSWORD).status_code == 302
