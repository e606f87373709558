"""The admin's case page: a registration's details, its history, its introductions and its
suggested partners, with the moderator's two actions (a status with a note; an introduction)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import cases
from .models import Participant, Status
from .suggestions import suggestions_for

PERMISSION = "exchange.change_participant"


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("New status"), choices=Status.choices)
    note = forms.CharField(
        label=gettext_lazy("Note"), required=False, max_length=2000, widget=forms.Textarea
    )


class IntroductionForm(forms.Form):
    partner = forms.ModelChoiceField(
        label=gettext_lazy("Partner city"),
        queryset=Participant.objects.filter(status=Status.ADMITTED),
    )
    note = forms.CharField(label=gettext_lazy("Note"), required=False, max_length=2000)


def case_view(request, pk):
    """GET: the case; POST ``action=status``: change its status with a note; POST
    ``action=introduce``: introduce it to a partner city."""
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    participant = get_object_or_404(
        Participant.objects.select_related("municipality", "submission"), pk=pk
    )
    status_form = StatusForm(
        request.POST if request.POST.get("action") == "status" else None,
        initial={"status": participant.status},
    )
    if status_form.is_valid():
        cases.decide(
            participant,
            status_form.cleaned_data["status"],
            user=request.user,
            note=status_form.cleaned_data["note"],
        )
        messages.success(
            request,
            _("%(municipality)s is now “%(status)s”.")
            % {
                "municipality": participant.municipality_name,
                "status": participant.get_status_display(),
            },
        )
        return redirect("exchange_participants:edit", participant.pk)
    introduction_form = IntroductionForm(
        request.POST if request.POST.get("action") == "introduce" else None
    )
    if introduction_form.is_valid() and participant.status == Status.ADMITTED:
        partner = introduction_form.cleaned_data["partner"]
        if partner.pk != participant.pk:
            cases.introduce(
                participant, partner, user=request.user, note=introduction_form.cleaned_data["note"]
            )
            messages.success(
                request,
                _("%(municipality)s and %(partner)s have been introduced to each other.")
                % {
                    "municipality": participant.municipality_name,
                    "partner": partner.municipality_name,
                },
            )
            return redirect("exchange_participants:edit", participant.pk)
    return TemplateResponse(
        request,
        "exchange/admin/case.html",
        case_context(
            participant,
            status_form,
            suggestions=suggestions_for(participant),
            introduction_form=introduction_form,
        ),
    )


def case_context(participant: Participant, status_form, **extra) -> dict:
    return {
        "page_title": participant.municipality_name,
        "header_title": participant.municipality_name,
        "header_icon": "group",
        "participant": participant,
        "hazards": list(participant.hazards.all()),
        "topics": list(participant.topics.all()),
        "experience": list(participant.experience.all()),
        "history": list(participant.history.select_related("user")),
        "introductions": [
            (introduction, introduction.other(participant))
            for introduction in participant.introductions()
        ],
        "status_form": status_form,
        **extra,
    }
