"""The outbox: every e-mail a submission sends, written in the submission's transaction and
sent afterwards, retried until it goes out (``enquiries.mail``)."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.models import FormSubmission

from ..forms import EMAIL_MAX_LENGTH

logger = logging.getLogger(__name__)


class OutgoingEmail(models.Model):
    """An e-mail waiting to be sent (or sent): written with its submission, sent afterwards,
    retried until it goes out."""

    submission = models.ForeignKey(
        FormSubmission,
        verbose_name=_("submission"),
        null=True,
        blank=True,
        # Deleting a submission deletes the personal data in its e-mails too.
        on_delete=models.CASCADE,
        related_name="+",
    )
    sender = models.CharField(_("sender"), max_length=255, blank=True)
    recipient = models.EmailField(_("recipient"), max_length=EMAIL_MAX_LENGTH)
    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("body"))
    language = models.CharField(_("language"), max_length=10)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_attempt_at = models.DateTimeField(_("last attempt at"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["created_at"]
        # Export and erasure of everything on one address (enquiries.personal_data).
        permissions = [("manage_personal_data", _("Can export and erase personal data"))]

    def __str__(self):
        return f"{self.subject} → {self.recipient}"

    def send(self) -> bool:
        """Try once; on failure log it and leave the e-mail pending for the next retry."""
        self.attempts += 1
        self.last_attempt_at = timezone.now()
        try:
            send_mail(
                self.subject,
                self.body,
                self.sender or settings.DEFAULT_FROM_EMAIL,
                [self.recipient],
            )
        except Exception as error:  # any transport error: SMTP, DNS, timeouts, …
            self.last_error = f"{type(error).__name__}: {error}"[:2000]
            logger.warning("E-mail %s not sent (attempt %s): %s", self.pk, self.attempts, error)
            self.save(update_fields=["attempts", "last_attempt_at", "last_error"])
            return False
        self.sent_at = self.last_attempt_at
        self.last_error = ""
        self.save(update_fields=["attempts", "last_attempt_at", "last_error", "sent_at"])
        return True
