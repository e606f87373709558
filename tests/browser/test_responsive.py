"""The main page types fit phones, tablets and desktops: no sideways scrolling, nothing on top
of anything else that a visitor has to press.

WCAG 1.4.10 (reflow) asks for content at 320 CSS pixels without horizontal scrolling. Full-page
screenshots at 375 and 1280 pixels are kept in ``test-artifacts/browser/screenshots/`` for a
person to look at (``<language>-<page type>-<width>.png``).
"""

import pytest
from playwright.sync_api import expect

from .conftest import ARTEFACTS
from .pages import LANGUAGES, MAIN_PAGE_TYPES, open_page

# Phone (the WCAG reflow width), tablet, desktop; 375 is the common phone the screenshots show.
CHECKED_WIDTHS = (320, 375, 768, 1280)
OVERLAP_WIDTHS = (320, 768, 1280)
SCREENSHOT_WIDTHS = (375, 1280)
SCREENSHOTS = ARTEFACTS / "screenshots"
HEIGHT = 900
MENU = {"de": "Menü", "en": "Menu"}

# The elements wider than the window, deepest first, to name the culprit in a failure.
_TOO_WIDE = """
() => {
  const limit = window.innerWidth;
  const wide = [...document.body.querySelectorAll("*")].filter(el => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.right > limit + 0.5;
  });
  const deepest = wide.filter(el => !wide.some(other => other !== el && el.contains(other)));
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: limit,
    culprits: deepest.slice(0, 5).map(el => el.outerHTML.slice(0, 100)),
  };
}
"""

# Pairs of visible interactive elements (and the page title) in the header and main content
# whose boxes intersect by more than a pixel. Inline elements count line by line, so two links
# in one paragraph only clash when their text does.
_OVERLAPS = """
() => {
  const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, h1";
  const elements = [...document.querySelectorAll("header, main")]
    .flatMap(region => [...region.querySelectorAll(selector)])
    .filter(el => el.checkVisibility({opacityProperty: true, visibilityProperty: true}));
  const boxes = elements.map(el => [...el.getClientRects()].filter(r => r.width > 2 && r.height > 2));
  const name = el => el.outerHTML.slice(0, 80);
  const clashes = [];
  for (let i = 0; i < elements.length; i++) {
    for (let j = i + 1; j < elements.length; j++) {
      const [a, b] = [elements[i], elements[j]];
      if (a.contains(b) || b.contains(a)) continue;
      const hit = boxes[i].some(r => boxes[j].some(s =>
        Math.min(r.right, s.right) - Math.max(r.left, s.left) > 1 &&
        Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top) > 1));
      if (hit) clashes.push(`${name(a)}  <->  ${name(b)}`);
    }
  }
  return clashes.slice(0, 10);
}
"""


def _combinations(page_types):
    return pytest.mark.parametrize(
        ("page_type", "language"),
        [(page_type, language) for page_type in page_types for language in LANGUAGES],
        ids=lambda value: value,
    )


def _screenshot(page, language: str, page_type: str, width: int) -> None:
    """A full-page picture with every lazy image loaded, so the review sees the real layout."""
    page.evaluate(
        "() => document.querySelectorAll('img[loading=lazy]').forEach(img => img.loading = 'eager')"
    )
    page.wait_for_function("() => [...document.images].every(img => img.complete)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{language}-{page_type}-{width}.png", full_page=True)


@_combinations(MAIN_PAGE_TYPES)
def test_page_never_scrolls_sideways(page, portal_server, page_type, language):
    """From 320 to 1280 pixels the page fits the window's width (and is photographed)."""
    open_page(page, portal_server, page_type, language)
    too_wide = {}

    for width in CHECKED_WIDTHS:
        page.set_viewport_size({"width": width, "height": HEIGHT})
        measured = page.evaluate(_TOO_WIDE)
        if measured["scrollWidth"] > measured["innerWidth"]:
            too_wide[width] = measured
        if width in SCREENSHOT_WIDTHS:
            _screenshot(page, language, page_type, width)

    assert not too_wide, f"wider than the window: {too_wide}"


@_combinations(MAIN_PAGE_TYPES)
def test_interactive_elements_do_not_overlap(page, portal_server, page_type, language):
    """Header controls, navigation items, links and buttons never cover one another."""
    open_page(page, portal_server, page_type, language)
    clashes = {}

    for width in OVERLAP_WIDTHS:
        # A window as tall as the page shows every element at its place in the layout; a
        # sticky bar over scrolled content is checked from the keyboard (test_keyboard.py).
        page.set_viewport_size({"width": width, "height": HEIGHT})
        height = page.evaluate("() => document.documentElement.scrollHeight")
        page.set_viewport_size({"width": width, "height": height})
        found = page.evaluate(_OVERLAPS)
        if found:
            clashes[width] = found

    assert not clashes, f"overlapping elements: {clashes}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_open_phone_menu_items_do_not_overlap(page, portal_server, language):
    """Opened on the narrowest phone, the menu lists its items one below the other."""
    page.set_viewport_size({"width": 320, "height": HEIGHT})
    open_page(page, portal_server, "home", language)
    toggle = page.get_by_role("button", name=MENU[language])
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")

    assert page.evaluate(_OVERLAPS) == []
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


# Rows of a grid's items: how many items start at each distinct top edge.
_ROWS = """
(selector) => {
  const grid = document.querySelector(selector);
  if (!grid) return null;
  const rows = {};
  for (const item of grid.children) {
    const top = Math.round(item.getBoundingClientRect().top);
    rows[top] = (rows[top] || 0) + 1;
  }
  return Object.values(rows);
}
"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_footer_has_its_columns_on_desktop(page, portal_server, language):
    page.set_viewport_size({"width": 1280, "height": HEIGHT})
    open_page(page, portal_server, "home", language)

    rows = page.evaluate(_ROWS, ".site-footer__inner")

    assert rows is not None and len(rows) == 1 and rows[0] > 1, rows


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_navigation_with_the_topics_fits_one_row_on_desktop(page, portal_server, language):
    page.set_viewport_size({"width": 1280, "height": HEIGHT})
    open_page(page, portal_server, "home", language)

    rows = page.evaluate(_ROWS, ".main-nav__list")
    labels = page.locator(".main-nav__list a").all_inner_texts()

    assert rows is not None and len(rows) == 1, rows
    assert ("Themen" if language == "de" else "Topics") in labels


@pytest.mark.parametrize("width", (375, 768, 1280))
def test_related_cards_never_leave_one_card_alone_on_a_row(page, portal_server, width):
    page.set_viewport_size({"width": width, "height": HEIGHT})
    open_page(page, portal_server, "news", "de")

    rows = page.evaluate(_ROWS, ".more-on-topic .card-grid")

    assert rows, "the demo article has related content"
    if len(rows) > 1:
        assert 1 not in rows or width < 500 and set(rows) == {1}, rows


# The layout shift a page accumulates while it loads, as Chromium reports it.
_LAYOUT_SHIFT = """
() => new Promise(resolve => {
  let shift = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shift += entry.value;
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(shift), 1000);
})
"""


@_combinations(MAIN_PAGE_TYPES)
def test_pages_do_not_shift_while_they_load_on_a_phone(page, portal_server, page_type, language):
    """Cumulative layout shift under 0.1 at 375 px (it was 0.2: the phone menu folded only
    when portal.js ran)."""
    page.set_viewport_size({"width": 375, "height": HEIGHT})
    open_page(page, portal_server, page_type, language)
    shift = page.evaluate(_LAYOUT_SHIFT)
    assert shift < 0.1, f"{page_type} ({language}): cumulative layout shift {shift:.3f}"
