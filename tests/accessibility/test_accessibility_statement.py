"""The accessibility statement as an editor builds it: its compliance status and barriers
must agree, its barriers are grouped like the EU model statement's, its contacts link."""

from django.core.exceptions import ValidationError

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from accessibility.models import AccessibilityStatementPage, Conformance, telephone_uri
from tests.factories.accessibility import AccessibilityStatementPageFactory, barrier
from tests.factories.base import translate_page
from tests.factories.enquiries import FormPageFactory

pytestmark = pytest.mark.django_db


def test_a_fully_compliant_statement_cannot_list_non_compliant_content(homes):
    page = AccessibilityStatementPageFactory.build(
        conformance=Conformance.FULL, barriers=[barrier()]
    )

    with pytest.raises(ValidationError) as error:
        page.clean()

    assert "conformance" in error.value.message_dict


def test_a_partially_compliant_statement_must_name_its_barriers(homes):
    page = AccessibilityStatementPageFactory.build(conformance=Conformance.PARTIAL, barriers=[])

    with pytest.raises(ValidationError) as error:
        page.clean()

    assert "barriers" in error.value.message_dict


def test_a_fully_compliant_statement_may_name_content_outside_the_scope(homes):
    page = AccessibilityStatementPageFactory(
        parent=homes["de"],
        conformance=Conformance.FULL,
        barriers=[barrier("Archiv vor 2018", reason="out_of_scope")],
    )

    page.clean()


def test_barriers_are_listed_under_their_kind_of_reason_in_the_model_statements_order(
    client, homes
):
    page = AccessibilityStatementPageFactory(
        parent=homes["de"],
        barriers=[
            barrier("Altes Archiv", reason="out_of_scope"),
            barrier("Karte ohne Textalternative"),
            barrier("Videos von 2015", reason="disproportionate_burden"),
        ],
    )

    html = client.get(page.url).content.decode()

    order = [html.index(text) for text in ("Karte ohne", "Videos von 2015", "Altes Archiv")]
    assert order == sorted(order)
    assert "Unvereinbarkeit mit den Anforderungen" in html
    assert "Unverhältnismäßige Belastung" in html
    assert "Inhalte, die nicht in den Anwendungsbereich" in html
    assert "Barrierefreie Alternative" in html


def test_the_status_sentence_names_the_standard_the_site_was_assessed_against(client, homes):
    page = AccessibilityStatementPageFactory(parent=homes["de"], standard="WCAG 2.2 Stufe AA")

    html = client.get(page.url).content.decode()

    assert "mit WCAG 2.2 Stufe AA <strong>teilweise vereinbar</strong>" in html


def test_german_telephone_numbers_link_as_international_numbers():
    assert telephone_uri("030 18 527-2805") == "tel:+4930185272805"
    assert telephone_uri("+49 30 1234") == "tel:+49301234"
    assert telephone_uri("0049 30 1234") == "tel:+49301234"
    assert telephone_uri("") == ""


def test_the_feedback_form_is_linked_in_the_visitors_language(client, homes):
    form = FormPageFactory(parent=homes["de"], title="Barriere melden", slug="barriere-melden")
    english_form = translate_page(form, title="Report a barrier", slug="report-a-barrier")
    page = AccessibilityStatementPageFactory(parent=homes["de"], feedback_page=form)
    english = translate_page(page, title="Accessibility statement", slug="accessibility")

    assert f'href="{form.url}"' in client.get(page.url).content.decode()
    assert f'href="{english_form.url}"' in client.get(english.url).content.decode()


def test_a_new_statement_starts_with_the_federal_conciliation_body(homes):
    page = AccessibilityStatementPage()

    assert page.arbitration_address == "Mauerstraße 53\n10117 Berlin"
    assert page.arbitration_email == "info@schlichtungsstelle-bgg.de"
    assert page.arbitration_url == "https://www.schlichtungsstelle-bgg.de"
    assert page.arbitration_phone == "030 18 527-2805"


def test_an_editor_creates_a_statement_with_a_barrier_in_the_admin(login, editor, site):
    client = login(editor)
    add_url = f"/admin/pages/add/accessibility/accessibilitystatementpage/{site['de'].pk}/"
    form = client.get(add_url)
    assert form.status_code == 200
    assert "Mauerstraße 53" in form.content.decode()

    data = nested_form_data(
        {
            "title": "Erklärung zur Barrierefreiheit",
            "slug": "barrierefreiheit",
            "teaser": "",
            "image_alt": "",
            "intro": rich_text(""),
            "conformance": "partial",
            "standard": "BITV 2.0",
            "barriers": streamfield(
                [
                    (
                        "barrier",
                        {
                            "content": "PDFs sind nicht geprüft.",
                            "reason": "non_compliance",
                            "explanation": "Sie stammen von Partnern.",
                            "criteria": "",
                            "alternative": "Wir senden den Text.",
                        },
                    )
                ]
            ),
            "measures": rich_text(""),
            "prepared_on": "2026-12-01",
            "assessed_on": "2026-12-01",
            "assessment_method": "self",
            "assessment": rich_text(""),
            "last_reviewed": "2026-12-01",
            "contact_email": "kontakt@example.org",
            "contact_phone": "",
            "arbitration_name": "Schlichtungsstelle BGG",
            "arbitration_address": "Mauerstraße 53\n10117 Berlin",
            "arbitration_phone": "030 18 527-2805",
            "arbitration_email": "info@schlichtungsstelle-bgg.de",
            "arbitration_url": "https://www.schlichtungsstelle-bgg.de",
            "seo_title": "",
            "search_description": "",
            "comments": inline_formset([]),
        }
    )
    response = client.post(add_url, data)

    assert response.status_code == 302, response.content.decode()[:3000]
    page = AccessibilityStatementPage.objects.get(slug="barrierefreiheit")
    assert page.barriers[0].value["content"] == "PDFs sind nicht geprüft."
    assert page.conformance == "partial"
