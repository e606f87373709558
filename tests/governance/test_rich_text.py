"""Rich text from editors and from imports reaches visitors without scripts, event handlers
or ``javascript:`` links."""

import json

from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest
from bs4 import BeautifulSoup

from governance.sanitise import sanitise_html
from home.models import Footer
from tests.factories.base import locale
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

ATTACK = (
    '<p>Hallo <script>alert("x")</script><img src="x" onerror="alert(1)">'
    '<a href="javascript:alert(1)">Klick</a> <a href="https://example.org">Gut</a></p>'
    '<p onclick="alert(2)">Absatz</p>'
)


def assert_harmless(html: str) -> None:
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find_all("script")
    for tag in soup.find_all(True):
        assert not [name for name in tag.attrs if name.lower().startswith("on")], tag
        assert not tag.get("href", "").strip().lower().startswith("javascript:"), tag


def footer_html(client, path="/") -> str:
    soup = BeautifulSoup(client.get(path).content, "html.parser")
    return str(soup.find("footer"))


def test_the_sanitiser_removes_scripts_handlers_and_javascript_links():
    clean = sanitise_html(ATTACK)

    assert_harmless(clean)
    assert "Klick" in clean
    assert 'href="https://example.org"' in clean


def test_rich_text_assigned_directly_to_a_model_is_sanitised(client, site):
    footer = Footer.objects.create(locale=locale("de"), about=ATTACK)

    assert_harmless(footer.about)
    assert "onerror" not in footer_html(client)
    assert "Absatz" in footer_html(client)


def test_rich_text_of_an_imported_page_is_sanitised(client, site):
    index = NewsIndexPageFactory(parent=site["de"], intro=ATTACK)

    main = str(BeautifulSoup(client.get(index.url).content, "html.parser").find("main"))

    assert_harmless(main)
    assert "Absatz" in main


def test_harmless_rich_text_is_stored_unchanged(site):
    text = '<p>Ein <b>Text</b> mit <a linktype="page" id="3">Link</a>.</p>'

    footer = Footer.objects.create(locale=locale("de"), about=text)

    assert footer.about == text


def test_rich_text_saved_through_the_admin_form_is_sanitised(admin_client_de, client, site):
    footer = Footer.objects.create(locale=locale("de"), about="<p>Alt</p>")
    # What a crafted request could send instead of the editor's content.
    text = "<script>alert(1)</script><img src=x onerror=alert(1)> Klick"
    content_state = {
        "blocks": [
            {
                "key": "a1",
                "type": "unstyled",
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": text.index("Klick"), "length": 5, "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert(1)"}}
        },
    }
    data = nested_form_data({"about": json.dumps(content_state), "columns": streamfield([])})
    data["action-publish"] = "action-publish"

    admin_client_de.post(f"/admin/snippets/home/footer/edit/{footer.pk}/", data)

    footer.refresh_from_db()
    assert "Klick" in footer.about
    assert_harmless(footer.about)
    client.logout()
    assert_harmless(footer_html(client))


@pytest.mark.parametrize(
    "link",
    [
        '<a href="javascript:alert(1)">x</a>',
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        '<a href="jav\tascript:alert(1)">x</a>',
        '<a href="&#106;avascript:alert(1)">x</a>',
        '<a href="&#x6A;avascript&colon;alert(1)">x</a>',
        '<a href=" javascript:alert(1)">x</a>',
        "<a href='data:text/html;base64,PHNjcmlwdD4='>x</a>",
        '<a href="vbscript:msgbox(1)">x</a>',
        "<a href=javascript:alert(1)>x</a>",
    ],
)
def test_every_spelling_of_an_unsafe_link_is_removed(link):
    clean = sanitise_html(f"<p>{link}</p>")

    assert "x" in clean
    assert "href" not in clean


@pytest.mark.parametrize(
    "text",
    [
        '<p>Data: 2023, Metadaten: keine. Siehe <a href="https://example.org/a?b=1&amp;c=2">hier</a>.</p>',
        '<p><a href="mailto:info@example.org">Mail</a> <a href="/kontakt/#form">Kontakt</a></p>',
        '<p>JavaScript ist eine Sprache; <a linktype="page" id="3">Seite</a>.</p>',
    ],
)
def test_harmless_text_is_never_rewritten(text):
    assert sanitise_html(text) == text


def test_rich_text_in_a_streamfield_written_by_code_is_sanitised(client, site):
    index = NewsIndexPageFactory(parent=site["de"])
    article = NewsPageFactory(
        parent=index, body=[{"type": "rich_text", "value": ATTACK}], slug="angriff"
    )

    stored = json.dumps(list(type(article).objects.get(pk=article.pk).body.raw_data))
    main = str(BeautifulSoup(client.get(article.url).content, "html.parser").find("main"))

    assert "onerror" not in stored and "javascript:" not in stored
    assert_harmless(main)
    assert "Absatz" in main


def test_blocks_code_changed_keep_their_change_through_the_sanitiser(site):
    """wagtail-localize writes a translation by changing the stream's blocks, whose raw data
    then still holds the source text: the sanitiser must not bring that back."""
    index = NewsIndexPageFactory(parent=site["de"])
    article = NewsPageFactory(parent=index, body=[{"type": "rich_text", "value": "<p>Alt</p>"}])

    article.body[0].value = RichText('<p>Neu <a href="javascript:alert(1)">x</a></p>')
    article.save()

    stored = type(article).objects.get(pk=article.pk).body[0].value.source
    assert "Neu" in stored and "Alt" not in stored
    assert "javascript:" not in stored
