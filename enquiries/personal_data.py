"""Export and erasure of everything the portal holds on one e-mail address (GDPR Art. 15, 17):
the form submissions that name it, the e-mails to it in the outbox, and what other apps keep
(the peer exchange's cases), gathered through ``core.handoffs`` in one admin action."""

import json

from django import forms
from django.contrib.auth.decorators import permission_required
from django.contrib.messages import success
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.contrib.forms.models import FormSubmission

from core.handoffs import PersonalData, answers, personal_data_erased, personal_data_requested

from .forms import EMAIL_MAX_LENGTH
from .models.outbox import OutgoingEmail

PERMISSION = "enquiries.manage_personal_data"


def _names(data: dict, email: str) -> bool:
    wanted = email.casefold()
    return any(isinstance(value, str) and value.casefold() == wanted for value in data.values())


def submissions_of(email: str) -> list[FormSubmission]:
    """Form submissions with the address in any answer (fields differ between forms)."""
    return [
        submission
        for submission in FormSubmission.objects.select_related("page").iterator()
        if _names(submission.form_data, email)
    ]


def _emails_of(email: str, submissions):
    return OutgoingEmail.objects.filter(recipient__iexact=email) | OutgoingEmail.objects.filter(
        submission__in=submissions
    )


def export(sender, *, email: str, **kwargs) -> list[PersonalData]:
    """``personal_data_requested`` receiver: the submissions and e-mails on the address."""
    submissions = submissions_of(email)
    return [
        PersonalData(
            _("Form submissions"),
            [
                {"form": s.page.title, "submitted": s.submit_time.isoformat(), **s.form_data}
                for s in submissions
            ],
        ),
        PersonalData(
            _("E-mails"),
            [
                {
                    "to": e.recipient,
                    "subject": e.subject,
                    "body": e.body,
                    "created": e.created_at.isoformat(),
                    "sent": e.sent_at.isoformat() if e.sent_at else None,
                }
                for e in _emails_of(email, submissions).distinct().order_by("created_at")
            ],
        ),
    ]


def erase(sender, *, email: str, **kwargs) -> int:
    """``personal_data_erased`` receiver: delete them; returns how many records went."""
    submissions = submissions_of(email)
    emails = _emails_of(email, submissions).distinct()
    count = emails.count() + len(submissions)
    OutgoingEmail.objects.filter(pk__in=list(emails.values_list("pk", flat=True))).delete()
    FormSubmission.objects.filter(pk__in=[s.pk for s in submissions]).delete()
    return count


class AddressForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail address"), max_length=EMAIL_MAX_LENGTH)


def gather(email: str) -> list[PersonalData]:
    """Every app's records on the address."""
    return [part for parts in answers(personal_data_requested, email=email) for part in parts]


@permission_required(PERMISSION)
def personal_data_view(request):
    """Look up an address; download its records as JSON, or erase them all."""
    form = AddressForm(request.POST or request.GET or None)
    parts = None
    if form.is_valid():
        email = form.cleaned_data["email"]
        if request.method == "POST" and request.POST.get("action") == "erase":
            with transaction.atomic():
                count = sum(answers(personal_data_erased, email=email))
            success(
                request,
                _("%(count)d record(s) on %(email)s were erased.")
                % {"count": count, "email": email},
            )
            return redirect("personal_data")
        parts = gather(email)
        if request.GET.get("download"):
            body = json.dumps(
                {"email": email, **{part.title: part.records for part in parts}},
                ensure_ascii=False,
                indent=2,
                default=str,
            )
            response = HttpResponse(body, content_type="application/json; charset=utf-8")
            response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
            return response
    return TemplateResponse(
        request,
        "enquiries/admin/personal_data.html",
        {
            "page_title": _("Personal data"),
            "header_title": _("Personal data by e-mail address"),
            "header_icon": "user",
            "form": form,
            "parts": parts,
            "total": sum(len(part.records) for part in parts) if parts is not None else 0,
        },
    )
