"""Invalid input gives a field error in the visitor's language, with an accessible summary."""

from django import forms
from django.core.exceptions import ValidationError

from wagtail.contrib.forms.models import FormSubmission

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from enquiries.field_errors import explain_errors

from .conftest import registration_data


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"email": "not-an-address"}, "email"),
        ({"consent": None}, "consent"),
        ({"municipality": ""}, "municipality"),
        ({"contact_person": ""}, "contact_person"),
        ({"municipality": "x" * 201}, "municipality"),
        ({"municipality": "", "new_municipality": "x" * 201}, "new_municipality"),
        ({"message": "x" * 5001}, "message"),
        ({"topics": ["unknown-topic"]}, "topics"),
    ],
)
def test_invalid_input_gives_its_field_error_and_stores_nothing(
    client, registration, changes, field
):
    response = client.post(registration.url, registration_data(**changes))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not FormSubmission.objects.exists()


def test_invalid_email_error_is_in_english_on_the_english_page(client, english_registration):
    response = client.post(english_registration.url, registration_data(email="nope"))
    assert response.context["form"].errors["email"] == [
        "Enter “E-mail address” in the form name@example.org."
    ]


def test_invalid_email_error_is_in_german_on_the_german_page(client, registration):
    response = client.post(registration.url, registration_data(email="nope"))
    assert response.context["form"].errors["email"] == [
        "Bitte geben Sie „E-Mail-Adresse“ in der Form name@beispiel.de an."
    ]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"municipality": ""},
            "municipality",
            "Bitte wählen Sie Ihre Kommune aus der Liste oder tragen Sie sie unter „Kommune "
            "nicht in der Liste“ ein.",
        ),
        (
            {"municipality": "atlantis"},
            "municipality",
            "Bitte wählen Sie bei „Kommune“ eine der angebotenen Optionen.",
        ),
        (
            {"municipality": "", "new_municipality": "x" * 201},
            "new_municipality",
            "„Kommune nicht in der Liste“ darf höchstens 200 Zeichen lang sein; es sind 201.",
        ),
        (
            {"topics": ["unknown-topic"]},
            "topics",
            "Bitte wählen Sie bei „Themen von Interesse“ eine der angebotenen Optionen.",
        ),
    ],
)
def test_each_error_names_its_field_and_says_what_to_do(
    client, registration, changes, field, message
):
    response = client.post(registration.url, registration_data(**changes))
    assert response.context["form"].errors[field] == [message]


def test_error_summary_repeats_the_field_messages_as_links(client, english_registration):
    content = client.post(
        english_registration.url, registration_data(municipality="", consent=None)
    ).content.decode()
    assert (
        '<a href="#id_municipality">Choose your municipality from the list, or enter it under '
        "“Municipality not in the list”.</a>"
    ) in content
    assert "Please agree to the processing of your details" in content


def test_error_summary_links_to_each_invalid_field(client, registration):
    content = client.post(
        registration.url, registration_data(email="nope", consent=None)
    ).content.decode()
    assert 'role="alert"' in content
    assert 'href="#id_email"' in content
    assert 'href="#id_consent"' in content


def test_invalid_field_is_marked_and_described_by_its_error(client, registration):
    content = client.post(registration.url, registration_data(email="nope")).content.decode()
    assert 'aria-invalid="true"' in content
    assert 'aria-describedby="id_email_error"' in content
    assert 'id="id_email_error"' in content


def test_form_marks_required_fields_in_text_and_sets_autocomplete(client, registration):
    content = client.get(registration.url).content.decode()
    assert "(required)" in content or "(Pflichtfeld)" in content
    for token in ("organization", "name", "organization-title", "email"):
        assert f'autocomplete="{token}"' in content


def test_consent_links_the_privacy_page(client, homes, registration):
    from tests.factories.home import StandardPageFactory

    privacy = StandardPageFactory(parent=homes["de"], title="Datenschutz", slug="datenschutz")
    registration.privacy_page = privacy
    registration.save_revision().publish()
    content = client.get(registration.url).content.decode()
    assert f'href="{privacy.url}"' in content


def test_honeypot_is_out_of_the_tab_order_and_labelled(client, registration):
    content = client.get(registration.url).content.decode()
    assert 'tabindex="-1"' in content
    assert 'autocomplete="off"' in content


@settings(max_examples=60, deadline=None)
@given(label=st.text(min_size=1, max_size=40), value=st.text(max_size=12))
def test_any_label_appears_unchanged_in_every_message_of_its_field(label, value):
    fields = [
        forms.EmailField(label=label, max_length=10),
        forms.URLField(label=label, assume_scheme="https"),
        forms.DecimalField(label=label),
        forms.DateField(label=label),
        forms.ChoiceField(label=label, choices=[("a", "A")]),
        forms.MultipleChoiceField(label=label, choices=[("a", "A")]),
        forms.CharField(label=label, max_length=3),
    ]
    for field in fields:
        explain_errors(field)
        for raw in ("", value + "%x" * 3):
            try:
                field.clean(raw)
            except ValidationError as error:
                assert all(label in message for message in error.messages)
