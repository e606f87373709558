"""Invalid input gives a field error in the visitor's language, with an accessible summary."""

from wagtail.contrib.forms.models import FormSubmission

import pytest

from .conftest import registration_data


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"email": "not-an-address"}, "email"),
        ({"consent": None}, "consent"),
        ({"municipality": ""}, "municipality"),
        ({"contact_person": ""}, "contact_person"),
        ({"municipality": "x" * 201}, "municipality"),
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
    assert "Enter a valid email address." in response.content.decode()


def test_invalid_email_error_is_in_german_on_the_german_page(client, registration):
    response = client.post(registration.url, registration_data(email="nope"))
    assert "gültige E-Mail" in response.content.decode()


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
