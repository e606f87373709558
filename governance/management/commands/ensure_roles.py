"""Grant the editorial roles their permissions again (also runs after every ``migrate``)."""

from django.core.management.base import BaseCommand

from governance.roles import ensure_roles


class Command(BaseCommand):
    help = "Create the editorial groups if missing and grant each exactly its permissions."

    def handle(self, *args, **options):
        groups = ensure_roles()
        self.stdout.write(self.style.SUCCESS(f"Roles ready: {', '.join(groups)}."))
