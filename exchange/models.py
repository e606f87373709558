"""The peer-to-peer exchange as a process: a case per registration (``Participant``), its
status history (``StatusChange``) and the introductions between two cases (``Introduction``).

A case holds personal data (the contact person and address); only moderators see it in the
admin, visitors see an admitted case on its municipality's profile only as far as its
consents reach (``show_on_profile``, ``show_contact``)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page

from taxonomy.models import Hazard, Municipality, Topic

EMAIL_MAX_LENGTH = 254


class Status(models.TextChoices):
    NEW = "new", _("New")
    ADMITTED = "admitted", _("Admitted")
    DECLINED = "declined", _("Declined")
    INACTIVE = "inactive", _("Inactive")


class Participant(models.Model):
    """A municipality's registration for the exchange and where it stands."""

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    status_changed_at = models.DateTimeField(_("status changed at"), default=timezone.now)
    language = models.CharField(_("language"), max_length=10)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    proposed_municipality = models.CharField(
        _("proposed municipality"),
        max_length=200,
        blank=True,
        help_text=_("Entered by the registrant because it was not in the list."),
    )
    contact_person = models.CharField(_("contact person"), max_length=200)
    role = models.CharField(_("role or department"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), max_length=EMAIL_MAX_LENGTH, db_index=True)
    hazards = models.ManyToManyField(
        Hazard, verbose_name=_("climate hazards"), blank=True, related_name="+"
    )
    topics = models.ManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="+")
    seeks = models.TextField(_("looking for"), blank=True)
    offers = models.TextField(_("can offer"), blank=True)
    experience = models.ManyToManyField(
        Page,
        verbose_name=_("tools and projects worked with"),
        blank=True,
        related_name="+",
    )
    message = models.TextField(_("message"), blank=True)
    consent_text = models.TextField(_("consent given"), blank=True)
    consented_at = models.DateTimeField(_("consent given at"), default=timezone.now)
    show_on_profile = models.BooleanField(_("may be shown on the profile"), default=False)
    show_contact = models.BooleanField(_("contact may be shown on the profile"), default=False)
    submission = models.ForeignKey(
        FormSubmission,
        verbose_name=_("form submission"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)

    class Meta:
        verbose_name = _("exchange participant")
        verbose_name_plural = _("exchange participants")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.municipality_name

    def municipality_name(self) -> str:
        return self.municipality.name if self.municipality else self.proposed_municipality

    municipality_name.short_description = _("municipality")  # the admin list's column
    municipality_name = property(municipality_name)

    @property
    def municipality_key(self) -> str:
        """The same for a municipality in either language (its slug), else the proposal."""
        if self.municipality:
            return self.municipality.slug
        return self.proposed_municipality.casefold()

    def set_status(self, status: str, *, user=None, note: str = "") -> "StatusChange":
        """Move the case to ``status`` and record who did it and why."""
        change = StatusChange.objects.create(
            participant=self, old_status=self.status, new_status=status, user=user, note=note
        )
        self.status, self.status_changed_at = status, change.changed_at
        self.save(update_fields=["status", "status_changed_at"])
        return change

    def introductions(self):
        return Introduction.objects.filter(
            models.Q(first=self) | models.Q(second=self)
        ).select_related("first__municipality", "second__municipality", "user")


class StatusChange(models.Model):
    """One step of a case: from which status to which, by whom, with what note."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="history")
    old_status = models.CharField(_("from"), max_length=10, choices=Status.choices)
    new_status = models.CharField(_("to"), max_length=10, choices=Status.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.participant}: {self.old_status} → {self.new_status}"


class Introduction(models.Model):
    """Two admitted cases put in touch by a moderator, with the shared ground named."""

    first = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    reasons = models.JSONField(_("shared ground"), default=list)
    note = models.TextField(_("note"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("introduced by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    introduced_at = models.DateTimeField(_("introduced at"), default=timezone.now)

    class Meta:
        verbose_name = _("introduction")
        verbose_name_plural = _("introductions")
        ordering = ["-introduced_at", "-pk"]

    def __str__(self):
        return f"{self.first} ↔ {self.second}"

    def other(self, participant: Participant) -> Participant:
        return self.second if self.first_id == participant.pk else self.first
