"""The editorial journey through the real admin, one test per hand-over between roles.

An editor writes a German news article and submits it to the "Moderators approval" workflow; a
moderator approves it from the dashboard; the moderator (who holds publish rights in both
languages) translates it with wagtail-localize's editor and publishes the English version; an
anonymous visitor then reads and finds each version in its own language.

The tests run in file order and share one article; a test whose earlier step did not complete
is skipped rather than failing for someone else's reason. Titles carry a random word, so reruns
on the same database never clash.
"""

import re
import secrets
import string
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import expect

from .editor_admin import (
    add_block,
    admin_message,
    open_action_menu,
    open_explorer,
    page_header_action,
    sign_in,
    stream_field,
    translate_segment,
    translation_segment,
    type_rich_text,
)

GERMAN_HOME = "Smarte, klimaresiliente Städte"
GERMAN_NEWS = "Aktuelles"


def _word() -> str:
    """A made-up word no demo page contains, for titles and search."""
    return "quartier" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(6))


@dataclass
class Article:
    word: str
    steps: set = field(default_factory=set)

    @property
    def german_title(self) -> str:
        return f"Schattenplan im Quartier {self.word.capitalize()}"

    @property
    def english_title(self) -> str:
        return f"Shade plan for the {self.word.capitalize()} district"

    @property
    def german_slug(self) -> str:
        return f"schattenplan-im-quartier-{self.word}"

    @property
    def english_slug(self) -> str:
        return f"shade-plan-{self.word}"

    @property
    def german_url(self) -> str:
        return f"/aktuelles/{self.german_slug}/"

    @property
    def english_url(self) -> str:
        return f"/en/news/{self.english_slug}/"

    def require(self, step: str) -> None:
        if step not in self.steps:
            pytest.skip(f"the journey's step {step!r} did not complete")


GERMAN_BODY = [
    "Im Sommer heizen sich versiegelte Plätze stark auf.",
    "## Was das Quartier plant",
    "- Bäume an der Hauptstraße",
    "Trinkbrunnen am Marktplatz",
]
GERMAN_QUOTE = "Schatten ist Daseinsvorsorge."
GERMAN_ATTRIBUTION = "Die Bürgermeisterin"
GERMAN_TEASER = "Das Quartier bekommt mehr Schatten und Wasser gegen die Sommerhitze."


@pytest.fixture(scope="module")
def article() -> Article:
    return Article(word=_word())


def test_editor_writes_a_german_news_article_and_submits_it_for_moderation(
    page, new_context, article
):
    """Editors may not publish: their article reaches the moderators through the workflow."""
    sign_in(page, "editor")
    open_explorer(page, GERMAN_HOME, GERMAN_NEWS)
    page.get_by_role("link", name="Unterseite hinzufügen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Neu: Nachrichtenseite")

    page.get_by_role("textbox", name="Titel*").fill(article.german_title)
    page.get_by_role("textbox", name="Teaser", exact=True).fill(GERMAN_TEASER)
    expect(page.get_by_role("textbox", name="Datum*")).not_to_be_empty()
    body = stream_field(page, "Inhalt*")
    type_rich_text(page, add_block(page, body, "Text"), GERMAN_BODY)
    quote = add_block(page, body, "Zitat")
    quote.get_by_role("textbox", name="Zitat*").fill(GERMAN_QUOTE)
    quote.get_by_role("textbox", name="Quelle").fill(GERMAN_ATTRIBUTION)
    page.get_by_role("checkbox", name="Klimaanpassung").check()

    page.get_by_role("button", name="Entwurf speichern").click()
    expect(admin_message(page)).to_contain_text(f"‚{article.german_title}‘ erstellt")
    # Editors have no publish action, only the workflow.
    open_action_menu(page)
    expect(page.get_by_role("button", name="Veröffentlichen")).to_have_count(0)
    page.get_by_role("button", name="Zur Moderationsfreigabe einreichen").click()
    expect(admin_message(page)).to_contain_text("wurde zur Moderation eingereicht")

    response = new_context().request.get(article.german_url)
    assert response.status == 404, "a submitted draft must not be public"
    article.steps.add("submitted")


