"""Strong passwords and session expiry for staff."""

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("password", ["short1!", "password1234", "123456789012"])
def test_weak_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_long_unusual_password_is_accepted():
    validate_password("Hitzeschutz-im-Quartier-2026")


def test_staff_sessions_last_at_most_eight_hours():
    assert settings.SESSION_COOKIE_AGE <= 8 * 60 * 60


def test_sessions_end_with_the_browser_unless_remembered(client, site, django_user_model):
    django_user_model.objects.create_superuser("redaktion", "r@example.org", "a-long-test-password")

    client.post("/admin/login/", {"username": "redaktion", "password": "a-long-test-password"})

    assert client.session.get_expire_at_browser_close()


def test_production_cookies_use_secure_name_prefixes():
    # Read, not imported: the production settings refuse to load without real secrets.
    source = (settings.BASE_DIR / "portal" / "settings" / "production.py").read_text()

    assert 'SESSION_COOKIE_NAME = "__Host-' in source
    assert 'CSRF_COOKIE_NAME = "__Host-' in source
