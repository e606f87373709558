"""Fixtures for the peer exchange: terms in both languages, the registration page in both
languages, and cases as moderators find them."""

import pytest

from exchange.models import Participant, Status
from tests.enquiries.conftest import (  # noqa: F401  (fixtures)
    empty_cache,
    english_registration,
    municipalities,
    registration,
    topics,
)
from tests.factories.taxonomy import HazardFactory, MunicipalityFactory, translate


@pytest.fixture
def hazards(db):
    heat = HazardFactory(name="Hitze", slug="hitze")
    translate(heat, "en", name="Heat")
    rain = HazardFactory(name="Starkregen", slug="starkregen")
    translate(rain, "en", name="Heavy rain")
    drought = HazardFactory(name="Trockenheit", slug="trockenheit")
    translate(drought, "en", name="Drought")
    return {"hitze": heat, "starkregen": rain, "trockenheit": drought}


@pytest.fixture
def towns(db, request):
    """Halle (from the registration's fixtures) and three more, each in both languages."""
    made = {"halle-saale": request.getfixturevalue("municipalities")["halle-saale"]}
    for slug, name, state, size in [
        ("mannheim", "Mannheim", "BW", "large"),
        ("ulm", "Ulm", "BW", "large"),
        ("wiesenbach", "Wiesenbach", "BY", "rural"),
    ]:
        made[slug] = MunicipalityFactory(name=name, slug=slug, federal_state=state, size_class=size)
        translate(made[slug], "en")
    return made


def make_case(municipality, *, status=Status.NEW, hazards=(), subjects=(), **fields):
    """A case as a registration leaves it, then moved to ``status`` without a mail."""
    defaults = {
        "language": "de",
        "contact_person": f"Kontakt {municipality.name}",
        "email": f"{municipality.slug}@example.org",
    }
    participant = Participant.objects.create(
        municipality=municipality, status=status, **{**defaults, **fields}
    )
    participant.hazards.set(hazards)
    participant.topics.set(subjects)
    return participant
