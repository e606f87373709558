"""A registration becomes a case; moderators admit or decline it, and the contact hears of
it by e-mail in the language they registered in, through the portal's outbox."""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.handoffs import queue_email
from core.languages import codes
from core.origin import absolute

from .models import Introduction, Participant, Status
from .suggestions import suggestion_between

# The mail a contact gets when their case reaches the status.
STATUS_MAILS = {
    Status.ADMITTED: "exchange/email/admitted.txt",
    Status.DECLINED: "exchange/email/declined.txt",
}


def open_case(sender, *, page, submission, data, **kwargs) -> Participant:
    """``core.handoffs.registration_received`` receiver: the registration as a new case."""
    participant = Participant.objects.create(
        language=page.locale.language_code,
        municipality=data.get("municipality"),
        proposed_municipality="" if data.get("municipality") else data.get("new_municipality", ""),
        contact_person=data.get("contact_person", ""),
        role=data.get("role", ""),
        email=data.get("email", ""),
        seeks=data.get("seeks", ""),
        offers=data.get("offers", ""),
        message=data.get("message", ""),
        consent_text=page.consent_label,
        consented_at=submission.submit_time or timezone.now(),
        show_on_profile=bool(data.get("show_on_profile")),
        show_contact=bool(data.get("show_on_profile") and data.get("show_contact")),
        submission=submission,
    )
    participant.hazards.set(data.get("hazards") or [])
    participant.topics.set(data.get("topics") or [])
    participant.experience.set(data.get("experience") or [])
    return participant


def case_url(participant: Participant) -> str:
    return absolute(reverse("exchange_participants:edit", args=[participant.pk]))


@transaction.atomic
def decide(participant: Participant, status: str, *, user=None, note: str = ""):
    """Set the case's status with the moderator's note; mail the contact if it was admitted
    or declined."""
    change = participant.set_status(status, user=user, note=note)
    template = STATUS_MAILS.get(status)
    if template:
        with translation.override(participant.language):
            context = {"participant": participant, "site_name": settings.WAGTAIL_SITE_NAME}
            subject = {
                Status.ADMITTED: _("You take part in the peer-to-peer exchange"),
                Status.DECLINED: _("Your registration for the peer-to-peer exchange"),
            }[status]
            queue_email(
                recipient=participant.email,
                subject=f"{subject} – {settings.WAGTAIL_SITE_NAME}",
                body=render_to_string(template, context),
                language=participant.language,
            )
    return change


@transaction.atomic
def introduce(case: Participant, partner: Participant, *, user=None, note: str = ""):
    """Put two admitted cities in touch: one e-mail to each contact, in their language, naming
    the shared ground and the other contact; recorded on both cases."""
    if case.status != Status.ADMITTED or partner.status != Status.ADMITTED or case == partner:
        raise ValueError("Only two different admitted cases can be introduced.")
    suggestion = suggestion_between(case, partner)
    reasons = suggestion.reasons if suggestion else []
    introduction = Introduction.objects.create(
        first=case,
        second=partner,
        reasons=[{code: reason.text(code) for code in codes()} for reason in reasons],
        note=note,
        user=user,
    )
    for recipient, other in ((case, partner), (partner, case)):
        with translation.override(recipient.language):
            context = {
                "participant": recipient,
                "partner": other,
                "reasons": [reason.text(recipient.language) for reason in reasons],
                "site_name": settings.WAGTAIL_SITE_NAME,
            }
            subject = _("Meet %(municipality)s in the peer-to-peer exchange") % {
                "municipality": other.municipality_name
            }
            queue_email(
                recipient=recipient.email,
                subject=subject,
                body=render_to_string("exchange/email/introduction.txt", context),
                language=recipient.language,
            )
    return introduction
