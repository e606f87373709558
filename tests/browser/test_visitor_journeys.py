"""Visitor journeys through the demo content, each in German (at /) and English (at /en/).

Every journey uses what a visitor uses: links and buttons found by their names, the keyboard
where the journey is about the keyboard, and no shortcuts through the database, except to prove
that a registration was really stored. Navigations are awaited with ``page.wait_for_url`` and
form posts with their response (the 30 s navigation timeout): a busy test machine can take
longer than the 5 s of ``expect`` to render a page.
"""

import json
import re
import time
import uuid
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from .visitor_content import LANGUAGE_IDS, LANGUAGES, other, tab_to

# ENQUIRY_MIN_FILL_SECONDS of the server (the default, 3): forms sent faster are dropped as bots.
MIN_FILL_SECONDS = 3

pytestmark = pytest.mark.parametrize("lang", LANGUAGES, ids=LANGUAGE_IDS)


def _path(path: str) -> re.Pattern:
    """The page's URL ends with exactly this path (no query string)."""
    return re.compile(re.escape(path) + "$")


def test_reader_goes_from_home_to_an_article_and_switches_to_its_translation(page, lang):
    """The language switcher lands on the same article in the other language, not on its home."""
    page.goto(lang.home)
    navigation = page.get_by_role("navigation", name=lang.main_nav)
    navigation.get_by_role("link", name=lang.news_nav, exact=True).click()
    page.wait_for_url(_path(lang.news_index))
    expect(page.get_by_role("heading", level=1)).to_have_text(lang.news_title)

    page.get_by_role("main").get_by_role("link", name=lang.article_title, exact=True).click()
    page.wait_for_url(_path(lang.article_path))
    expect(page.get_by_role("heading", level=1)).to_have_text(lang.article_title)

    translation = other(lang)
    switcher = page.get_by_role("navigation", name=lang.language_nav)
    switcher.get_by_role("link", name=translation.name, exact=True).click()
    page.wait_for_url(_path(translation.article_path))
    expect(page.locator("html")).to_have_attribute("lang", translation.code)
    expect(page.get_by_role("heading", level=1)).to_have_text(translation.article_title)


def _result_count(page, lang) -> int:
    heading = page.get_by_role("heading", name=lang.tools_found)
    expect(heading).to_be_visible()
    return int(lang.tools_found.match(heading.inner_text().strip()).group(1))


def _tool_titles(page) -> list[str]:
    results = page.locator(".listing-results")
    return results.get_by_role("article").get_by_role("heading", level=3).all_inner_texts()


def test_keyboard_user_narrows_the_toolbox_with_two_filters_that_survive_a_reload(page, lang):
    """Tab, Space and Enter alone apply the filters; the GET URL reproduces the same results."""
    page.goto(lang.toolbox)
    total = _result_count(page, lang)
    phase_slug, phase_label = lang.phase
    hazard_slug, hazard_label = lang.hazard
    phase = page.get_by_role("group", name=lang.phase_legend).get_by_role(
        "checkbox", name=re.compile(rf"^{re.escape(phase_label)} \(")
    )
    hazard = page.get_by_role("group", name=lang.hazard_legend).get_by_role(
        "checkbox", name=re.compile(rf"^{re.escape(hazard_label)} \(")
    )

    tab_to(page, phase)
    page.keyboard.press("Space")
    expect(phase).to_be_checked()
    tab_to(page, hazard)
    page.keyboard.press("Space")
    expect(hazard).to_be_checked()
    tab_to(page, page.get_by_role("button", name=lang.show_results))
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(rf"\?(?=.*\bphase={phase_slug}\b)(?=.*\bhazard={hazard_slug}\b)"))
    narrowed = _result_count(page, lang)
    assert 0 < narrowed < total
    cards = page.locator(".listing-results").get_by_role("article")
    expect(cards).to_have_count(narrowed)
    for card in cards.all():
        expect(card.locator("p", has_text=f"{lang.phases_label}:")).to_contain_text(phase_label)
        expect(card.get_by_role("list", name=lang.hazards_list)).to_contain_text(hazard_label)
    titles = _tool_titles(page)

    page.reload()
    expect(phase).to_be_checked()
    expect(hazard).to_be_checked()
    assert _result_count(page, lang) == narrowed
    assert _tool_titles(page) == titles


