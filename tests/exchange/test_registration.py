"""A registration in either language opens a case with everything the city told us."""

import time

from django.core.cache import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from enquiries.abuse import fill_token
from exchange.models import Participant, Status
from tests.enquiries.conftest import registration_data


def test_a_german_registration_opens_a_new_case_for_the_chosen_municipality(
    client, registration, hazards, municipalities
):
    client.post(
        registration.url,
        registration_data(
            hazards=["hitze", "starkregen"],
            seeks="Erfahrungen mit Hitzeaktionsplänen",
            offers="Unsere Starkregenkarte",
        ),
    )
    case = Participant.objects.get()
    assert case.status == Status.NEW
    assert case.language == "de"
    assert case.municipality == municipalities["halle-saale"]
    assert case.proposed_municipality == ""
    assert (case.contact_person, case.email) == ("Erika Muster", "erika@example.org")
    assert sorted(case.hazards.values_list("slug", flat=True)) == ["hitze", "starkregen"]
    assert list(case.topics.values_list("slug", flat=True)) == ["hitze"]
    assert case.seeks == "Erfahrungen mit Hitzeaktionsplänen"
    assert case.offers == "Unsere Starkregenkarte"
    assert case.submission is not None


def test_an_english_registration_keeps_its_language_and_the_english_terms(
    client, english_registration, hazards
):
    client.post(english_registration.url, registration_data(hazards=["hitze"]))
    case = Participant.objects.get()
    assert case.language == "en"
    assert case.municipality.locale.language_code == "en"
    assert [str(hazard) for hazard in case.hazards.all()] == ["Heat"]


def test_the_registration_offers_the_municipalities_of_its_language(
    client, english_registration, municipalities
):
    content = client.get(english_registration.url).content.decode()
    english = municipalities["halle-saale"].get_translation(english_registration.locale)
    assert 'value="halle-saale"' in content
    form = client.get(english_registration.url).context["form"]
    assert list(form.fields["municipality"].queryset) == [english]


def test_a_municipality_not_in_the_list_is_proposed_as_new(client, registration):
    client.post(registration.url, registration_data(municipality="", new_municipality="Zwönitz"))
    case = Participant.objects.get()
    assert case.municipality is None
    assert case.proposed_municipality == "Zwönitz"
    assert str(case) == "Zwönitz"


def test_a_registration_naming_no_municipality_opens_no_case(client, registration):
    response = client.post(registration.url, registration_data(municipality=""))
    assert "municipality" in response.context["form"].errors
    assert not Participant.objects.exists()


def test_the_consent_and_its_scope_are_kept(client, registration):
    client.post(registration.url, registration_data(show_on_profile="on", show_contact="on"))
    case = Participant.objects.get()
    assert case.consent_text == registration.consent_label
    assert case.show_on_profile and case.show_contact


def test_consent_to_show_the_contact_counts_only_with_consent_to_show_the_city(
    client, registration
):
    client.post(registration.url, registration_data(show_contact="on"))
    case = Participant.objects.get()
    assert not case.show_on_profile and not case.show_contact


def test_a_bot_registration_opens_no_case(client, registration):
    client.post(registration.url, registration_data(website="https://spam.example"))
    assert not Participant.objects.exists()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    proposal=st.text(max_size=220),
    seeks=st.text(max_size=300),
)
def test_whatever_a_visitor_types_either_opens_a_case_or_shows_an_error(
    client, registration, proposal, seeks
):
    cache.clear()  # rate limits: every example is a new visitor
    Participant.objects.all().delete()
    data = registration_data(
        municipality="",
        new_municipality=proposal,
        seeks=seeks,
        started=fill_token(time.time() - 60),
    )
    response = client.post(registration.url, data)
    assert response.status_code in (200, 429)
    form = response.context.get("form") if response.context else None
    if form is not None and form.errors:
        assert not Participant.objects.exists()
    elif response.status_code == 200:
        case = Participant.objects.get()
        assert case.proposed_municipality == proposal.strip()
