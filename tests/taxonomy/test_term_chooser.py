"""The term chooser (``taxonomy.widgets``) with a real portal's 11,000 municipalities: the edit
form holds only the chosen terms, the search answers a few terms of the page's language, and
neither costs more queries with 11,000 terms than with 15. Choosers in a translation offer
that language first (terms only, pages where the chooser opens)."""

import json
import re

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from taxonomy.models import Municipality
from tests.factories.base import locale, translate_page
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.factories.taxonomy import MunicipalityFactory, translate

pytestmark = pytest.mark.django_db

SEARCH = "taxonomy_search_terms"


def seed_municipalities(count: int, language: str = "de", start: int = 0) -> None:
    Municipality.objects.bulk_create(
        Municipality(
            name=f"Gemeinde {n:05d}",
            slug=f"gemeinde-{n:05d}",
            locale=locale(language),
            size_class=Municipality.SizeClass.RURAL,
        )
        for n in range(start, start + count)
    )


def search(client, q: str, language: str = "de", model: str = "municipality"):
    return client.get(reverse(SEARCH, args=[model]), {"q": q, "locale": language})


def queries(callable_) -> int:
    with CaptureQueriesContext(connection) as captured:
        callable_()
    return len(captured)


@pytest.fixture
def news_page(homes):
    index = NewsIndexPageFactory(parent=homes["de"])
    ulm = MunicipalityFactory(name="Ulm", slug="ulm")
    return NewsPageFactory(parent=index, municipalities=[ulm])


def test_edit_form_holds_only_the_chosen_municipalities(admin_client_de, news_page):
    seed_municipalities(15)
    url = reverse("wagtailadmin_pages:edit", args=[news_page.pk])
    admin_client_de.get(url)  # warm caches shared by every admin page
    few = queries(lambda: admin_client_de.get(url))
    seed_municipalities(11_000, start=15)

    with CaptureQueriesContext(connection) as captured:
        response = admin_client_de.get(url)

    html = response.content.decode()
    assert response.status_code == 200
    assert len(captured) == few  # 11,000 terms cost no more queries than 15
    select = re.search(r'<select name="municipalities".*?</select>', html, re.S).group(0)
    assert re.findall(r"<option[^>]*>([^<]*)</option>", select) == ["Ulm"]
    assert "Gemeinde 05000" not in html and "Gemeinde 00001" not in html
    assert "data-term-chooser" in html and "/static/js/term_chooser.js" in html
    assert len(html) < 1_000_000  # every municipality as a checkbox made megabytes


def test_search_answers_a_few_terms_of_one_language_prefix_first(admin_client_de, homes):
    seed_municipalities(11_000)
    MunicipalityFactory(name="Ulm", slug="ulm")
    MunicipalityFactory(name="Neu-Ulm", slug="neu-ulm")
    translate(Municipality.objects.get(slug="ulm"), name="Ulm (en)")
    search(admin_client_de, "x")  # warm caches shared by every admin view

    with CaptureQueriesContext(connection) as captured:
        response = search(admin_client_de, "ulm")
    few_results = len(captured)
    broad = queries(lambda: search(admin_client_de, "gemeinde"))

    assert response.status_code == 200
    assert [r["label"] for r in response.json()["results"]] == ["Ulm", "Neu-Ulm"]
    results = search(admin_client_de, "gemeinde 0").json()["results"]
    assert len(results) == 20 and results[0]["label"] == "Gemeinde 00000"
    english = search(admin_client_de, "ulm", language="en").json()["results"]
    assert [r["label"] for r in english] == ["Ulm (en)"]
    # One query for the terms, whatever their number (the rest is the admin's sign-in).
    assert broad == few_results
    assert few_results <= 6


def test_search_refuses_what_it_cannot_answer(admin_client_de, homes):
    assert search(admin_client_de, "ulm", model="page").status_code == 404
    assert search(admin_client_de, "ulm", model="nosuchterm").status_code == 404
    assert search(admin_client_de, "ulm", language="xx").status_code == 400
    assert search(admin_client_de, "").json() == {"results": []}
    # Only signed-in editors reach it.
    assert search(Client(), "ulm").status_code == 302


def test_organisations_are_found_by_abbreviation(admin_client_de, homes):
    from tests.factories.taxonomy import OrganisationFactory

    OrganisationFactory(name="Deutsches Institut für Urbanistik", abbreviation="Difu")

    results = search(admin_client_de, "difu", model="organisation").json()["results"]

    assert [r["label"] for r in results] == ["Deutsches Institut für Urbanistik (Difu)"]


def test_english_page_form_offers_and_searches_english_terms(admin_client_de, news_page):
    ulm = news_page.municipalities.get()
    rostock = MunicipalityFactory(name="Rostock", slug="rostock")
    rostock_en = translate(rostock, name="Rostock (en)")
    translate_page(news_page.get_parent(), "en", title="News", slug="news")
    english = translate_page(news_page, "en", title="News", slug="news-en")

    response = admin_client_de.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))

    form = response.context["form"]
    offered = set(form.fields["municipalities"].queryset)
    assert rostock_en in offered and rostock not in offered
    assert [m.locale.language_code for m in english.municipalities.all()] == ["en"]
    assert ulm not in offered
    html = response.content.decode()
    assert 'data-language="en"' in html


def test_choosers_of_an_english_page_open_in_english(admin_client_de, homes):
    """Wagtail passes the edited page's language to its chooser modals (page chooser panels,
    snippet choosers) as ``locale``; at the top of the tree the page chooser then lists the
    English pages first, not those of the editor's admin language."""
    english_home = homes["en"]

    edit = admin_client_de.get(reverse("wagtailadmin_pages:edit", args=[english_home.pk]))
    config = re.search(
        r'<script id="wagtail-config" type="application/json">(.*?)</script>',
        edit.content.decode(),
        re.S,
    )
    chooser = admin_client_de.get(reverse("wagtailadmin_choose_page"), {"locale": "en"})

    assert json.loads(config.group(1))["ACTIVE_CONTENT_LOCALE"] == "en"
    listed = [page.pk for page in chooser.context["table"].data]
    assert english_home.pk in listed and homes["de"].pk not in listed
