"""The way from a draft to a published translation as German editors see it, screen by screen.

An editor whose admin language is German writes a news article with a long title and submits
it to the moderators' workflow; a moderator approves it and starts its English translation; a
translator translates it in wagtail-localize's editor; the moderator publishes it. On every
screen no English phrase from ``tests/i18n/german_admin.py`` is visible, and the long title
stays readable in the title field after saving.

The tests run in file order and share one article; a test whose earlier step did not complete
is skipped rather than failing for someone else's reason.
"""

import re
import secrets
import string
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Page, expect

from tests.i18n.german_admin import english_phrases

from .editor_admin import (
    add_block,
    admin_message,
    open_action_menu,
    open_explorer,
    page_header_action,
    sign_in,
    stream_field,
    translate_segment,
    type_rich_text,
)

GERMAN_HOME = "Smarte, klimaresiliente Städte"
GERMAN_NEWS = "Aktuelles"
GERMAN_DATE = re.compile(r"Manuell übersetzt am \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}")  # fmt: skip


@dataclass
class Article:
    word: str
    steps: set = field(default_factory=set)
    translation_editor: str = ""

    @property
    def german_title(self) -> str:
        # Longer than the title field is wide, as editors' titles often are.
        return (
            f"Mehr Schatten, Wasser und Grün für das Quartier {self.word.capitalize()}: "
            "wie die Stadt ihre Plätze gegen die Sommerhitze umbaut"
        )

    @property
    def english_title(self) -> str:
        return f"More shade for the {self.word.capitalize()} district"

    def require(self, step: str) -> None:
        if step not in self.steps:
            pytest.skip(f"the journey's step {step!r} did not complete")


@pytest.fixture(scope="module")
def article() -> Article:
    word = "hitzeplan" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(6))
    return Article(word=word)


@pytest.fixture(scope="module", autouse=True)
def german_admin_language(portal_server):
    """The editorial accounts choose German as their admin language in their profiles."""
    portal_server.manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model\n"
        "from wagtail.users.models import UserProfile\n"
        "for user in get_user_model().objects.filter(\n"
        "    username__in=['editor', 'moderator', 'translator']):\n"
        "    profile = UserProfile.get_for_user(user)\n"
        "    profile.preferred_language = 'de'\n"
        "    profile.save()\n",
    )


def assert_no_english(page: Page, article: Article) -> None:
    """The whole visible text of the screen, the article's own titles aside."""
    page.wait_for_load_state("load")
    text = page.inner_text("body")
    found = english_phrases(text, ignore=(article.german_title, article.english_title, "Home"))
    assert found == [], f"English on {page.url}: {found}"


def signed_in(new_context, username: str) -> Page:
    page = new_context().new_page()
    sign_in(page, username)
    return page


def test_editor_saves_a_long_titled_draft_and_submits_it_to_the_moderators(new_context, article):
    page = signed_in(new_context, "editor")
    assert_no_english(page, article)
    open_explorer(page, GERMAN_HOME, GERMAN_NEWS)
    assert_no_english(page, article)
    page.get_by_role("link", name="Unterseite hinzufügen").click()
    page.get_by_role("textbox", name="Titel*").fill(article.german_title)
    block = add_block(page, stream_field(page, "Inhalt*"), "Text")
    type_rich_text(page, block, ["Im Sommer heizen sich versiegelte Plätze stark auf."])
    # Draftail writes its content into the form a moment after typing (debounced).
    expect(page.locator('input[name="body-0-value"]')).to_have_value(re.compile("versiegelte"))
    page.get_by_role("textbox", name="Teaser", exact=True).fill("Mehr Schatten im Quartier.")
    page.get_by_role("checkbox", name="Klimaanpassung").check()
    page.get_by_role("button", name="Entwurf speichern").click()
    errors = page.locator(".error-message").all_inner_texts()
    assert errors == [], errors
    expect(admin_message(page)).to_contain_text("erstellt")

    # After saving, the title field still shows the whole title: it wraps, nothing is cut.
    title = page.get_by_role("textbox", name="Titel*")
    expect(title).to_have_value(article.german_title)
    box = title.evaluate(
        "el => ({tag: el.tagName, scroll: el.scrollWidth, width: el.clientWidth,"
        " height: el.clientHeight, content: el.scrollHeight})"
    )
    assert box["tag"] == "TEXTAREA"
    assert box["scroll"] <= box["width"] and box["content"] <= box["height"] + 1, box
    assert_no_english(page, article)

    open_action_menu(page)
    assert_no_english(page, article)
    with page.expect_navigation():
        page.get_by_role("button", name="Zur Moderationsfreigabe einreichen").click()
    errors = page.locator("[aria-invalid='true'], .error-message, .help-critical").evaluate_all(
        "els => els.map(e => (e.name || e.id || e.className) + ': ' + e.textContent.trim())"
    )
    assert errors == [], errors
    expect(admin_message(page)).to_contain_text("zur Moderation eingereicht")
    assert_no_english(page, article)

    open_explorer(page, GERMAN_HOME, GERMAN_NEWS)
    expect(page.get_by_text(re.compile(r"\d+–\d+ von \d+ Seiten"))).to_be_visible()
    assert_no_english(page, article)
    article.steps.add("submitted")


