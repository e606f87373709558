"""The page editor's "Checks" panel runs the portal's content checks on the preview and says,
in the editor's language, what a page still needs before it is published.

An editor writes a news article in a hurry (a title and a text, nothing else) and finds the
portal's messages; on a demo article whose search description they fill in, none are left.
"""

import re
import secrets
import string

from playwright.sync_api import Page, expect

from .editor_admin import (
    add_block,
    admin_message,
    open_explorer,
    sign_in,
    stream_field,
    type_rich_text,
)

GERMAN_HOME = "Smarte, klimaresiliente Städte"
GERMAN_NEWS = "Aktuelles"
# The portal's own messages (home/content_checks.py), as a German editor reads them.
MISSING_IMAGE = "Die Seite hat kein Hauptbild"
MISSING_TEASER = "Der Teaser fehlt"
EMPTY_DESCRIPTION = "Die Beschreibung für Suchmaschinen ist leer"
VAGUE_LINK = "Der Linktext sagt nicht, wohin der Link führt"
SKIPPED_HEADING = "Eine Überschriftenebene wird übersprungen"
PORTAL_MESSAGES = [
    MISSING_IMAGE,
    "Dem Hauptbild fehlt der Alternativtext",
    "Der Alternativtext wiederholt den Dateinamen",
    MISSING_TEASER,
    "Der Teaser ist zu lang für eine Karte",
    SKIPPED_HEADING,
    VAGUE_LINK,
    EMPTY_DESCRIPTION,
    "Deutscher Text auf einer englischen Seite",
    "Die Adresse nutzt noch den Slug der Ausgangssprache",
]


def open_checks(page: Page):
    """Open the editor's "Checks" side panel; returns the list of issues it shows."""
    page.get_by_role("button", name="Überprüfungen umschalten").click()
    panel = page.locator("[data-checks-panel]")
    # Wagtail counts the words after axe has run on the preview ("-" until then).
    expect(page.locator("[data-content-word-count]")).to_have_text(
        re.compile(r"^\d+$"), timeout=30_000
    )
    return panel


def test_a_news_article_without_image_and_teaser_is_reported_in_the_checks_panel(page):
    title = "Hitzeschutz im Quartier " + "".join(
        secrets.choice(string.ascii_lowercase) for _ in range(6)
    )
    sign_in(page, "editor")
    open_explorer(page, GERMAN_HOME, GERMAN_NEWS)
    page.get_by_role("link", name="Unterseite hinzufügen").click()
    page.get_by_role("textbox", name="Titel*").fill(title)
    body = stream_field(page, "Inhalt*")
    type_rich_text(
        page,
        add_block(page, body, "Text"),
        ["Im Sommer heizen sich versiegelte Plätze stark auf.", "#### Was geplant ist"],
    )
    # Draftail writes what was typed into the form a moment later.
    expect(page.locator("input[name='body-0-value']")).to_have_value(re.compile("Was geplant ist"))
    page.get_by_role("button", name="Entwurf speichern").click()
    expect(admin_message(page)).to_contain_text(f"‚{title}‘ erstellt")

    panel = open_checks(page)
    for message in (MISSING_IMAGE, MISSING_TEASER, EMPTY_DESCRIPTION, SKIPPED_HEADING):
        expect(panel).to_contain_text(message)
    # Each message says what to do.
    expect(panel).to_contain_text("Wählen Sie im Reiter „Inhalt“ unter „Hauptbild“ ein Bild aus.")


def test_a_complete_article_shows_none_of_the_portals_messages(page):
    sign_in(page, "editor")
    open_explorer(page, GERMAN_HOME, GERMAN_NEWS)
    page.get_by_role("link", name="Zukunftsstadt 2019", exact=False).first.click()
    expect(page.get_by_role("textbox", name="Titel*")).to_be_visible()
    page.get_by_role("tab", name="Veröffentlichung").click()
    page.get_by_role("textbox", name="Meta-Information Beschreibung").fill(
        "Was die Zukunftsstadt 2019 für klimaresiliente Städte gezeigt hat."
    )

    panel = open_checks(page)
    for message in PORTAL_MESSAGES:
        expect(panel).not_to_contain_text(message)
