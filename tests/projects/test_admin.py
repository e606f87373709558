from django.urls import reverse

import pytest

from tests.factories.base import translate_page
from tests.factories.projects import ProjectPageFactory, partner
from tests.factories.taxonomy import MunicipalityFactory, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(login, editor):
    """A member of the Editors role, nothing more."""
    return login(editor)


def test_editor_can_open_the_form_for_a_new_project(admin_client, index):
    url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", index.pk])

    response = admin_client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    for field in ("scope", "start_date", "end_date", "partners-TOTAL_FORMS", "funding_programme"):
        assert f'name="{field}"' in html


def test_partner_rows_offer_only_municipalities_of_the_pages_language(admin_client, index):
    ulm = MunicipalityFactory(name="Ulm", slug="ulm")
    translate(ulm, name="Ulm (English)")
    page = ProjectPageFactory(parent=index, partners=[partner(ulm)])

    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert ">Ulm<" in html
    assert "Ulm (English)" not in html


def test_copied_partner_row_holds_the_english_term_in_the_translations_form(
    admin_client, index, english_index
):
    ulm = MunicipalityFactory(name="Ulm", slug="ulm")
    page = ProjectPageFactory(parent=index, partners=[partner(ulm)])
    english = translate_page(page, "en", title="Project")

    form = english.get_edit_handler().get_form_class()(instance=english, for_user=None)
    row = form.formsets["partners"].forms[0]

    held = row.instance.municipality
    assert (held.translation_key, held.locale.language_code) == (ulm.translation_key, "en")
    assert held in row.fields["municipality"].queryset
    assert ulm not in row.fields["municipality"].queryset


def test_project_index_lists_its_projects_in_the_admin(admin_client, index):
    ProjectPageFactory(parent=index, title="Ulm4CleverCity")

    response = admin_client.get(reverse("wagtailadmin_explore", args=[index.pk]))

    assert response.status_code == 200
    assert "Ulm4CleverCity" in response.content.decode()
