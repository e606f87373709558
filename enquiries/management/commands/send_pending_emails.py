"""Retry e-mails of the outbox that could not be sent (run every few minutes by cron)."""

from django.core.management.base import BaseCommand

from enquiries.mail import MAX_ATTEMPTS, send_pending


class Command(BaseCommand):
    help = "Send pending form e-mails whose retry backoff has passed (1, 2, 4 … minutes)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--max-attempts",
            type=int,
            default=MAX_ATTEMPTS,
            help=f"Give up on an e-mail after this many attempts (default {MAX_ATTEMPTS}).",
        )

    def handle(self, *args, max_attempts, **options):
        sent, failed = send_pending(max_attempts=max_attempts)
        self.stdout.write(f"Sent {sent} e-mail(s), {failed} failed and will be retried.")
