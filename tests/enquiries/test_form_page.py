"""Form pages in the editor: translatable field labels, previews and tree rules."""

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object
from wagtail_localize.views.edit_translation import apply_machine_translation

from enquiries.models import FormField, FormPage, PeerExchangeFormPage
from tests.factories.base import locale, translate_page
from tests.factories.enquiries import FormPageFactory


def test_translated_contact_form_keeps_the_answer_keys_and_shows_english_labels(client, contact):
    english = translate_page(contact, "en", title="Contact", slug="contact")
    fields = list(english.form_fields.all())
    for field, label in zip(fields, ["Name", "E-mail", "Message"], strict=True):
        field.label = label
    english.form_fields = fields
    english.save_revision().publish()
    content = client.get(english.url).content.decode()
    assert ">Message" in content
    assert 'name="nachricht"' in content  # the same key as the German form
    assert {f.locale.language_code for f in english.form_fields.all()} == {"en"}


def test_form_pages_preview_the_form_and_the_confirmation(contact):
    assert contact.make_preview_request().status_code == 200
    assert contact.make_preview_request(preview_mode="landing").status_code == 200


def test_form_pages_can_be_created_below_the_home_page(homes):
    assert FormPage.can_create_at(homes["de"])
    assert PeerExchangeFormPage.can_create_at(homes["de"])
    assert not FormPage.can_create_at(Page.get_first_root_node())


def test_csv_export_columns_include_fixed_fields_and_consent(registration):
    names = [name for name, _label in registration.get_data_fields()]
    assert names[:4] == ["submit_time", "municipality", "new_municipality", "contact_person"]
    assert names[-1] == "consent"


def test_editor_can_open_the_add_and_edit_forms_of_both_page_types(
    admin_client_de, homes, contact, registration
):
    for model in ("formpage", "peerexchangeformpage"):
        url = reverse("wagtailadmin_pages:add", args=("enquiries", model, homes["de"].pk))
        assert admin_client_de.get(url).status_code == 200
    for page in (contact, registration):
        url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
        assert admin_client_de.get(url).status_code == 200


def test_contact_name_field_gets_an_autocomplete_token(client, contact):
    assert 'autocomplete="name"' in client.get(contact.url).content.decode()


def test_extra_field_may_not_repeat_a_built_in_field(admin_client_de, registration):
    url = reverse("wagtailadmin_pages:edit", args=(registration.pk,))
    html = admin_client_de.get(url).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form").copy()
    data.update(
        {
            "form_fields-TOTAL_FORMS": "1",
            "form_fields-0-label": "Message",
            "form_fields-0-field_type": "singleline",
            "form_fields-0-required": "on",
            "form_fields-0-ORDER": "1",
        }
    )
    response = admin_client_de.post(url, data)
    assert "wird im Formular bereits abgefragt" in response.content.decode()
    assert not registration.form_fields.exists()


def test_wagtail_localize_translates_field_labels_and_keeps_answer_keys(
    client, homes, superuser, django_capture_on_commit_callbacks
):
    contact = FormPageFactory(
        parent=homes["de"],
        form_fields=[FormField(label="Ihre Nachricht", field_type="multiline", required=True)],
    )
    english = locale("en")
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(contact, [english], user=superuser)
        source = TranslationSource.objects.get_for_instance(contact)
        translation = Translation.objects.get(source=source, target_locale=english)
        apply_machine_translation(translation.pk, superuser, get_machine_translator())
        translation.save_target(user=superuser, publish=True)
    translated = contact.get_translation(english).specific
    fields = {f.clean_name: f.label for f in translated.form_fields.all()}
    # The dummy translator reverses word order; the answer key stays the same.
    assert fields == {"ihre_nachricht": "Nachricht Ihre"}
    assert all(f.locale_id == english.pk for f in translated.form_fields.all())
    assert client.get(translated.url).status_code == 200