def test_moderator_approves_the_article_from_the_dashboard_and_it_goes_live(
    page, new_context, article
):
    """The moderator finds the article under "awaiting your review"; approving publishes it."""
    article.require("submitted")
    sign_in(page, "moderator")
    review = page.get_by_role("region", name="Ihre Überprüfung steht aus")
    row = review.get_by_role("row").filter(
        has=page.get_by_role("link", name=article.german_title, exact=True)
    )
    expect(row).to_contain_text("editor")
    row.get_by_role("button", name="Aktionen").click()
    row.get_by_role("button", name="Freigeben", exact=True).click()
    expect(row).to_have_count(0)

    visitor = new_context().new_page()
    visitor.goto(article.german_url)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(article.german_title)
    expect(visitor.get_by_role("heading", name="Was das Quartier plant")).to_be_visible()
    expect(visitor.get_by_text(GERMAN_QUOTE)).to_be_visible()
    article.steps.add("published")


def test_moderator_translates_the_article_into_english_and_publishes_it(page, new_context, article):
    """wagtail-localize's editor: strings typed by hand, the rest machine-translated, then
    published in English by the moderator, who holds publish rights in both languages."""
    article.require("published")
    sign_in(page, "moderator")
    open_explorer(page, GERMAN_HOME, GERMAN_NEWS)
    page.get_by_role("table").get_by_role("link", name=article.german_title, exact=True).click()
    page_header_action(page, "Diese Seite übersetzen")
    page.get_by_role("checkbox", name="Englisch").check()
    page.get_by_role("button", name="Absenden").click()
    expect(admin_message(page)).to_contain_text("zur Übersetzung in Englisch eingereicht")

    # Submitting creates an English draft; nothing is public before it is translated.
    visitor = new_context()
    assert visitor.request.get(f"/en/news/{article.german_slug}/").status == 404

    translate_segment(page, "Titel", article.german_title, article.english_title)
    translate_segment(
        page,
        "Teaser",
        GERMAN_TEASER,
        "The district is getting more shade and water against the summer heat.",
    )
    translate_segment(page, "Text", "Was das Quartier plant", "What the district plans")
    translate_segment(page, "Zitat", GERMAN_QUOTE, "Shade is a public service.")
    page.get_by_role("tab", name="Veröffentlichung").click()
    translate_segment(page, "Kurzname (Slug)", article.german_slug, article.english_slug)
    page.get_by_role("tab", name="Inhalt").click()

    # The remaining strings go through the machine translator (a word-reversing stand-in).
    page.get_by_role("button", name=re.compile("^Übersetzen mit ")).first.click()
    machine = translation_segment(page, "Text", "Bäume an der Hauptstraße")
    expect(machine.get_by_role("paragraph").nth(1)).to_have_text("Hauptstraße der an Bäume")

    page.get_by_role("button", name="Veröffentlichen in Englisch").click()
    # Every string has a translation: no "published with missing translations" warning.
    expect(admin_message(page)).to_have_text(
        f"'{article.english_title}' in Englisch veröffentlicht."
    )
    article.steps.add("translated")


def test_both_language_versions_are_live_and_linked_by_the_language_switcher(new_context, article):
    """A visitor reads each version in its language and switches between them."""
    article.require("translated")
    visitor = new_context().new_page()
    visitor.goto(article.german_url)
    expect(visitor.locator("html")).to_have_attribute("lang", "de")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(article.german_title)

    switcher = visitor.get_by_role("navigation", name="Sprache")
    switcher.get_by_role("link", name="English").click()
    expect(visitor).to_have_url(re.compile(re.escape(article.english_url) + "$"))
    expect(visitor.locator("html")).to_have_attribute("lang", "en")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(article.english_title)
    expect(visitor.get_by_role("heading", name="What the district plans")).to_be_visible()
    expect(visitor.get_by_text("Shade is a public service.")).to_be_visible()

    visitor.get_by_role("navigation", name="Language").get_by_role("link", name="Deutsch").click()
    expect(visitor).to_have_url(re.compile(re.escape(article.german_url) + "$"))
    expect(visitor.get_by_role("heading", level=1)).to_have_text(article.german_title)


def test_search_finds_each_language_version_in_its_own_language(new_context, article):
    """German search lists the German article, English search only the English one."""
    article.require("translated")
    visitor = new_context().new_page()

    visitor.goto(f"/suche/?q={article.word}")
    results = visitor.get_by_role("region", name=re.compile(r"^1 Ergebnis"))
    expect(results.get_by_role("link", name=article.german_title, exact=True)).to_be_visible()

    visitor.goto(f"/en/search/?q={article.word}")
    results = visitor.get_by_role("region", name=re.compile(r"^1 result for"))
    expect(results.get_by_role("link", name=article.english_title, exact=True)).to_have_attribute(
        "href", article.english_url
    )
    expect(visitor.get_by_role("link", name=article.german_title)).to_have_count(0)
