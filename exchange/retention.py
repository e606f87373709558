"""Declined and inactive cases are deleted, with their history and introductions, once
``EXCHANGE_CASE_RETENTION_DAYS`` have passed since their last status change (asked by the
daily purge through ``core.handoffs.retention_due``)."""

from datetime import timedelta

from django.conf import settings

from .models import Introduction, Participant, Status

EXPIRING = (Status.DECLINED, Status.INACTIVE)


def expired(now):
    cutoff = now - timedelta(days=settings.EXCHANGE_CASE_RETENTION_DAYS)
    return Participant.objects.filter(status__in=EXPIRING, status_changed_at__lt=cutoff)


def purge(sender, *, now, dry_run=False, **kwargs) -> list[tuple[str, int]]:
    cases = list(expired(now).values_list("pk", flat=True))
    if not dry_run:
        Introduction.objects.filter(first__in=cases).delete()
        Introduction.objects.filter(second__in=cases).delete()
        Participant.objects.filter(pk__in=cases).delete()
    days = settings.EXCHANGE_CASE_RETENTION_DAYS
    return [(f"declined or inactive peer-exchange case(s) older than {days} days", len(cases))]
