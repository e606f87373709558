"""``load_demo`` leaves every English page holding English terms: in its row, its inline rows
and its latest revision."""

from django.apps import apps

from wagtail.models import Page

import pytest

from taxonomy.localize import term_fields, term_rows


def held_terms(holder) -> list:
    terms = []
    for name, many in term_fields(type(holder)):
        terms.extend(getattr(holder, name).all() if many else [getattr(holder, name)])
    return [term for term in terms if term is not None]


def foreign_terms(page) -> list[str]:
    terms = held_terms(page)
    for accessor in term_rows(type(page)):
        for row in getattr(page, accessor).all():
            terms.extend(held_terms(row))
    return [f"{term!s} ({term.locale_id})" for term in terms if term.locale_id != page.locale_id]


@pytest.mark.django_db
def test_every_demo_page_holds_the_terms_of_its_language(demo):
    checked = 0
    for model in apps.get_models():
        if not issubclass(model, Page) or not (term_fields(model) or term_rows(model)):
            continue
        for page in model.objects.exclude(locale__language_code="de"):
            checked += 1
            assert foreign_terms(page) == [], page
            assert foreign_terms(page.get_latest_revision().as_object()) == [], page
    assert checked > 10  # the English demo pages were looked at
