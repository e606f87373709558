"""Admin: *Peer-to-peer exchange*, the cases with filters by status and language, each case
on its own page (``views.case_view``) in place of a plain edit form."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from . import views
from .models import Participant


class ParticipantViewSet(ModelViewSet):
    model = Participant
    name = "exchange_participants"
    url_prefix = "exchange"
    icon = "group"
    menu_label = _("Peer-to-peer exchange")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = ["municipality_name", "status", "language", "created_at"]
    list_filter = ["status", "language"]
    list_export = []
    form_fields = [
        "municipality",
        "proposed_municipality",
        "contact_person",
        "role",
        "email",
        "language",
        "hazards",
        "topics",
        "seeks",
        "offers",
        "show_on_profile",
        "show_contact",
    ]

    def get_urlpatterns(self):
        # The case page replaces the generic edit form: status changes go through
        # ``cases.decide`` so each one is recorded and mailed.
        patterns = [p for p in super().get_urlpatterns() if p.name != "edit"]
        return [*patterns, path("edit/<int:pk>/", views.case_view, name="edit")]


@hooks.register("register_admin_viewset")
def register_participant_viewset():
    return ParticipantViewSet()
