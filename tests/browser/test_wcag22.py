"""WCAG 2.2 AA beyond what axe sees on one page, and the BITV 2.0 pages as visitors use them.

axe-core runs with the WCAG 2.2 rules on every page type (``test_accessibility``, tags in
``axe.py``). Here: every checkbox and radio button of every page type, in both languages, is
a target of at least 24 × 24 pixels (2.5.8), all of one size; the header leads to Leichte
Sprache and sign language from every page type by keyboard; and a visitor gets from the
accessibility statement to the barrier report and sends one.
"""

import re
import time

import pytest
from playwright.sync_api import expect

from .axe import axe_violations
from .pages import LANGUAGES, PAGE_TYPES, open_page, page_path

MIN_FILL_SECONDS = 3  # ENQUIRY_MIN_FILL_SECONDS: faster posts are taken for bots
SHORTCUTS = {"de": ("Leichte Sprache", "Gebärdensprache"), "en": ("Easy read", "Sign language")}
SHORTCUT_NAVIGATION = {
    "de": "Leichte Sprache und Gebärdensprache",
    "en": "Easy read and sign language",
}

_TARGET_SIZES = """
selector => [...document.querySelectorAll(selector)]
  .filter(input => input.getClientRects().length)
  .map(input => {
    const box = input.getBoundingClientRect();
    return [input.name, Math.round(box.width), Math.round(box.height)];
  })
"""


def _combinations(page_types):
    return pytest.mark.parametrize(
        ("page_type", "language"),
        [(page_type, language) for page_type in page_types for language in LANGUAGES],
        ids=lambda value: value,
    )


@_combinations(PAGE_TYPES)
def test_checkboxes_and_radio_buttons_are_24_pixel_targets_on_every_page_type(
    page, portal_server, page_type, language
):
    open_page(page, portal_server, page_type, language)

    sizes = page.evaluate(_TARGET_SIZES, 'input[type="checkbox"], input[type="radio"]')

    small = [size for size in sizes if size[1] < 24 or size[2] < 24]
    assert not small, f"{page_type} ({language}): targets under 24 × 24 px: {small}"
    assert len({(width, height) for _name, width, height in sizes}) <= 1, sizes


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_shortcuts_are_24_pixel_targets_with_their_pictograms(
    page, portal_server, language
):
    open_page(page, portal_server, "home", language)
    navigation = page.get_by_role("navigation", name=SHORTCUT_NAVIGATION[language])

    for name in SHORTCUTS[language]:
        link = navigation.get_by_role("link", name=name)
        expect(link).to_be_visible()
        box = link.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, (name, box)
        expect(link.locator("svg[aria-hidden=true]")).to_have_count(1)


@pytest.mark.parametrize("page_type", ["home", "news", "tool", "search", "contact-form"])
def test_leichte_sprache_is_reached_by_keyboard_from_the_header_of_german_pages(
    page, portal_server, page_type
):
    open_page(page, portal_server, page_type, "de")
    link = page.get_by_role("navigation", name=SHORTCUT_NAVIGATION["de"]).get_by_role(
        "link", name="Leichte Sprache"
    )

    for _step in range(12):
        page.keyboard.press("Tab")
        if link.evaluate("element => element === document.activeElement"):
            break
    expect(link).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Leichte Sprache")
    expect(link).to_have_attribute("aria-current", "page")


@pytest.mark.parametrize(
    ("language", "report", "consent", "barrier", "thanks"),
    [
        ("de", "Barriere melden", r"^Ich bin einverstanden", "Welche Barriere", "Vielen Dank"),
        ("en", "Report a barrier", r"^I agree", "What barrier", "Thank you"),
    ],
)
def test_a_visitor_reports_a_barrier_from_the_accessibility_statement(
    page, portal_server, language, report, consent, barrier, thanks
):
    open_page(page, portal_server, "accessibility-statement", language)
    # The statement's own link (the footer has one to the same form on every page).
    page.get_by_role("main").get_by_role("link", name=report).click()
    loaded = time.monotonic()

    expect(page.get_by_role("heading", level=1)).to_have_text(report)
    page.get_by_role("textbox", name=re.compile("E-Mail|E-mail")).fill("leserin@example.org")
    page.get_by_role("textbox", name=re.compile(barrier)).fill(
        "Die PDF-Checkliste ist für meinen Screenreader nicht lesbar."
    )
    page.get_by_role("checkbox", name=re.compile(consent)).check()
    violations = axe_violations(page)
    remaining = MIN_FILL_SECONDS + 0.5 - (time.monotonic() - loaded)
    if remaining > 0:
        page.wait_for_timeout(remaining * 1000)
    with page.expect_response(lambda response: response.request.method == "POST"):
        page.get_by_role("button", name="Senden" if language == "de" else "Send").click()

    expect(page.get_by_role("status")).to_contain_text(thanks)
    assert not violations, violations
    stored = portal_server.manage(
        "shell",
        "-c",
        "from wagtail.contrib.forms.models import FormSubmission\n"
        "print(sum(1 for s in FormSubmission.objects.all() "
        "if s.form_data.get('e_mail') == 'leserin@example.org'))",
    )
    assert int(stored.strip().splitlines()[-1]) >= 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sign_language_page_shows_no_player_while_no_video_exists(
    page, portal_server, language
):
    page.goto(page_path(portal_server, "sign-language", language))

    expect(page.locator("video")).to_have_count(0)
    expect(page.get_by_role("status")).to_be_visible()
