"""With two gunicorn workers under the production settings (sharing the database cache, or
Redis on PostgreSQL: ``conftest.py``), a change made by a
separate process (a management command, the admin on the other worker) takes effect on the
next request in every worker: privacy, unpublishing, and the forms' rate limit; and the CDN
is asked to purge what the change cleared."""

import json
import re
from urllib.parse import urlencode

import pytest

from .conftest import ENQUIRY_RATE_LIMIT

pytestmark = [pytest.mark.processes, pytest.mark.xdist_group("processes")]

# Finds, on the demo content, a German article and every place that shows it: its page, its
# news index, the news feed, a municipality profile and another page's "Mehr zum Thema".
FIND_ARTICLE = """
import json
from django.utils import translation
from home.related import related_pages
from news.models import NewsPage
from places.models import MunicipalityIndexPage
from wagtail.models import Page

translation.activate("de")
skip = set({skip})
pages = [p.specific for p in Page.objects.live().filter(locale__language_code="de", depth__gt=2)]
shown_in = {{}}
for page in pages:
    if hasattr(page, "topics"):
        for related in related_pages(page):
            shown_in.setdefault(related.pk, page.url)
profiles = MunicipalityIndexPage.objects.live().get(locale__language_code="de")
article = next(
    p for p in NewsPage.objects.live().filter(locale__language_code="de").order_by("-date")
    if p.pk in shown_in and p.municipalities.exists() and p.pk not in skip
)
print(json.dumps({{
    "id": article.pk,
    "title": article.title,
    "url": article.url,
    "index": article.get_parent().url,
    "feed": "/feeds/news.rss",
    "profile": profiles.profile_url(article.municipalities.first().slug),
    "related_on": shown_in[article.pk],
}}))
"""


def find_article(portal, skip=()) -> dict:
    return json.loads(portal.shell(FIND_ARTICLE.format(skip=list(skip))).splitlines()[-1])


def places_showing(article) -> list[str]:
    return [article[name] for name in ("index", "feed", "profile", "related_on")]


def shows(response, article) -> bool:
    return article["title"] in response.body or article["url"] in response.body


@pytest.fixture(scope="module")
def articles(served_portal):
    first = find_article(served_portal)
    second = find_article(served_portal, skip=[first["id"]])
    return first, second


def every_worker_shows(portal, url: str, article) -> bool:
    return all(shows(response, article) for response in portal.on_every_worker("GET", url).values())


def no_worker_shows(portal, url: str, article) -> bool:
    return not any(
        shows(response, article) for response in portal.on_every_worker("GET", url).values()
    )


def test_a_page_restricted_by_another_process_asks_every_worker_for_a_login(
    served_portal, articles
):
    article = articles[0]
    # Every worker has served (and so cached) the page and every place showing it.
    assert all(
        r.status == 200 for r in served_portal.on_every_worker("GET", article["url"]).values()
    )
    for url in places_showing(article):
        assert every_worker_shows(served_portal, url, article), url

    served_portal.shell(
        "from wagtail.models import Page, PageViewRestriction; "
        f"PageViewRestriction.objects.create(page=Page.objects.get(pk={article['id']}), "
        "restriction_type=PageViewRestriction.LOGIN)"
    )

    for worker, response in served_portal.on_every_worker("GET", article["url"]).items():
        assert response.status == 302, worker
        assert "login" in response.headers["location"], worker
        assert article["title"] not in response.body, worker
    for url in places_showing(article):
        assert no_worker_shows(served_portal, url, article), url


def test_a_page_unpublished_by_another_process_is_gone_from_every_worker(served_portal, articles):
    article = articles[1]
    assert all(
        r.status == 200 for r in served_portal.on_every_worker("GET", article["url"]).values()
    )
    for url in places_showing(article):
        assert every_worker_shows(served_portal, url, article), url

    served_portal.shell(
        f"from wagtail.models import Page; Page.objects.get(pk={article['id']}).unpublish()"
    )

    for worker, response in served_portal.on_every_worker("GET", article["url"]).items():
        assert response.status == 404, worker
    for url in places_showing(article):
        assert no_worker_shows(served_portal, url, article), url


def test_a_new_title_from_another_process_purges_the_cdn_of_the_pages_showing_it(
    served_portal, articles
):
    article = find_article(served_portal, skip=[known["id"] for known in articles])
    unrelated = "/toolbox/"
    for url in (article["url"], article["index"], unrelated):
        assert served_portal.request("GET", url).status == 200, url
    before = len(served_portal.purged)

    served_portal.shell(
        f"from news.models import NewsPage; page = NewsPage.objects.get(pk={article['id']}); "
        "page.title = page.title + ' (aktualisiert)'; page.save_revision().publish()"
    )

    purged = served_portal.purged[before:]
    if "REDIS_URL" not in served_portal.env:
        # The workers share the database cache: no notes of the URLs, so everything goes.
        assert purged == ["/*"]
        return
    assert article["url"] in purged and article["index"] in purged
    assert unrelated not in purged and "/*" not in purged


def _form_token(response) -> tuple[str, str]:
    cookie = re.search(r"csrftoken=([^;]+)", response.headers.get("set-cookie", "")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.body).group(1)
    return cookie, token


def test_the_forms_rate_limit_counts_posts_across_workers(served_portal):
    cookie, token = _form_token(served_portal.request("GET", "/kontakt/"))
    post = {
        "body": urlencode({"csrfmiddlewaretoken": token, "message": "Hallo"}),
        "headers": {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie}",
        },
    }
    # Seven rounds of one post to each of the two workers: fourteen posts in all.
    statuses = [
        response.status
        for _round in range(7)
        for response in served_portal.on_every_worker("POST", "/kontakt/", **post).values()
    ]

    assert statuses.count(429) == 14 - ENQUIRY_RATE_LIMIT
    assert all(status != 429 for status in statuses[:ENQUIRY_RATE_LIMIT])