def _suggestions_for(page, query: str):
    """Expect the autocomplete answer for exactly this query (the box waits for a pause)."""
    return page.expect_response(
        lambda response: (
            "/autocomplete/" in response.url and response.url.endswith("?q=" + quote(query))
        )
    )


def test_header_search_suggests_pages_and_the_keyboard_opens_the_chosen_one(page, lang):
    """Typing a few letters lists suggestions; arrow keys pick one and Enter opens it."""
    page.goto(lang.home)
    box = page.get_by_role("combobox", name=lang.search_label)
    box.focus()
    with _suggestions_for(page, lang.search_typed):
        page.keyboard.type(lang.search_typed)
    suggestions = page.get_by_role("listbox", name=lang.suggestions).get_by_role("option")
    wanted = suggestions.filter(has_text=lang.tool_title)
    expect(wanted).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")

    for _ in range(suggestions.count()):
        page.keyboard.press("ArrowDown")
        if wanted.get_attribute("aria-selected") == "true":
            break
    expect(wanted).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", wanted.get_attribute("id"))
    page.keyboard.press("Enter")

    page.wait_for_url(_path(lang.tool_path))
    expect(page.get_by_role("heading", level=1)).to_have_text(lang.tool_title)


def test_typing_on_after_picking_a_suggestion_lets_enter_search_for_the_typed_words(page, lang):
    """New suggestions drop the old highlight, so Enter searches instead of doing nothing."""
    page.goto(lang.home)
    box = page.get_by_role("combobox", name=lang.search_label)
    box.focus()
    with _suggestions_for(page, lang.search_typed):
        page.keyboard.type(lang.search_typed)
    suggestions = page.get_by_role("listbox", name=lang.suggestions).get_by_role("option")
    expect(suggestions.nth(1)).to_be_visible()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(suggestions.nth(1)).to_have_attribute("aria-selected", "true")

    with _suggestions_for(page, lang.search_query):
        page.keyboard.type(lang.search_query.removeprefix(lang.search_typed))
    expect(box).not_to_have_attribute("aria-activedescendant", re.compile(".*"))
    expect(page.get_by_role("option", selected=True)).to_have_count(0)
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(re.escape(lang.search_path) + r"\?q="))
    expect(page.get_by_role("heading", name=lang.results_heading)).to_be_visible()


def test_header_search_without_javascript_submits_and_lists_results(new_context, lang):
    """With scripts off, the header's search box is a plain GET form that leads to results."""
    page = new_context(java_script_enabled=False).new_page()
    page.goto(lang.home)
    # Without the script there are no suggestions, so it is a plain search field.
    box = page.get_by_role("banner").get_by_role("searchbox", name=lang.search_label)
    box.fill(lang.search_query)
    box.press("Enter")

    page.wait_for_url(re.compile(re.escape(lang.search_path) + r"\?q="))
    expect(page.get_by_role("heading", level=1)).to_have_text(lang.search_heading)
    expect(page.get_by_role("heading", name=lang.results_heading)).to_be_visible()
    expect(page.get_by_role("main").get_by_role("link", name=lang.tool_title)).to_be_visible()


