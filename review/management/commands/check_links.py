"""Nightly: check the external links of every live page (README: Editorial care)."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from review.external_links import check_all


class Command(BaseCommand):
    help = (
        "Check the external links of live pages over HTTP, a few at a time and within a time "
        "budget; broken ones show in the “Needs review” report (nightly cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--workers", type=int, default=4, help="requests at a time (1–8)")
        parser.add_argument("--timeout", type=float, default=10.0, help="seconds per request")
        parser.add_argument(
            "--budget", type=float, default=600.0, help="seconds after which no request starts"
        )
        parser.add_argument(
            "--recheck-after",
            type=float,
            default=48.0,
            help="hours an address's answer is kept before it is asked again",
        )

    def handle(self, *args, workers, timeout, budget, recheck_after, **options):
        if not 1 <= workers <= 8:
            raise CommandError("--workers must be between 1 and 8.")
        if timeout <= 0 or budget <= 0 or recheck_after < 0:
            raise CommandError(
                "--timeout and --budget must be positive, --recheck-after not negative."
            )
        run = check_all(
            workers=workers,
            timeout=timeout,
            budget=budget,
            recheck_after=timedelta(hours=recheck_after),
        )
        self.stdout.write(
            f"{run.checked} checked, {run.broken} broken, {run.skipped} checked recently, "
            f"{run.left} left for the next run."
        )
