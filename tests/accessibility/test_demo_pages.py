"""What a visitor finds on the demo: the accessibility statement as BITV 2.0 § 7 and the EU
model statement ask for it, the barrier report form it links, and the Leichte Sprache and
sign-language pages linked from the header of every page, in both languages."""

import re

from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page

import pytest

from accessibility.models import AccessibilityStatementPage, EasyReadPage, SignLanguagePage
from enquiries.abuse import fill_token
from enquiries.models import OutgoingEmail

pytestmark = pytest.mark.django_db


def one_page_per_type(language: str) -> list[Page]:
    """The first live page of every page type in ``language``."""
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1, locale__language_code=language):
        pages.setdefault(page.content_type_id, page)
    return list(pages.values())


def text_of(response) -> str:
    html = response.content.decode()
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_the_german_statement_says_it_is_partially_compliant_and_names_its_barriers(client, demo):
    page = client.get("/barrierefreiheit/")
    text = text_of(page)

    assert page.status_code == 200
    assert "Stand der Vereinbarkeit mit den Anforderungen" in text
    assert "teilweise vereinbar" in text
    assert "Unvereinbarkeit mit den Anforderungen" in text
    assert "Deutscher Gebärdensprache" in text
    assert "nicht auf Barrierefreiheit geprüft" in text  # the PDFs
    assert "Selbstbewertung" in text
    assert "Zuletzt geprüft" in text


def test_the_statement_links_its_feedback_form_and_states_the_reply_period(client, demo):
    html = client.get("/barrierefreiheit/").content.decode()

    assert 'href="/barriere-melden/"' in html
    assert "spätestens innerhalb eines Monats" in html
    assert "§ 12b Abs. 4" in html


def test_the_statement_names_the_conciliation_body_with_its_contact_details(client, demo):
    html = client.get("/barrierefreiheit/").content.decode()

    assert "Schlichtungsstelle nach § 16 BGG" in html
    assert "Mauerstraße 53<br>10117 Berlin" in html
    assert 'href="tel:+4930185272805"' in html
    assert 'href="mailto:info@schlichtungsstelle-bgg.de"' in html
    assert 'href="https://www.schlichtungsstelle-bgg.de"' in html


def test_the_english_statement_is_a_translation_that_links_the_english_form(client, demo):
    german = AccessibilityStatementPage.objects.get(locale__language_code="de")
    english = AccessibilityStatementPage.objects.get(locale__language_code="en")

    html = client.get(english.url).content.decode()

    assert english.translation_key == german.translation_key
    assert "partially compliant" in html
    assert 'href="/en/report-a-barrier/"' in html
    assert "within one month at the latest" in html


def test_the_footer_of_every_page_type_links_the_statement_and_the_report_form(client, demo):
    """The feedback mechanism is reachable from every page, in the page's language."""
    links = {
        "de": ("/barrierefreiheit/", "/barriere-melden/"),
        "en": ("/en/accessibility/", "/en/report-a-barrier/"),
    }
    for language, (statement, report) in links.items():
        for page in one_page_per_type(language):
            footer = client.get(page.url).content.decode().split('class="site-footer"', 1)[1]
            assert f'href="{statement}"' in footer, page.url
            assert f'href="{report}"' in footer, page.url


def test_a_barrier_report_is_stored_in_the_portal_and_acknowledged_by_e_mail(client, demo):
    """The form is the enquiries app's form page: stored, mailed, purged like the others."""
    response = client.post(
        "/barriere-melden/",
        {
            "name": "",
            "e_mail": "leser@example.org",
            "seite": "/toolbox/",
            "barriere": "Das PDF der Checkliste kann mein Screenreader nicht lesen.",
            "consent": "on",
            "website": "",
            "started": fill_token(0),
        },
    )

    assert response.status_code == 200
    (submission,) = FormSubmission.objects.filter(page__slug="barriere-melden")
    assert submission.form_data["barriere"].startswith("Das PDF")
    assert OutgoingEmail.objects.filter(submission=submission, recipient="leser@example.org")


def test_every_german_page_type_links_leichte_sprache_and_gebaerdensprache_in_its_header(
    client, demo
):
    for page in one_page_per_type("de"):
        header = client.get(page.url).content.decode().split("</header>", 1)[0]
        assert 'href="/leichte-sprache/"' in header, page.url
        assert ">Leichte Sprache</span>" in header, page.url
        assert 'href="/gebaerdensprache/"' in header, page.url


def test_english_pages_link_the_easy_read_page_in_their_header(client, demo):
    header = client.get("/en/").content.decode().split("</header>", 1)[0]

    assert 'href="/en/easy-read/"' in header
    assert ">Easy read</span>" in header


def test_the_english_easy_read_page_is_the_translation_of_the_german_one(demo):
    german = EasyReadPage.objects.get(locale__language_code="de")
    english = EasyReadPage.objects.get(locale__language_code="en")

    assert english.translation_key == german.translation_key
    assert [block.block_type for block in english.body] == [b.block_type for b in german.body]


def test_the_leichte_sprache_text_keeps_to_short_sentences(demo):
    """Netzwerk Leichte Sprache: short sentences, one statement each."""
    page = EasyReadPage.objects.get(locale__language_code="de")
    text = " ".join(
        re.sub(r"<[^>]+>", " ", str(block.value["text"]))
        for block in page.body
        if block.block_type == "section"
    )
    sentences = [s for s in re.split(r"[.!?:]\s+", text) if s.strip()]

    too_long = [s for s in sentences if len(s.split()) > 12]
    assert not too_long


def test_the_leichte_sprache_page_explains_what_bitv_asks_for(client, demo):
    """BITV 2.0 § 4: the content, the navigation, the statement and how to give feedback."""
    text = text_of(client.get("/leichte-sprache/"))

    for part in (
        "Was finden Sie hier?",
        "So finden Sie sich zurecht",
        "Barriere-Freiheit",
        "Schreiben Sie uns",
    ):
        assert part in text
    assert "höchstens 1 Monat" in text
    html = client.get("/leichte-sprache/").content.decode()
    assert 'href="/barriere-melden/"' in html
    assert 'href="/barrierefreiheit/"' in html
    assert 'href="/en/report-a-barrier/"' in client.get("/en/easy-read/").content.decode()


def test_the_sign_language_page_says_honestly_that_its_videos_are_being_produced(client, demo):
    page = SignLanguagePage.objects.get(locale__language_code="de")
    html = client.get("/gebaerdensprache/").content.decode()

    assert not list(page.videos)
    assert "<video" not in html
    assert "Die Videos werden gerade produziert" in html
    assert "Hier gibt es noch keine Videos in Deutscher Gebärdensprache." in html
