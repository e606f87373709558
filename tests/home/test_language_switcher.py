from wagtail.models import PageViewRestriction

import pytest

from tests.factories.base import translate_page
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_switcher_links_a_translated_page_to_its_translation(client, homes):
    german = StandardPageFactory(parent=homes["de"], title="Impressum", slug="impressum")
    english = translate_page(german, title="Imprint", slug="imprint")

    html = client.get(german.url).content.decode()

    assert f'<a href="{english.url}" hreflang="en" lang="en">English</a>' in html
    assert f'<link rel="alternate" hreflang="en" href="http://testserver{english.url}">' in html


def test_untranslated_page_links_to_the_other_home_with_a_note(client, homes):
    german = StandardPageFactory(parent=homes["de"], title="Nur Deutsch", slug="nur-deutsch")

    html = client.get(german.url).content.decode()

    assert '<a href="/en/?untranslated=1" hreflang="en" lang="en">English' in html
    assert 'hreflang="en" href=' not in html  # no alternate for a missing translation


def test_home_reached_from_an_untranslated_page_says_so_in_its_language(client, homes):
    html = client.get("/en/?untranslated=1").content.decode()

    assert "The page you came from is not available in this language." in html


def test_draft_translation_is_not_offered(client, homes):
    german = StandardPageFactory(parent=homes["de"], title="Entwurf", slug="entwurf")
    translate_page(german, title="Draft", slug="draft", publish=False)

    html = client.get(german.url).content.decode()

    assert "/en/draft/" not in html
    assert "/en/?untranslated=1" in html


@pytest.mark.parametrize("restricted", ["translation", "its section"])
def test_a_restricted_translation_is_neither_linked_nor_named(client, homes, restricted):
    section = StandardPageFactory(parent=homes["de"], title="Bereich", slug="bereich")
    english_section = translate_page(section, title="Section", slug="section")
    german = StandardPageFactory(parent=section, title="Öffentlich", slug="oeffentlich")
    english = translate_page(german, title="Internal", slug="internal-plans-2027")
    target = english if restricted == "translation" else english_section
    PageViewRestriction.objects.create(page=target, restriction_type=PageViewRestriction.LOGIN)

    html = client.get(german.url).content.decode()

    assert "internal-plans-2027" not in html
    assert 'hreflang="en" href=' not in html
    assert "/en/?untranslated=1" in html