def test_event_page_offers_its_calendar_entry_as_an_ics_download(page, lang):
    """ "Add to calendar" downloads an iCalendar file with this event in it."""
    page.goto(lang.event_path)
    expect(page.get_by_role("heading", level=1)).to_have_text(lang.event_title)
    # The link names its event (a visually hidden suffix) among other pages' calendar links.
    name = re.compile(rf"^{re.escape(lang.add_to_calendar)}\W+{re.escape(lang.event_title)}$")
    link = page.get_by_role("link", name=name)

    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    # iCalendar folds long lines with CRLF and a space; unfold before reading properties.
    calendar = download.path().read_text(encoding="utf-8").replace("\r\n ", "")
    assert "BEGIN:VEVENT" in calendar
    assert f"SUMMARY:{lang.event_title}" in calendar.replace("\\,", ",").replace("\\;", ";")

    response = page.request.get(link.get_attribute("href"))
    assert response.headers["content-type"].startswith("text/calendar")


def _stored_registrations(portal_server, municipality: str) -> int:
    """How many stored registrations propose this municipality (in the server's database)."""
    code = (
        "from wagtail.contrib.forms.models import FormSubmission\n"
        f"name = {json.dumps(municipality)}\n"
        "print(sum(1 for s in FormSubmission.objects.all() "
        "if s.form_data.get('new_municipality') == name))"
    )
    # The shell may announce its automatic imports first; the count is the last line.
    return int(portal_server.manage("shell", "-c", code).strip().splitlines()[-1])


def _posted(page):
    """Expect the answer to a form post (a busy server may take longer than expect's 5 s)."""
    return page.expect_response(lambda response: response.request.method == "POST")


def test_registration_form_guides_from_its_errors_to_a_stored_registration(
    page, portal_server, lang
):
    """The error summary takes the focus and links to each field; the corrected form is stored.

    A form sent within ENQUIRY_MIN_FILL_SECONDS of loading is taken for a bot: it shows the very
    same confirmation and stores nothing. So the confirmation alone proves nothing, and the
    test looks for the stored registration as well. The first, incomplete post is sent at
    once: it must show its errors all the same.
    """
    municipality = f"Musterstadt {uuid.uuid4().hex[:8]}"
    page.goto(lang.registration_path)
    loaded = time.monotonic()
    expect(page.get_by_role("heading", level=1)).to_have_text(lang.registration_title)
    page.get_by_role("textbox", name=lang.municipality).fill(municipality)
    page.get_by_role("textbox", name=lang.email).fill("not-an-address")
    with _posted(page):
        page.get_by_role("button", name=lang.send).click()

    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading", name=lang.error_summary_heading)).to_be_visible()
    expect(page).to_have_title(re.compile("^" + re.escape(lang.error_title_prefix)))
    errors = summary.get_by_role("link")
    expect(errors).to_have_count(3)
    expect(errors.nth(0)).to_contain_text(lang.contact_person)
    expect(errors.nth(1)).to_contain_text(lang.email)
    expect(page.get_by_role("textbox", name=lang.municipality)).to_have_value(municipality)

    # The first link of the summary, followed by keyboard, puts the cursor into its field.
    page.keyboard.press("Tab")
    expect(errors.nth(0)).to_be_focused()
    page.keyboard.press("Enter")
    contact = page.get_by_role("textbox", name=lang.contact_person)
    expect(contact).to_be_focused()
    page.keyboard.type("Erika Muster")
    page.get_by_role("textbox", name=lang.email).fill("erika.muster@example.org")
    page.get_by_role("checkbox", name=lang.consent).check()

    # The documented bot protection: a person never sends a form faster than this.
    remaining = MIN_FILL_SECONDS + 0.5 - (time.monotonic() - loaded)
    if remaining > 0:
        page.wait_for_timeout(remaining * 1000)
    with _posted(page):
        page.get_by_role("button", name=lang.send).click()

    expect(page.get_by_role("status")).to_contain_text(lang.thank_you)
    expect(page.get_by_role("alert")).to_have_count(0)
    assert _stored_registrations(portal_server, municipality) == 1


# A misspelt query per language, and the correction the search offers for it.
TYPOS = {
    "de": ("Hitzeaktionsplna", "Hitzeaktionsplan"),
    "en": ("heat actoin plan", "heat action plan"),
}
TOOLS_FILTER = {"de": "Werkzeuge", "en": "Tools"}
BREADCRUMB = {"de": "Brotkrümelnavigation", "en": "Breadcrumb"}


