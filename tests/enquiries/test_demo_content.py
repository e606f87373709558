"""The demo forms: a city registers in German and in English; the footer links the contact form."""

from django.core import mail

from wagtail.contrib.forms.models import FormSubmission

from enquiries.models import FormPage, PeerExchangeFormPage

from .conftest import registration_data


def test_city_registers_in_german_and_english_and_reaches_the_editors(
    demo, client, django_capture_on_commit_callbacks
):
    german = PeerExchangeFormPage.objects.get(slug="anmeldung-peer-to-peer")
    english = PeerExchangeFormPage.objects.get(slug="peer-to-peer-registration")
    topic = german.fixed_fields()["topics"].queryset.first()
    for page in (german, english):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(page.url, registration_data(topics=[topic.slug]))
        assert response.status_code == 200
    assert FormSubmission.objects.filter(page__in=[german, english]).count() == 2
    to_editors = [m for m in mail.outbox if m.to == ["portal-team@example.org"]]
    assert len(to_editors) == 2
    assert "Municipality: Halle (Saale)" in to_editors[1].body
    english_page = client.get(english.url).content.decode()
    assert 'href="/en/privacy/"' in english_page
    assert "Taking part is free of charge" in english_page
    # The contact form exists in both languages, with translated field labels.
    contact = FormPage.objects.get(slug="contact")
    assert [f.label for f in contact.form_fields.all()] == ["Name", "E-mail address", "Message"]
    assert FormPage.objects.filter(slug="kontakt").exists()
    # Every page's footer links the contact form (the accessibility feedback channel).
    assert 'href="/kontakt/"' in client.get("/").content.decode()
    assert 'href="/en/contact/"' in client.get("/en/").content.decode()
