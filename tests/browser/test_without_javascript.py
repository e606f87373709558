"""The portal without JavaScript, in German and English: scripts only ever enhance.

Every test opens its own context with ``java_script_enabled=False`` (the harness's
``new_context``, so requests are still checked for third-party hosts). Navigations are awaited
with ``page.wait_for_url``, which allows a busy server more time than ``expect``.
"""

import re

import pytest
from playwright.sync_api import expect

from .visitor_content import LANGUAGE_IDS, LANGUAGES, other

SMALL_SCREEN = {"width": 375, "height": 740}

pytestmark = pytest.mark.parametrize("lang", LANGUAGES, ids=LANGUAGE_IDS)


@pytest.fixture
def no_js_page(new_context):
    return new_context(java_script_enabled=False).new_page()


@pytest.fixture
def small_no_js_page(new_context):
    return new_context(java_script_enabled=False, viewport=SMALL_SCREEN).new_page()


def _path(path: str) -> re.Pattern:
    return re.compile(re.escape(path) + "$")


def test_article_shows_its_heading_and_body_without_javascript(no_js_page, lang):
    """Content is in the HTML itself, not assembled by a script."""
    page = no_js_page
    page.goto(lang.article_path)
    expect(page.locator("html")).to_have_attribute("lang", lang.code)
    expect(page.get_by_role("heading", level=1)).to_have_text(lang.article_title)
    expect(page.get_by_role("main").get_by_text(lang.article_text)).to_be_visible()


def test_main_navigation_is_reachable_on_a_small_screen_without_javascript(small_no_js_page, lang):
    """At 375 px the menu button needs a script, so without one the links show instead."""
    page = small_no_js_page
    page.goto(lang.home)
    navigation = page.get_by_role("navigation", name=lang.main_nav)
    expect(navigation.get_by_role("button", name=lang.menu_button)).to_have_count(0)
    links = navigation.get_by_role("link")
    expect(links).to_have_count(8)  # the demo's seven sections and the topic overview
    for link in links.all():
        expect(link).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= SMALL_SCREEN["width"]

    navigation.get_by_role("link", name=lang.toolbox_nav, exact=True).click()
    page.wait_for_url(_path(lang.toolbox))
    expect(page.get_by_role("heading", level=1)).to_have_text(lang.toolbox_nav)


def test_language_switcher_leads_to_the_translation_without_javascript(no_js_page, lang):
    """The switcher is a plain link to the translated page."""
    page = no_js_page
    page.goto(lang.article_path)
    translation = other(lang)
    switcher = page.get_by_role("navigation", name=lang.language_nav)
    switcher.get_by_role("link", name=translation.name, exact=True).click()
    page.wait_for_url(_path(translation.article_path))
    expect(page.locator("html")).to_have_attribute("lang", translation.code)
    expect(page.get_by_role("heading", level=1)).to_have_text(translation.article_title)


def test_search_page_filters_results_by_content_type_without_javascript(no_js_page, lang):
    """The search page's own form narrows the results through its submit button."""
    page = no_js_page
    page.goto(lang.search_path)
    main = page.get_by_role("main")
    main.get_by_role("searchbox", name=lang.search_term_label).fill(lang.search_typed)
    main.get_by_role("button", name=lang.search_button).click()
    types = main.locator(".search-result__type")
    expect(types.first).to_be_visible()
    assert set(types.all_inner_texts()) != {lang.event_type_label}

    main.get_by_role("group", name=lang.content_type_legend).get_by_role(
        "checkbox", name=lang.event_type_filter, exact=True
    ).check()
    main.get_by_role("button", name=lang.search_button).click()
    page.wait_for_url(re.compile(r"[?&]type=events\b"))
    expect(types.first).to_be_visible()
    expect(types.filter(has_not_text=lang.event_type_label)).to_have_count(0)


def test_toolbox_filters_apply_with_their_submit_button_without_javascript(no_js_page, lang):
    """Checkboxes plus "Show results" filter the toolbox; nothing waits for a script."""
    page = no_js_page
    page.goto(lang.toolbox)
    count = page.get_by_role("heading", name=lang.tools_found)
    total = int(lang.tools_found.match(count.inner_text().strip()).group(1))
    phase_slug, phase_label = lang.phase
    hazard_slug, hazard_label = lang.hazard
    page.get_by_role("group", name=lang.phase_legend).get_by_role(
        "checkbox", name=re.compile(rf"^{re.escape(phase_label)} \(")
    ).check()
    page.get_by_role("group", name=lang.hazard_legend).get_by_role(
        "checkbox", name=re.compile(rf"^{re.escape(hazard_label)} \(")
    ).check()
    page.get_by_role("button", name=lang.show_results).click()

    page.wait_for_url(re.compile(rf"\?(?=.*\bphase={phase_slug}\b)(?=.*\bhazard={hazard_slug}\b)"))
    narrowed = int(lang.tools_found.match(count.inner_text().strip()).group(1))
    assert 0 < narrowed < total
    expect(page.locator(".listing-results").get_by_role("article")).to_have_count(narrowed)
