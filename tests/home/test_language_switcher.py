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
