from django.urls import reverse

import pytest

from taxonomy import models
from tests.factories.base import locale
from tests.factories.taxonomy import MunicipalityFactory, OrganisationFactory, TopicFactory

pytestmark = pytest.mark.django_db

# model: minimal valid form data for the admin's create view
SNIPPETS = {
    models.Topic: {"name": "Klimaanpassung"},
    models.Service: {"name": "Wissenstransfer"},
    models.Hazard: {"name": "Hitze"},
    models.ToolType: {"name": "Leitfaden"},
    models.TargetGroup: {"name": "Verwaltung"},
    models.ProcessPhase: {"name": "Planung", "sort_order": "1"},
    models.FundingProgramme: {"name": "Modellprojekte Smart Cities"},
    models.Organisation: {"name": "Bundesinstitut", "kind": "institute"},
    models.Municipality: {
        "name": "Ulm",
        "size_class": "large",
        "federal_state": "BW",
        "latitude": "48.39841",
        "longitude": "9.99155",
    },
    models.Person: {
        "name": "Julia Neumann",
        "role": "Projektleitung",
        "email": "j.neumann@example.org",
    },
}


def admin_url(model, action: str, *args) -> str:
    return reverse(
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:{action}", args=args
    )


@pytest.mark.parametrize("model", SNIPPETS, ids=lambda m: m.__name__)
def test_editor_creates_each_snippet_in_the_admin(admin_client_de, homes, model):
    response = admin_client_de.post(admin_url(model, "add") + "?locale=de", SNIPPETS[model])

    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    created = model.objects.get(name=SNIPPETS[model]["name"])
    assert created.locale.language_code == "de"


@pytest.mark.parametrize("model", SNIPPETS, ids=lambda m: m.__name__)
def test_each_snippet_listing_searches(admin_client_de, homes, model):
    response = admin_client_de.get(admin_url(model, "list"), {"q": "nothing-matches-this"})

    assert response.status_code == 200


def test_term_slug_is_filled_from_the_name(homes):
    topic = TopicFactory(name="Grün- und Freiraum")

    assert topic.slug == "grun-und-freiraum"


def test_municipality_listing_filters_by_federal_state(admin_client_de, homes):
    MunicipalityFactory(name="Ulm", federal_state="BW")
    MunicipalityFactory(name="Rostock", federal_state="MV")

    html = admin_client_de.get(
        admin_url(models.Municipality, "list"), {"federal_state": "MV"}
    ).content.decode()

    assert "Rostock" in html
    assert "Ulm" not in html


def test_snippet_choosers_accept_only_terms_of_the_edited_language(admin_client_de, homes):
    german = OrganisationFactory(name="Bundesinstitut")
    english = OrganisationFactory(name="Federal Institute", locale=locale("en"))

    response = admin_client_de.get(admin_url(models.FundingProgramme, "add") + "?locale=de")

    assert list(response.context["form"].fields["funder"].queryset) == [german]
    rejected = admin_client_de.post(
        admin_url(models.FundingProgramme, "add") + "?locale=de",
        {"name": "Programm", "funder": english.pk},
    )
    assert "funder" in rejected.context["form"].errors


def test_municipality_rejects_impossible_coordinates(admin_client_de, homes):
    data = {**SNIPPETS[models.Municipality], "latitude": "123"}

    response = admin_client_de.post(admin_url(models.Municipality, "add") + "?locale=de", data)

    assert response.status_code == 200
    assert "latitude" in response.context["form"].errors
