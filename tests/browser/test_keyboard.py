"""Everything works from the keyboard: a visible focus, a skip link, the phone menu, no traps.

Keyboard users and switch users move with Tab, Shift+Tab, Enter, Space and Escape only
(WCAG 2.1.1, 2.1.2, 2.4.1, 2.4.7).
"""

import pytest
from playwright.sync_api import expect

from .pages import LANGUAGES, open_page

SKIP_LINK = {"de": "Zum Hauptinhalt springen", "en": "Skip to main content"}
MENU = {"de": "Menü", "en": "Menu"}
NAVIGATION = {"de": "Hauptnavigation", "en": "Main navigation"}
PHONE = {"width": 375, "height": 800}

# What the focused element and its three nearest ancestors look like: a card shows focus on the
# whole card (:focus-within) rather than on its title link.
_FOCUS_STYLE = """
element => {
  const look = node => {
    const style = getComputedStyle(node);
    const outline = style.outlineStyle === "none" || style.outlineWidth === "0px"
      ? "none" : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    return `${outline} / ${style.boxShadow}`;
  };
  const looks = [];
  for (let node = element, depth = 0; node && node !== document.body && depth < 4;
       node = node.parentElement, depth++) {
    looks.push(look(node));
  }
  return looks;
}
"""

_FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]"
# The elements Tab stops at, in document order (no positive tabindex on the portal); of a
# radio group only the checked button, or the first if none is checked.
_TABBABLE = f"""
() => {{
  const groups = new Set();
  return [...document.querySelectorAll("{_FOCUSABLE}")]
    .filter(el => el.tabIndex >= 0 && !el.disabled && el.checkVisibility({{visibilityProperty: true}}))
    .filter(el => {{
      if (el.type !== "radio") return true;
      const checked = (el.form || document).querySelector(`input[type=radio][name="${{el.name}}"]:checked`);
      if (checked) return el === checked;
      if (groups.has(el.name)) return false;
      groups.add(el.name);
      return true;
    }})
    .map(el => el.outerHTML.slice(0, 120));
}}
"""

_ACTIVE = """
() => {
  const el = document.activeElement;
  return el && el !== document.body ? el.outerHTML.slice(0, 120) : null;
}
"""


def tab_through(page, limit: int) -> list[str | None]:
    """Press Tab until focus leaves the document (None) or ``limit`` presses; the focused
    elements in order."""
    visited = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        visited.append(page.evaluate(_ACTIVE))
        if visited[-1] is None:
            break
    return visited


def focus_is_past_the_navigation(page) -> bool:
    """Focus sits on an element after the main navigation in the document, outside it."""
    return page.evaluate(
        """() => {
            const nav = document.querySelector(".main-nav");
            const el = document.activeElement;
            return el !== document.body && !nav.contains(el)
                && Boolean(nav.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
        }"""
    )


