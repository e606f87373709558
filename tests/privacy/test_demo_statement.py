"""On the demo, as a visitor and as an editor meet it: the cookies the statement names are
the ones responses set, and the statement lists the demo's forms."""

from django.conf import settings
from django.utils import translation

from wagtail.contrib.forms.models import FormMixin
from wagtail.models import Page

import pytest

from privacy import processing

pytestmark = pytest.mark.django_db


def one_page_per_type(language: str) -> list[Page]:
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1, locale__language_code=language).specific():
        pages.setdefault(type(page), page)
    return list(pages.values())


def documented() -> dict[str, str]:
    with translation.override("de"):
        return {cookie.name: cookie.who for cookie in processing.cookies()}


def test_reading_a_page_sets_no_cookie_and_a_form_only_the_documented_one(client, demo):
    for language in ("de", "en"):
        for page in one_page_per_type(language):
            client.cookies.clear()
            response = client.get(page.url)
            names = set(response.cookies)
            if isinstance(page, FormMixin):
                assert names == {settings.CSRF_COOKIE_NAME}, page.url
                assert "Formular" in documented()[settings.CSRF_COOKIE_NAME]
            else:
                assert names == set(), page.url


def test_a_signed_in_editor_gets_only_the_cookies_the_statement_names(
    client, demo, django_user_model
):
    django_user_model.objects.create_superuser("redaktion", "r@example.org", "ein-langes-passwort")
    seen = set()

    client.get("/admin/login/")
    seen |= set(client.cookies)
    client.post("/admin/login/", {"username": "redaktion", "password": "ein-langes-passwort"})
    seen |= set(client.cookies)
    for url in ("/admin/", "/admin/pages/", "/datenschutz/"):
        client.get(url)
        seen |= set(client.cookies)

    assert settings.SESSION_COOKIE_NAME in seen
    assert seen <= set(documented())


def test_the_demo_statement_lists_its_forms_and_the_peer_exchange(client, demo):
    html = client.get("/datenschutz/").content.decode()

    for title in ("Kontakt", "Barriere melden", "Anmeldung zum Peer-to-Peer-Austausch"):
        assert f"Formular „{title}“" in html
    assert "Peer-to-Peer-Austausch</h3>" in html
    assert "Die Bundesbeauftragte für den Datenschutz" in html
    assert "<code>csrftoken</code>" in html
