"""The demo exchange: Halle (Saale) and Mannheim admitted and introduced, partners suggested,
cases at every status, the participants on their profiles and the map."""

from django.urls import reverse

import pytest

from exchange.models import Introduction, Participant, Status
from exchange.suggestions import suggestions_for
from taxonomy.models import Municipality

pytestmark = pytest.mark.usefixtures("demo")


@pytest.fixture
def halle(db):
    return Participant.objects.get(municipality__slug="halle-saale")


def test_the_demo_cases_name_only_municipalities_of_the_demo_taxonomy(db):
    slugs = set(Municipality.objects.values_list("slug", flat=True))
    for case in Participant.objects.exclude(municipality=None):
        assert case.municipality.slug in slugs
    assert set(Participant.objects.values_list("status", flat=True)) == set(Status.values)


def test_halle_and_mannheim_are_introduced_with_their_shared_ground(halle):
    [introduction] = Introduction.objects.all()
    assert {introduction.first.municipality_name, introduction.second.municipality_name} == {
        "Halle (Saale)",
        "Mannheim",
    }
    assert introduction.reasons[0]["de"] == "Beide sind betroffen von: Hitze, Starkregen"


def test_halle_gets_suggested_partners_with_reasons(halle):
    suggestions = suggestions_for(halle)
    assert [s.partner.municipality_name for s in suggestions] == ["Ulm"]
    assert all(s.reasons for s in suggestions)


def test_the_demo_participants_show_on_their_profiles_and_the_map(client):
    content = client.get("/kommunen/mannheim/").content.decode()
    assert "Nimmt am Peer-to-Peer-Austausch teil" in content
    assert "mannheim@demo.example.org" in content  # Mannheim agreed to show its contact
    halle = client.get("/kommunen/halle-saale/").content.decode()
    assert "Nimmt am Peer-to-Peer-Austausch teil" in halle
    assert "halle@demo.example.org" not in halle
    english = client.get("/en/municipalities/ulm/").content.decode()
    assert "Takes part in the peer-to-peer exchange" in english
    overview = client.get("/kommunen/").content.decode()
    assert overview.count("places-map__link--marked") == 3


def test_the_moderator_sees_the_demo_case_with_its_suggestions(admin_client, halle):
    content = admin_client.get(
        reverse("exchange_participants:edit", args=[halle.pk])
    ).content.decode()
    assert "Vorgeschlagene Partnerstädte" in content or "Suggested partners" in content
    assert "Ulm" in content
    assert "Mannheim" in content  # the introduction