def tab_to(page, locator, limit: int = 40) -> None:
    """Press Tab until ``locator`` has focus; fails when it is not reached."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {locator}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_first_tab_focuses_a_visible_skip_link(page, portal_server, language):
    """The skip link comes first and shows itself when focused."""
    open_page(page, portal_server, "news", language)

    page.keyboard.press("Tab")

    skip = page.get_by_role("link", name=SKIP_LINK[language])
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport(ratio=1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_skip_link_moves_focus_to_the_main_content(page, portal_server, language):
    """Enter on the skip link jumps past the header, and the next Tab continues in main."""
    open_page(page, portal_server, "news", language)
    page.keyboard.press("Tab")

    page.keyboard.press("Enter")

    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.querySelector('main').contains(document.activeElement)")


@pytest.mark.parametrize(
    "page_type", ["home", "toolbox-index-filtered", "project-index", "contact-form", "search"]
)
def test_every_focused_element_shows_a_focus_indicator(page, portal_server, page_type):
    """Links, buttons and form controls change outline or shadow when Tab lands on them."""
    open_page(page, portal_server, page_type, "de")
    unfocused = page.locator(_FOCUSABLE).evaluate_all(
        f"els => els.map((el, i) => {{ el.dataset.focusCheck = i; return ({_FOCUS_STYLE})(el); }})"
    )
    tab_stops = len(page.evaluate(_TABBABLE))
    without_indicator = []

    for _ in range(tab_stops):
        page.keyboard.press("Tab")
        index, look, html = page.evaluate(
            f"""() => {{
                const el = document.activeElement;
                return [el.dataset.focusCheck, ({_FOCUS_STYLE})(el), el.outerHTML.slice(0, 120)];
            }}"""
        )
        if index is not None and look == unfocused[int(index)]:
            without_indicator.append(html)

    assert not without_indicator, "no visible focus change on:\n" + "\n".join(without_indicator)


@pytest.mark.parametrize(
    "page_type", ["home", "tool", "contact-form", "municipality-index", "toolbox-index-filtered"]
)
def test_tabbing_through_the_page_reaches_every_control_and_leaves_it(
    page, portal_server, page_type
):
    """No keyboard trap: Tab visits every control once, in order, then leaves the document."""
    open_page(page, portal_server, page_type, "de")
    tabbable = page.evaluate(_TABBABLE)

    visited = tab_through(page, limit=len(tabbable) + 5)

    assert visited[-1] is None, f"focus never left the page; last: {visited[-3:]}"
    assert visited[:-1] == tabbable


# Whether the focused element is the topmost thing at the middle of its largest box, i.e. no
# sticky bar, overlay or neighbour covers it.
_FOCUS_UNCOVERED = """
() => {
  const el = document.activeElement;
  const box = [...el.getClientRects()].sort((a, b) => b.width * b.height - a.width * a.height)[0];
  if (!box) return true;
  const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return Boolean(top) && (el.contains(top) || top.contains(el) || top.control === el);
}
"""


@pytest.mark.parametrize(
    ("page_type", "width"), [("toolbox-index", 1280), ("project-index", 1280), ("home", 375)]
)
def test_focused_element_is_never_hidden_under_another(page, portal_server, page_type, width):
    """Tab scrolls each control into view, and no bar, overlay or neighbour covers it
    (WCAG 2.2, 2.4.11), in the long filter forms of the toolbox and the projects."""
    page.set_viewport_size({"width": width, "height": 900})
    open_page(page, portal_server, page_type, "en")
    covered = []

    for _ in range(len(page.evaluate(_TABBABLE))):
        page.keyboard.press("Tab")
        if not page.evaluate(_FOCUS_UNCOVERED):
            covered.append(page.evaluate(_ACTIVE))

    assert not covered, "focused but covered:\n" + "\n".join(covered)


def test_shift_tab_walks_back_through_the_header(page, portal_server):
    """Backwards works too: Shift+Tab from the search box returns to the home link."""
    open_page(page, portal_server, "news", "de")
    tab_to(page, page.locator("#header-search-q"))

    page.keyboard.press("Shift+Tab")

    expect(page.locator(".site-header__brand")).to_be_focused()


def test_tab_moves_on_from_the_search_suggestions_and_closes_them(page, portal_server):
    """The suggestion list keeps focus in the search box; Tab continues to the next control
    and, once focus leaves the search form, the list closes so it cannot cover the page."""
    open_page(page, portal_server, "home", "de")
    search = page.get_by_role("combobox")
    tab_to(page, search)
    page.keyboard.type("Hitze")
    suggestions = page.get_by_role("listbox")
    expect(suggestions).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(search).to_have_attribute("aria-activedescendant", "header-search-option-0")

    page.keyboard.press("Tab")
    expect(page.locator(".header-search button[type=submit]")).to_be_focused()
    page.keyboard.press("Tab")

    expect(suggestions).to_be_hidden()
    assert page.evaluate(
        "() => !document.querySelector('.header-search').contains(document.activeElement)"
    )


def test_escape_closes_the_search_suggestions(page, portal_server):
    """Escape dismisses the suggestions and leaves focus and text in the search box."""
    open_page(page, portal_server, "home", "en")
    search = page.get_by_role("combobox")
    search.focus()
    page.keyboard.type("heat")
    expect(page.get_by_role("listbox")).to_be_visible()

    page.keyboard.press("Escape")

    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(search).to_be_focused()
    expect(search).to_have_attribute("aria-expanded", "false")


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_toggle_on_a_phone_is_reachable_by_tab(page, portal_server, language):
    """On a narrow screen the navigation hides behind a button that Tab reaches."""
    page.set_viewport_size(PHONE)
    open_page(page, portal_server, "standard", language)
    toggle = page.get_by_role("button", name=MENU[language])

    tab_to(page, toggle)

    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(
        page.get_by_role("navigation", name=NAVIGATION[language]).get_by_role("link").first
    ).to_be_hidden()


@pytest.mark.parametrize("language", LANGUAGES)
def test_enter_opens_the_phone_menu_and_tab_enters_its_links(page, portal_server, language):
    """Enter opens the menu, aria-expanded says so, and the next Tab lands on its first link."""
    page.set_viewport_size(PHONE)
    open_page(page, portal_server, "standard", language)
    toggle = page.get_by_role("button", name=MENU[language])
    tab_to(page, toggle)

    page.keyboard.press("Enter")

    expect(toggle).to_have_attribute("aria-expanded", "true")
    first_link = page.get_by_role("navigation", name=NAVIGATION[language]).get_by_role("link").first
    expect(first_link).to_be_visible()
    page.keyboard.press("Tab")
    expect(first_link).to_be_focused()


def test_space_opens_and_closes_the_phone_menu(page, portal_server):
    """Space works like Enter on the toggle, both ways."""
    page.set_viewport_size(PHONE)
    open_page(page, portal_server, "standard", "de")
    toggle = page.get_by_role("button", name=MENU["de"])
    tab_to(page, toggle)

    page.keyboard.press("Space")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Space")

    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(
        page.get_by_role("navigation", name=NAVIGATION["de"]).get_by_role("link").first
    ).to_be_hidden()


def test_escape_closes_the_phone_menu_and_returns_focus_to_its_toggle(page, portal_server):
    """From inside the open menu, Escape closes it and focus goes back to the toggle."""
    page.set_viewport_size(PHONE)
    open_page(page, portal_server, "standard", "en")
    toggle = page.get_by_role("button", name=MENU["en"])
    tab_to(page, toggle)
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")

    page.keyboard.press("Escape")

    expect(toggle).to_be_focused()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(
        page.get_by_role("navigation", name=NAVIGATION["en"]).get_by_role("link").first
    ).to_be_hidden()


def test_tab_leaves_the_open_phone_menu_after_its_last_link(page, portal_server):
    """The open menu is no trap: after its last link Tab continues past the navigation."""
    page.set_viewport_size(PHONE)
    open_page(page, portal_server, "standard", "de")
    toggle = page.get_by_role("button", name=MENU["de"])
    tab_to(page, toggle)
    page.keyboard.press("Enter")
    links = page.get_by_role("navigation", name=NAVIGATION["de"]).get_by_role("link")

    for _ in range(links.count()):
        page.keyboard.press("Tab")
    expect(links.last).to_be_focused()
    page.keyboard.press("Tab")

    assert focus_is_past_the_navigation(page)


def test_closed_phone_menu_links_are_skipped_by_tab(page, portal_server):
    """While the menu is closed its hidden links take no Tab stops."""
    page.set_viewport_size(PHONE)
    open_page(page, portal_server, "standard", "de")
    tab_to(page, page.get_by_role("button", name=MENU["de"]))

    page.keyboard.press("Tab")

    assert focus_is_past_the_navigation(page)