def test_searcher_corrects_a_typo_switches_language_filters_opens_a_tool_and_prints_it(page, lang):
    """One person through several features: "Did you mean", the language switch keeping the
    query, the type filter, breadcrumbs back to the toolbox, and the print view."""
    typo, correction = TYPOS[lang.code]
    page.goto(f"{lang.search_path}?q={quote(typo)}")
    main = page.get_by_role("main")
    main.get_by_role("link", name=correction, exact=True).click()
    page.wait_for_url(
        re.compile(
            re.escape(lang.search_path) + r"\?q=" + re.escape(quote(correction).replace("%20", "+"))
        )
    )
    expect(main.get_by_role("link", name=lang.tool_title, exact=True)).to_be_visible()

    translation = other(lang)
    page.get_by_role("navigation", name=lang.language_nav).get_by_role(
        "link", name=translation.name, exact=True
    ).click()
    page.wait_for_url(re.compile(re.escape(translation.search_path) + r"\?q="))
    expect(page.locator("html")).to_have_attribute("lang", translation.code)
    searchbox = main.get_by_role("searchbox", name=translation.search_term_label)
    expect(searchbox).to_have_value(correction)  # the query came along

    main.get_by_role("group", name=translation.content_type_legend).get_by_role(
        "checkbox", name=TOOLS_FILTER[translation.code], exact=True
    ).check()
    main.get_by_role("button", name=translation.search_button).click()
    page.wait_for_url(re.compile(r"[?&]type=tools\b"))
    main.get_by_role("link", name=translation.tool_title, exact=True).first.click()
    page.wait_for_url(_path(translation.tool_path))

    crumbs = page.get_by_role("navigation", name=BREADCRUMB[translation.code])
    expect(crumbs.get_by_role("link", name=translation.toolbox_nav, exact=True)).to_be_visible()
    expect(crumbs.locator("[aria-current=page]")).to_have_text(translation.tool_title)

    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name=translation.main_nav)).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    printed = page.locator("main a[href^='/']").first.evaluate(
        "link => getComputedStyle(link, '::after').content"
    )
    assert "(/" in printed  # the link's target is printed beside it


ONE_ACTIVE = {"de": "Filter (1 aktiv)", "en": "Filter (1 active)"}


def test_phone_visitor_sees_results_first_and_lands_on_them_after_filtering(page, lang):
    """At 375 px the filters fold behind one control that counts the active ones, the results
    follow it right after the page's introduction (816 px down, it was 3,100), and "Show
    results" lands on their heading."""
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(lang.toolbox)
    results = page.get_by_role("heading", name=lang.tools_found).bounding_box()
    control = page.locator(".filters-fold__summary").bounding_box()
    assert results["y"] - (control["y"] + control["height"]) < 100, (control, results)
    assert results["y"] < 1000, results
    phase = page.get_by_role("checkbox", name=re.compile(rf"^{lang.phase[1]}\b"))
    expect(phase).to_be_hidden()  # folded

    page.locator(".filters-fold__summary").click()
    phase.check()
    page.get_by_role("button", name=lang.show_results).click()
    page.wait_for_url(re.compile(rf"phase={lang.phase[0]}.*#results-heading$"))
    expect(page.locator(".filters-fold__summary")).to_have_text(ONE_ACTIVE[lang.code])
    heading = page.get_by_role("heading", name=lang.tools_found)
    expect(heading).to_be_in_viewport()


def test_desktop_visitor_sees_the_filters_open_beside_the_results(page, lang):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(lang.toolbox)
    expect(page.get_by_role("checkbox", name=re.compile(rf"^{lang.phase[1]}\b"))).to_be_visible()
    expect(page.locator(".filters-fold")).to_have_attribute("open", "")