def test_moderator_approves_it_from_the_dashboard(new_context, article):
    article.require("submitted")
    page = signed_in(new_context, "moderator")
    review = page.get_by_role("region", name="Ihre Überprüfung steht aus")
    row = review.get_by_role("row").filter(
        has=page.get_by_role("link", name=article.german_title, exact=True)
    )
    expect(row).to_contain_text("editor")
    assert_no_english(page, article)
    row.get_by_role("button", name="Aktionen").click()
    row.get_by_role("button", name="Freigeben", exact=True).click()
    expect(row).to_have_count(0)
    assert_no_english(page, article)

    page.goto("/admin/reports/workflow/")
    expect(page.get_by_role("main")).to_contain_text("Moderationsfreigabe")
    assert_no_english(page, article)
    article.steps.add("approved")


def test_moderator_starts_the_english_translation(new_context, article):
    article.require("approved")
    page = signed_in(new_context, "moderator")
    open_explorer(page, GERMAN_HOME, GERMAN_NEWS)
    page.get_by_role("table").get_by_role("link", name=article.german_title, exact=True).click()
    assert_no_english(page, article)
    page_header_action(page, "Diese Seite übersetzen")
    assert_no_english(page, article)
    page.get_by_role("checkbox", name="Englisch").check()
    page.get_by_role("button", name="Absenden").click()
    expect(admin_message(page)).to_contain_text("zur Übersetzung in Englisch eingereicht")
    expect(
        page.get_by_role("heading", name="Übersetzung von Deutsch nach Englisch")
    ).to_be_visible()
    assert_no_english(page, article)
    article.translation_editor = page.url
    article.steps.add("submitted for translation")


def test_translator_translates_it_in_german(new_context, article):
    article.require("submitted for translation")
    page = signed_in(new_context, "translator")
    page.goto(article.translation_editor)
    expect(
        page.get_by_role("heading", name="Übersetzung von Deutsch nach Englisch")
    ).to_be_visible()
    assert_no_english(page, article)

    translate_segment(page, "Titel", article.german_title, article.english_title)
    expect(page.get_by_text(GERMAN_DATE).first).to_be_visible()
    page.get_by_role("button", name=re.compile("^Übersetzen mit ")).first.click()
    page.get_by_role("tab", name="Veröffentlichung").click()
    assert_no_english(page, article)
    page.get_by_role("tab", name="Inhalt").click()
    page.reload()
    expect(page.get_by_text(GERMAN_DATE).first).to_be_visible()
    assert_no_english(page, article)
    article.steps.add("translated")


def test_moderator_publishes_the_translation(new_context, article):
    article.require("translated")
    page = signed_in(new_context, "moderator")
    page.goto(article.translation_editor)
    assert_no_english(page, article)
    page.get_by_role("button", name="Veröffentlichen in Englisch").click()
    expect(admin_message(page)).to_contain_text("in Englisch veröffentlicht")
    assert_no_english(page, article)
