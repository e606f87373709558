"""Every public page type renders with at most 12 SQL queries when its page is not cached.

Measured on the demo content, in both languages, in the steady state of a running server:
every page has been rendered once (so image renditions exist and per-process tables such as
content types are loaded), then the cache is emptied. The home page is rendered under another
URL, which warms what every page shares and caches per content generation (navigation,
footer, Wagtail's site root paths). Each measured page is then asked for once: the page cache
holds nothing for it.
"""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

import pytest

from places.models import MunicipalityIndexPage
from taxonomy.models import Municipality

pytestmark = pytest.mark.django_db

BUDGET = 12
# Views that are not pages of the tree, per language prefix.
VIEW_PATHS = ["sitemap/", "open-data/", "this-page-does-not-exist/"]
SEARCHES = {"de": ["suche/?q=klima", "suche/?q=xyzzy"], "en": ["search/?q=climate"]}


@pytest.fixture(autouse=True)
def caches_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.FRAGMENT_CACHE_SECONDS = 600


def public_urls(language: str) -> list[str]:
    """One page of every type in ``language``, plus its sub-routes and the views outside the
    tree."""
    prefix = "/" if language == "de" else f"/{language}/"
    urls, seen = [], set()
    for page in Page.objects.live().filter(depth__gt=1, locale__language_code=language):
        page = page.specific
        if type(page) not in seen:
            seen.add(type(page))
            urls.append(page.url)
        if isinstance(page, MunicipalityIndexPage):
            urls.append(page.profile_url(Municipality.objects.order_by("pk").first().slug))
    events = next(url for url in urls if url.endswith(("/veranstaltungen/", "/events/")))
    toolbox = next(url for url in urls if url.endswith("/toolbox/"))
    urls += [events + "archive/", toolbox + "?hazard=hitze&phase=planung&effort=low"]
    urls += [prefix + path for path in [*VIEW_PATHS, *SEARCHES[language]]]
    return urls


def queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code in (200, 404), url
    return len(captured.captured_queries)


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_public_page_type_renders_within_the_query_budget(client, demo, language):
    urls = public_urls(language)
    for url in urls:
        client.get(url)
    cache.clear()
    client.get(("/" if language == "de" else f"/{language}/") + "?warm-up")
    counts = {url: queries_for(client, url) for url in urls}

    assert len(urls) >= 17  # every page type, sub-route and view was found
    over = {url: count for url, count in counts.items() if count > BUDGET}
    assert not over, f"over {BUDGET} queries: {over} (all: {counts})"
