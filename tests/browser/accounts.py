"""The admin accounts the editor journeys sign in with, one per editorial role."""

from governance.roles import EDITORS, MODERATORS, TRANSLATORS

PASSWORD = "browser-journey-password"  # noqa: S105
# username -> role (group); None is a superuser.
ACCOUNTS = {
    "admin": None,
    "editor": EDITORS,
    "moderator": MODERATORS,
    "translator": TRANSLATORS,
}


def create_accounts_code() -> str:
    """Python for ``manage.py shell -c`` that creates the accounts (idempotent)."""
    return f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
User = get_user_model()
for name, role in {ACCOUNTS!r}.items():
    user, _ = User.objects.get_or_create(
        username=name, defaults={{"email": name + "@example.org"}}
    )
    user.set_password({PASSWORD!r})
    user.is_staff = user.is_superuser = role is None
    user.save()
    if role:
        user.groups.set([Group.objects.get(name=role)])
"""
