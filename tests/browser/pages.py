"""The public pages the accessibility, keyboard and responsive checks visit: one per page type
and language.

The demo content decides the addresses: one ``manage.py shell`` call asks the server's database
for the first live, public page of every page model in each language, plus the routes those
pages serve (event archive, municipality profile) and the URL-configured pages (search, sitemap,
open data). The tests name page types, so their ids stay stable when the demo's slugs change.
"""

import json

LANGUAGES = ("de", "en")

# Page type: the Wagtail model whose first live page stands for it.
MODEL_PAGE_TYPES = {
    "home": "HomePage",
    "standard": "StandardPage",
    "news-index": "NewsIndexPage",
    "news": "NewsPage",
    "event-index": "EventIndexPage",
    "event": "EventPage",
    "project-index": "ProjectIndexPage",
    "project": "ProjectPage",
    "toolbox-index": "ToolboxIndexPage",
    "tool": "ToolPage",
    "contact-form": "FormPage",
    "registration-form": "PeerExchangeFormPage",
    "municipality-index": "MunicipalityIndexPage",
    "accessibility-statement": "AccessibilityStatementPage",
    "easy-read": "EasyReadPage",
    "sign-language": "SignLanguagePage",
    "privacy-statement": "PrivacyStatementPage",
}

# Listings with filters applied: page type -> (listed page type, query string). Topic and
# facet slugs are the same in both languages.
FILTERED_PAGE_TYPES = {
    "news-index-filtered": ("news-index", "?topic=klimaanpassung"),
    "project-index-filtered": ("project-index", "?status=finished"),
    "toolbox-index-filtered": ("toolbox-index", "?hazard=hitze&phase=planung"),
}

# A query with results and one without, per language.
SEARCH_QUERIES = {"de": "Hitze", "en": "heat"}
NO_RESULTS_QUERY = "zqxjvw"

# Every public page type, in the order a visitor meets them.
PAGE_TYPES = (
    "home",
    "standard",
    "news-index",
    "news-index-filtered",
    "news",
    "event-index",
    "event-archive",
    "event",
    "project-index",
    "project-index-filtered",
    "project",
    "toolbox-index",
    "toolbox-index-filtered",
    "tool",
    "search",
    "search-no-results",
    "contact-form",
    "registration-form",
    "municipality-index",
    "municipality",
    "topic-index",
    "topic",
    "sitemap",
    "open-data",
    "accessibility-statement",
    "easy-read",
    "sign-language",
    "privacy-statement",
    "not-found",
)

# The page types most visitors see; the responsive checks and screenshots cover these.
MAIN_PAGE_TYPES = (
    "home",
    "standard",
    "news-index",
    "news",
    "event-index",
    "event",
    "project-index",
    "project",
    "toolbox-index",
    "tool",
    "search",
    "contact-form",
    "municipality-index",
    "accessibility-statement",
    "easy-read",
)

FORM_PAGE_TYPES = ("contact-form", "registration-form")

_DISCOVER = """
import json
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from enquiries.abuse import fill_token
from news.models import EventIndexPage
from places.models import MunicipalityIndexPage
from home.topic_pages import topic_index_url, topic_url
from taxonomy.models import Hazard

found = {}
for page in Page.objects.live().public().specific().order_by("path"):
    if page.depth > 1:
        found.setdefault(page.locale.language_code, {}).setdefault(type(page).__name__, page.url)
for index in EventIndexPage.objects.live().public().select_related("locale"):
    found[index.locale.language_code].setdefault("archive", index.archive_url())
for index in MunicipalityIndexPage.objects.live().public().select_related("locale"):
    entries = index.entries()
    if entries:
        found[index.locale.language_code].setdefault("profile", entries[0].url)
for language, urls in found.items():
    with translation.override(language):
        urls["search"] = reverse("search_en" if language == "en" else "search_de")
        urls["sitemap"] = reverse("opendata:sitemap")
        urls["open-data"] = reverse("opendata:index")
    urls["topics"] = topic_index_url(language)
    urls["topic"] = topic_url(Hazard.objects.order_by("slug").first().slug, language)
# A form token dated long ago: an empty form sent at once shows its errors instead of being
# taken for a bot that fills forms faster than a person.
print("PAGES=" + json.dumps({"urls": found, "fill_token": fill_token(0)}))
"""

_found: dict[str, dict] = {}


def _discover(portal_server) -> dict:
    if portal_server.origin not in _found:
        output = portal_server.manage("shell", "-c", _DISCOVER)
        line = next(line for line in output.splitlines() if line.startswith("PAGES="))
        _found[portal_server.origin] = json.loads(line.removeprefix("PAGES="))
    return _found[portal_server.origin]


def page_path(portal_server, page_type: str, language: str) -> str:
    """The path of the page standing for ``page_type`` in ``language``."""
    urls = _discover(portal_server)["urls"][language]
    if page_type in MODEL_PAGE_TYPES:
        return urls[MODEL_PAGE_TYPES[page_type]]
    if page_type in FILTERED_PAGE_TYPES:
        listed, query = FILTERED_PAGE_TYPES[page_type]
        return page_path(portal_server, listed, language) + query
    routes = {
        "event-archive": urls["archive"],
        "municipality": urls["profile"],
        "search": f"{urls['search']}?q={SEARCH_QUERIES[language]}",
        "search-no-results": f"{urls['search']}?q={NO_RESULTS_QUERY}",
        "sitemap": urls["sitemap"],
        "open-data": urls["open-data"],
        "topic-index": urls["topics"],
        "topic": urls["topic"],
        "not-found": ("/" if language == "de" else "/en/") + "no-such-page-here/",
    }
    return routes[page_type]


def submit_empty_form(page, portal_server) -> None:
    """Send the enquiry form on ``page`` without filling anything in, as a person would."""
    form = page.locator("form.enquiry-form")
    token = _discover(portal_server)["fill_token"]
    form.locator("input[name=started]").evaluate(
        "(input, token) => { input.value = token; }", token
    )
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()


def open_page(page, portal_server, page_type: str, language: str, *, expect_status: int = 200):
    """Go to the page of ``page_type`` in ``language``; returns the response."""
    response = page.goto(page_path(portal_server, page_type, language))
    expected = 404 if page_type == "not-found" else expect_status
    assert response.status == expected, f"{page_type} ({language}) answered {response.status}"
    return response
