"""axe-core finds no WCAG 2.1 A/AA violation on any public page type, in either language.

BITV 2.0 asks for WCAG 2.1 AA; axe checks what a machine can (contrast, names, labels,
landmarks, ARIA use). Each check names the page and the failing nodes, so a report points at
the template to fix.
"""

import pytest
from playwright.sync_api import expect

from .axe import axe_violations
from .pages import FORM_PAGE_TYPES, LANGUAGES, PAGE_TYPES, open_page, submit_empty_form

MENU_LABEL = {"de": "Menü", "en": "Menu"}


def _combinations(page_types):
    return pytest.mark.parametrize(
        ("page_type", "language"),
        [(page_type, language) for page_type in page_types for language in LANGUAGES],
        ids=lambda value: value,
    )


def _report(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['rule']} ({v['impact']}): {v['help']} at {v['nodes']}" for v in violations
    )


@_combinations(PAGE_TYPES)
def test_page_type_has_no_axe_violations(page, portal_server, page_type, language):
    """Every public page type passes axe as a visitor first sees it."""
    open_page(page, portal_server, page_type, language)

    violations = axe_violations(page)

    assert not violations, _report(violations)


@_combinations(FORM_PAGE_TYPES)
def test_form_showing_its_errors_has_no_axe_violations(page, portal_server, page_type, language):
    """An empty form comes back with an error summary and marked fields; they must pass too."""
    open_page(page, portal_server, page_type, language)
    submit_empty_form(page, portal_server)
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.locator("[aria-invalid=true]").first).to_be_visible()

    violations = axe_violations(page)

    assert not violations, _report(violations)


@pytest.mark.parametrize("language", LANGUAGES)
def test_small_screen_with_the_menu_open_has_no_axe_violations(page, portal_server, language):
    """The collapsed navigation, opened on a phone, is part of the page axe must accept."""
    page.set_viewport_size({"width": 375, "height": 800})
    open_page(page, portal_server, "home", language)
    toggle = page.get_by_role("button", name=MENU_LABEL[language])
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")

    violations = axe_violations(page)

    assert not violations, _report(violations)


def test_open_search_suggestions_have_no_axe_violations(page, portal_server):
    """The header search turns into a combobox with a listbox of suggestions while typing."""
    open_page(page, portal_server, "home", "de")
    page.locator("#header-search-q").fill("Hitze")
    expect(page.get_by_role("option").first).to_be_visible()

    violations = axe_violations(page)

    assert not violations, _report(violations)


@pytest.mark.parametrize("language", LANGUAGES)
def test_checked_search_and_filter_pages_show_results(page, portal_server, language):
    """The axe checks of the search and the filtered listings only mean something with results."""
    for page_type in (
        "search",
        "news-index-filtered",
        "toolbox-index-filtered",
        "project-index-filtered",
    ):
        open_page(page, portal_server, page_type, language)
        expect(page.locator("main li h2 a, main li h3 a").first).to_be_visible()


@pytest.mark.parametrize(
    "page_type", ["search", "toolbox-index", "news-index", "contact-form", "registration-form"]
)
def test_checkboxes_and_radio_buttons_are_at_least_24_pixels(page, portal_server, page_type):
    """WCAG 2.2 (2.5.8 target size): every checkbox and radio button one size, 24 × 24 or more."""
    open_page(page, portal_server, page_type, "de")

    sizes = page.eval_on_selector_all(
        'input[type="checkbox"], input[type="radio"]',
        "inputs => inputs.filter(i => i.getClientRects().length)"
        ".map(i => [Math.round(i.getBoundingClientRect().width),"
        " Math.round(i.getBoundingClientRect().height)])",
    )

    assert sizes, f"{page_type} has checkboxes or radio buttons"
    assert all(width >= 24 and height >= 24 for width, height in sizes), sizes
    assert len({tuple(size) for size in sizes}) == 1, sizes
