"""Delete form submissions and page feedback older than the retention period (GDPR; run daily
by cron)."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

from core.handoffs import answers, retention_due
from enquiries.models import OutgoingEmail, PageFeedback


class Command(BaseCommand):
    help = (
        "Delete form submissions (and their sent e-mails) and page feedback older than --days "
        "(default: FORM_SUBMISSION_RETENTION_DAYS), and what other apps keep beyond their own "
        "retention periods (declined or inactive peer-exchange cases: "
        "EXCHANGE_CASE_RETENTION_DAYS)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.FORM_SUBMISSION_RETENTION_DAYS,
            help="Retention period in days (default %(default)s).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only report what would be deleted."
        )

    def handle(self, *args, days, dry_run, **options):
        if days < 0:
            self.stderr.write("--days must not be negative.")
            return
        cutoff = timezone.now() - timedelta(days=days)
        submissions = FormSubmission.objects.filter(submit_time__lt=cutoff)
        # E-mails of a submission go with it (cascade); these are sent ones without one left.
        emails = OutgoingEmail.objects.filter(
            sent_at__isnull=False, created_at__lt=cutoff, submission__isnull=True
        )
        feedback = PageFeedback.objects.filter(day__lt=timezone.localdate(cutoff))
        count, email_count = submissions.count(), emails.count()
        feedback_count = feedback.count()
        verb = "Would delete" if dry_run else "Deleted"
        with transaction.atomic():
            if not dry_run:
                submissions.delete()
                emails.delete()
                feedback.delete()
            # What other apps keep under their own retention periods (the exchange's cases).
            others = [
                item
                for found in answers(retention_due, now=timezone.now(), dry_run=dry_run)
                for item in found
            ]
        for what, other_count in others:
            self.stdout.write(f"{verb} {other_count} {what}.")
        self.stdout.write(
            f"{verb} {count} form submission(s), {email_count} sent e-mail(s) and "
            f"{feedback_count} page feedback answer(s) "
            f"older than {days} days (before {cutoff:%Y-%m-%d %H:%M %Z})."
        )
