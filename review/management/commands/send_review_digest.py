"""Weekly: mail every page owner the pages that need their care (README: Editorial care)."""

from django.core.management.base import BaseCommand

from review.digest import send_digests


class Command(BaseCommand):
    help = "E-mail each page owner a digest of their pages that need care (weekly cron)."

    def handle(self, *args, **options):
        sent = send_digests()
        self.stdout.write(f"{sent} digest(s) queued.")
