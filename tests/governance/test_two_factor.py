"""Optional two-factor login: staff who enrolled an authenticator app must enter its code."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


@pytest.fixture
def enabled(settings):
    settings.ADMIN_TWO_FACTOR = True


@pytest.fixture
def staff(site, django_user_model):
    return django_user_model.objects.create_superuser("redaktion", "r@example.org", "x" * 14)


@pytest.fixture
def device(staff):
    return TOTPDevice.objects.create(user=staff, name="app", confirmed=True)


def code(device) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def test_enrolled_staff_are_asked_for_a_code(client, enabled, staff, device):
    client.force_login(staff)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/verify/")


def test_the_right_code_opens_the_admin(client, enabled, staff, device):
    client.force_login(staff)

    response = client.post("/admin/two-factor/verify/", {"token": code(device), "next": "/admin/"})

    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_does_not_open_the_admin(client, enabled, staff, device):
    client.force_login(staff)

    client.post("/admin/two-factor/verify/", {"token": "000000"})

    assert client.get("/admin/").status_code == 302


def test_staff_without_a_device_are_not_asked(client, enabled, staff):
    client.force_login(staff)

    assert client.get("/admin/").status_code == 200


def test_nobody_is_asked_while_switched_off(client, staff, device):
    client.force_login(staff)

    assert client.get("/admin/").status_code == 200


def test_staff_can_set_up_an_authenticator_app(client, enabled, staff):
    client.force_login(staff)
    assert client.get("/admin/two-factor/set-up/").status_code == 200
    device = TOTPDevice.objects.get(user=staff, confirmed=False)

    client.post("/admin/two-factor/set-up/", {"token": code(device)})

    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


def test_the_set_up_page_does_not_exist_while_switched_off(client, staff):
    client.force_login(staff)

    assert client.get("/admin/two-factor/set-up/").status_code == 404
