"""Steps in the Wagtail admin as the editorial accounts take them, through the visible interface.

The accounts have no preferred admin language, so the admin speaks the site's default language,
German; the locators use the German labels a German editor sees.
"""

import re

from playwright.sync_api import Locator, Page, expect

from .accounts import PASSWORD

ADMIN = "/admin/"


def sign_in(page: Page, username: str) -> None:
    """Sign in through the admin's login form and land on the dashboard."""
    page.goto(ADMIN + "login/")
    page.get_by_label("Benutzername").fill(username)
    # Wagtail's login form leaves the password label untranslated ("Password").
    page.get_by_label(re.compile(r"Passwor[td]")).fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("heading", level=1, name="Stadt.Klima.Wissen")).to_be_visible()
    expect(page.get_by_role("button", name=username, exact=True)).to_be_visible()


def admin_message(page: Page) -> Locator:
    """The admin's messages after an action ("page created", "submitted", ...)."""
    return page.get_by_role("main").get_by_role("status").first


def open_explorer(page: Page, *titles: str) -> None:
    """Open the page explorer and walk down the given page titles.

    The explorer starts at the top of the tree the account may work in (the German home page
    for editors), so a title already on display is not clicked again."""
    page.goto(ADMIN + "pages/")
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_contain_text("Erkunden")
    for title in titles:
        if heading.inner_text().strip() != f"Erkunden: {title}":
            page.get_by_role("link", name=f"Unterseiten von ‚{title}‘ durchsehen").click()
        expect(heading).to_have_text(f"Erkunden: {title}")


def stream_field(page: Page, label: str) -> Locator:
    return page.get_by_role("region", name=label, exact=True)


def add_block(page: Page, field: Locator, block_label: str) -> Locator:
    """Append a block to a StreamField through the last "insert a block" button."""
    before = field.get_by_role("region", name=re.compile(rf"^{re.escape(block_label)}")).count()
    field.get_by_role("button", name="Einen Block einfügen").last.click()
    page.get_by_role("option", name=block_label, exact=True).click()
    block = field.get_by_role("region", name=re.compile(rf"^{re.escape(block_label)}"))
    expect(block).to_have_count(before + 1)
    return block.last


def type_rich_text(page: Page, block: Locator, lines: list[str]) -> None:
    """Type into a Draftail editor; Markdown shortcuts ("## ", "- ") make headings and lists."""
    block.get_by_role("textbox").click()
    for number, line in enumerate(lines):
        if number:
            page.keyboard.press("Enter")
        page.keyboard.type(line)


def open_action_menu(page: Page) -> None:
    """The footer's "more actions" dropdown next to the main save button."""
    page.get_by_role("button", name="Mehr Aktionen").click()


def page_header_action(page: Page, name: str) -> None:
    """An action of the page header's "Aktionen" dropdown (translate, copy, history)."""
    header = page.get_by_role("navigation", name="Aktionen", exact=True)
    header.get_by_role("button", name="Aktionen", exact=True).click()
    header.get_by_role("link", name=name, exact=True).click()


def translation_segment(page: Page, field_label: str, source_text: str) -> Locator:
    """One source string in wagtail-localize's translation editor, found by field and text."""
    field = page.get_by_role("listitem").filter(
        has=page.get_by_role("heading", name=field_label, exact=True)
    )
    return field.get_by_role("listitem").filter(
        has=page.get_by_role("paragraph").filter(
            has_text=re.compile(rf"^{re.escape(source_text)}$")
        )
    )


def translate_segment(page: Page, field_label: str, source_text: str, translation: str) -> None:
    segment = translation_segment(page, field_label, source_text)
    segment.get_by_role("button", name="Übersetzen").click()
    segment.get_by_role("textbox").fill(translation)
    segment.get_by_role("button", name="Speichern").click()
    expect(segment.get_by_role("paragraph").filter(has_text=translation)).to_be_visible()
