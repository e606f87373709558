"""``make run``'s sign-in for a newcomer: a local administrator account on a development
database, its generated password printed once, and the exact commands for more.

Development settings only (``LOCAL_ACCOUNT`` in ``portal.settings.dev``): the production and
test settings refuse. Once any account can sign in to the admin, it only says so and how to
set a password: it never creates a second account, and never changes a password.
"""

import secrets
import shlex

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import (
    password_validators_help_texts,
    validate_password,
)
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils import translation

USERNAME = "admin"
# Four groups of five letters and digits, without look-alikes (0/O, 1/l/I).
_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def generate_password(user) -> str:
    """A password the configured validators accept for ``user``."""
    while True:
        password = "-".join("".join(secrets.choice(_ALPHABET) for _ in range(5)) for _ in range(4))
        try:
            validate_password(password, user)
        except ValidationError:
            continue
        return password


class Command(BaseCommand):
    help = (
        "Development only: create a local administrator account with a generated password "
        "(printed once), unless an account that can sign in to the admin exists."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--uv",
            default="uv",
            help="How to call uv in the printed commands (make run passes the one it uses).",
        )
        parser.add_argument(
            "--url",
            default="",
            help="The admin's address (default: PUBLIC_URL and ADMIN_PATH).",
        )

    def handle(self, *args, uv: str, url: str, **options):
        if not getattr(settings, "LOCAL_ACCOUNT", False):
            raise CommandError(
                "local_account only runs with the development settings (portal.settings.dev)."
            )
        admin_url = url or f"{settings.PUBLIC_URL.rstrip('/')}/{settings.ADMIN_PATH}/"
        manage = f"{shlex.quote(uv)} run python manage.py"
        User = get_user_model()
        existing = (
            User.objects.filter(Q(is_superuser=True) | Q(is_staff=True), is_active=True)
            .order_by("-is_superuser", "pk")
            .first()
        )
        if existing is not None:
            name = existing.get_username()
            self.stdout.write(
                f"An admin account exists ({name}): sign in at {admin_url}\n"
                f"Forgot its password? {manage} changepassword {shlex.quote(name)}"
            )
            return

        user = User(username=USERNAME, email=f"{USERNAME}@localhost", is_staff=True)
        user.is_superuser = True
        password = generate_password(user)
        user.set_password(password)
        user.save()
        # The console speaks English, like the code; so do Django's words for the rules.
        with translation.override("en"):
            rules = "\n".join(f"  - {text}" for text in password_validators_help_texts())
        self.stdout.write(
            self.style.SUCCESS("A local administrator account was created.")
            + f"\n  Sign in at {admin_url}\n"
            f"  Username: {USERNAME}\n"
            f"  Password: {password}\n"
            "The password is shown only this once. To choose your own:\n"
            f"  {manage} changepassword {USERNAME}\n"
            "More accounts:\n"
            f"  {manage} createsuperuser\n"
            f"A password must follow these rules:\n{rules}"
        )
