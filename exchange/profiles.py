"""What municipality profiles and their map show of the exchange: an admitted case whose
contact agreed to it, with its challenges and offers, and the contact only with the separate
consent for that (``core.handoffs``)."""

from django.utils.translation import gettext_lazy as _

from core.handoffs import ProfilePanel
from core.locales import localize

from .models import Participant, Status

# Between the projects (10) and tools (20) of a profile and its news: first of all.
PROFILE_ORDER = 5


def shown(slug: str | None = None):
    """Admitted cases that may be shown, of one municipality (by slug) or of all."""
    cases = Participant.objects.filter(status=Status.ADMITTED, show_on_profile=True)
    cases = cases.filter(municipality__isnull=False).select_related("municipality")
    return cases.filter(municipality__slug=slug) if slug else cases


def profile_panel(sender, *, municipality, locale=None, **kwargs) -> ProfilePanel | None:
    cases = list(shown(municipality.slug).order_by("-status_changed_at", "-pk"))
    if not cases:
        return None
    return ProfilePanel(
        template="exchange/profile_panel.html",
        context={
            "exchange_cases": [
                {
                    "seeks": case.seeks,
                    "offers": case.offers,
                    "hazards": localize(case.hazards.all(), locale),
                    "topics": localize(case.topics.all(), locale),
                    "contact": (case.contact_person, case.email) if case.show_contact else None,
                }
                for case in cases
            ]
        },
        order=PROFILE_ORDER,
    )


def map_marks(sender, *, locale=None, **kwargs) -> dict[str, str]:
    label = str(_("Takes part in the peer-to-peer exchange"))
    return dict.fromkeys(shown().values_list("municipality__slug", flat=True), label)
