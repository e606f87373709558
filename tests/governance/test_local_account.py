"""``make run`` tells a newcomer how to sign in: ``manage.py local_account`` creates the local
administrator once, prints its password once and the commands with the uv ``make run`` uses,
never touches an existing account, and refuses outside the development settings."""

import re
from io import StringIO
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

pytestmark = pytest.mark.django_db

UV = ".tools/bin/uv"


def run(**options) -> str:
    out = StringIO()
    call_command("local_account", stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def development(settings):
    settings.LOCAL_ACCOUNT = True
    settings.PUBLIC_URL = "http://127.0.0.1:8000"
    settings.ADMIN_PATH = "admin"


def printed_password(output: str) -> str:
    return re.search(r"Password: (\S+)", output).group(1)


def sign_in(client, password: str):
    """The admin's login form, as the newcomer fills it in."""
    return client.post("/admin/login/", {"username": "admin", "password": password})


def test_a_fresh_database_gets_an_admin_whose_printed_password_signs_in(development, client):
    output = run(uv=UV)

    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.is_staff
    response = sign_in(client, printed_password(output))
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert "Sign in at http://127.0.0.1:8000/admin/" in output


def test_the_commands_printed_use_the_uv_make_run_installed(development):
    output = run(uv=UV)

    assert ".tools/bin/uv run python manage.py changepassword admin" in output
    assert ".tools/bin/uv run python manage.py createsuperuser" in output
    assert "uv run python manage.py" not in output.replace(UV + " run", "")


def test_the_password_rule_is_printed_beside_it(development):
    output = run(uv=UV)

    # Django's own words for the configured validators.
    assert "at least 12 characters" in output
    assert "entirely numeric" in output


def test_the_generated_password_follows_the_rule(development):
    output = run(uv=UV)

    user = get_user_model().objects.get(username="admin")
    validate_password(printed_password(output), user)  # raises when a rule is broken
    assert printed_password(output) != printed_password(run_again_on_empty_database())


def run_again_on_empty_database() -> str:
    get_user_model().objects.all().delete()
    return run(uv=UV)


def test_the_next_run_says_the_account_exists_and_changes_nothing(development):
    first = run(uv=UV)
    user = get_user_model().objects.get(username="admin")
    password_hash = user.password

    second = run(uv=UV)

    assert "Password:" not in second
    assert "An admin account exists (admin)" in second
    assert ".tools/bin/uv run python manage.py changepassword admin" in second
    user.refresh_from_db()
    assert user.password == password_hash
    assert user.check_password(printed_password(first))
    assert get_user_model().objects.count() == 1


def test_someone_elses_account_is_left_alone(development, django_user_model):
    own = django_user_model.objects.create_superuser(
        "kim", "kim@example.org", "kims-own-long-password"
    )

    output = run(uv=UV)

    assert "An admin account exists (kim)" in output
    assert not django_user_model.objects.filter(username="admin").exists()
    own.refresh_from_db()
    assert own.check_password("kims-own-long-password")


def test_the_test_settings_refuse():
    with pytest.raises(CommandError, match="development settings"):
        run(uv=UV)
    assert not get_user_model().objects.exists()


def test_the_production_settings_never_switch_it_on():
    production = Path(__file__).parents[2] / "portal" / "settings" / "production.py"
    source = production.read_text()
    assert "LOCAL_ACCOUNT" not in source
    assert "from .dev" not in source and "settings.dev" not in source
