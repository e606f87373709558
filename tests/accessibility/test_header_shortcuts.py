"""The header links the Leichte Sprache and sign-language pages of the visitor's language on
every page, marked with their pictograms, once they are live (BITV 2.0 § 4)."""

from dataclasses import replace

import pytest

from accessibility.models import EasyReadPage
from core import memo
from home.checks import every_page_type_describes_itself
from home.site_navigation import _shortcuts
from tests.factories.accessibility import EasyReadPageFactory, SignLanguagePageFactory
from tests.factories.base import translate_page
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def header(client, url: str) -> str:
    return client.get(url).content.decode().split("</header>", 1)[0]


def test_every_page_links_the_easy_read_page_of_its_language_with_its_pictogram(client, homes):
    easy = EasyReadPageFactory(parent=homes["de"])
    about = StandardPageFactory(parent=homes["de"], title="Über uns")

    html = header(client, about.url)

    assert f'<a class="site-header__shortcut" href="{easy.url}">' in html
    assert '<svg class="pictogram"' in html
    assert "<span>Leichte Sprache</span>" in html


def test_the_header_shows_shortcuts_in_their_declared_order(client, homes):
    SignLanguagePageFactory(parent=homes["de"])
    EasyReadPageFactory(parent=homes["de"])

    html = header(client, homes["de"].url)

    assert html.index("Leichte Sprache</span>") < html.index("Gebärdensprache</span>")


def test_english_pages_link_the_english_translation_as_easy_read(client, homes):
    easy = EasyReadPageFactory(parent=homes["de"])
    english = translate_page(easy, title="Easy read", slug="easy-read")

    html = header(client, homes["en"].url)

    assert f'href="{english.url}"' in html
    assert "<span>Easy read</span>" in html
    assert f'href="{easy.url}"' not in html


def test_a_language_without_the_page_shows_no_shortcut(client, homes):
    EasyReadPageFactory(parent=homes["de"])

    assert "site-header__shortcuts" not in header(client, homes["en"].url)


def test_a_draft_or_unpublished_page_is_not_linked(client, homes):
    easy = EasyReadPageFactory(parent=homes["de"], live=False)

    assert "site-header__shortcuts" not in header(client, homes["de"].url)
    easy.save_revision().publish()
    assert "site-header__shortcuts" in header(client, homes["de"].url)
    easy.refresh_from_db()
    easy.unpublish()
    assert "site-header__shortcuts" not in header(client, homes["de"].url)


def test_the_shortcut_marks_the_page_the_visitor_is_on(client, homes):
    easy = EasyReadPageFactory(parent=homes["de"])

    assert f'href="{easy.url}" aria-current="page"' in header(client, easy.url)


def test_the_shortcuts_cost_one_query_when_the_navigation_is_built(
    settings, homes, django_assert_num_queries
):
    settings.FRAGMENT_CACHE_SECONDS = 600
    EasyReadPageFactory(parent=homes["de"])
    SignLanguagePageFactory(parent=homes["de"])
    _shortcuts()  # what a running process has loaded: content types, restricted paths, sites

    # A request reads the content generation once; the shortcuts add their pages' query.
    with memo.scope(), django_assert_num_queries(2):
        shortcuts = _shortcuts()

    assert [shortcut.text for shortcut in shortcuts] == ["Leichte Sprache", "Gebärdensprache"]


def test_the_protocol_check_names_a_shortcut_without_its_pictogram(monkeypatch):
    monkeypatch.setattr(
        EasyReadPage,
        "header_shortcut",
        replace(EasyReadPage.header_shortcut, icon_template="accessibility/icons/missing.html"),
    )

    messages = [error.msg for error in every_page_type_describes_itself()]

    assert messages == [
        "accessibility.EasyReadPage declares a header shortcut whose pictogram "
        "'accessibility/icons/missing.html' is no template."
    ]


@pytest.mark.parametrize(
    "model", ["accessibilitystatementpage", "easyreadpage", "signlanguagepage"]
)
def test_an_editor_can_open_the_form_of_each_accessibility_page_type(login, editor, site, model):
    response = login(editor).get(f"/admin/pages/add/accessibility/{model}/{site['de'].pk}/")

    assert response.status_code == 200
