"""The exchange's share of the export and erasure per e-mail address (``core.handoffs``)."""

from django.utils.translation import gettext as _

from core.handoffs import PersonalData

from .models import Introduction, Participant


def _record(participant: Participant) -> dict:
    return {
        "municipality": participant.municipality_name,
        "status": participant.status,
        "language": participant.language,
        "contact_person": participant.contact_person,
        "role": participant.role,
        "email": participant.email,
        "hazards": [str(term) for term in participant.hazards.all()],
        "topics": [str(term) for term in participant.topics.all()],
        "seeks": participant.seeks,
        "offers": participant.offers,
        "experience": [page.title for page in participant.experience.all()],
        "message": participant.message,
        "consent": participant.consent_text,
        "consented_at": participant.consented_at.isoformat(),
        "show_on_profile": participant.show_on_profile,
        "show_contact": participant.show_contact,
        "registered_at": participant.created_at.isoformat(),
        "history": [
            {
                "from": change.old_status,
                "to": change.new_status,
                "at": change.changed_at.isoformat(),
                "note": change.note,
            }
            for change in participant.history.all()
        ],
        "introductions": [
            {
                "with": introduction.other(participant).municipality_name,
                "at": introduction.introduced_at.isoformat(),
                "shared_ground": introduction.reasons,
            }
            for introduction in participant.introductions()
        ],
    }


def cases_of(email: str):
    return Participant.objects.filter(email__iexact=email).select_related("municipality")


def export(sender, *, email: str, **kwargs) -> list[PersonalData]:
    return [PersonalData(_("Peer-to-peer exchange cases"), [_record(p) for p in cases_of(email)])]


def erase(sender, *, email: str, **kwargs) -> int:
    """Delete the cases (their history goes with them); an introduction stays on the other
    city's case without this one's details only while that case exists, so it goes too."""
    cases = list(cases_of(email).values_list("pk", flat=True))
    Introduction.objects.filter(first__in=cases).delete()
    Introduction.objects.filter(second__in=cases).delete()
    Participant.objects.filter(pk__in=cases).delete()
    return len(cases)
