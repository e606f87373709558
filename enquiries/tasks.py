"""Background task that sends one e-mail of the outbox."""

from django_tasks import task

from .models.outbox import OutgoingEmail


@task()
def send_email(email_id: int) -> bool:
    """Send a pending e-mail; a failure is logged and left for ``send_pending_emails``."""
    email = OutgoingEmail.objects.filter(pk=email_id, sent_at__isnull=True).first()
    return email.send() if email else False
