"""Every absolute URL the portal writes, in every channel, starts with its one public address
(``PUBLIC_URL``), whatever host the request came in on."""

import re

from django.core import mail
from django.test import override_settings

from wagtail.models import Page

import pytest

from enquiries.models import OutgoingEmail, PeerExchangeFormPage
from news.models import EventIndexPage, EventPage

pytestmark = pytest.mark.django_db

ORIGIN = "https://portal.example.org"
URL = re.compile(r"https?://[^\s\"'<>()\\]+")
# Hosts a request may come in on, or that a fresh database's Site record carries.
INTERNAL = ("testserver", "localhost", "127.0.0.1", "[::1]")


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.PUBLIC_URL = settings.WAGTAILADMIN_BASE_URL = settings.WAGTAILAPI_BASE_URL = ORIGIN


def channels(client) -> dict[str, str]:
    """Every channel's output, keyed by what it is."""
    pages = [p.specific for p in Page.objects.live().filter(depth__gt=1)]
    seen, found = set(), {}
    for page in pages:
        if (type(page), page.locale_id) not in seen:
            seen.add((type(page), page.locale_id))
            found[page.url] = client.get(page.url).content.decode()
    event = EventPage.objects.live().first()
    index = EventIndexPage.objects.live().first()
    for path in [
        "/feeds/news.rss",
        "/en/feeds/news.atom",
        "/sitemap.xml",
        "/robots.txt",
        "/open-data/",
        "/open-data/news.json",
        "/en/open-data/events.csv",
        event.ical_url(),
        index.ical_url(),
        "/api/v2/pages/?fields=*",
        f"/api/v2/pages/{event.pk}/",
        "/api/v2/images/",
        "/api/v2/documents/",
    ]:
        found[path] = client.get(path).content.decode()
    return found


def test_every_channel_names_the_one_public_address(client, demo):
    outputs = channels(client)

    for channel, text in outputs.items():
        foreign = [url for url in URL.findall(text) if url.split("/")[2] in INTERNAL]
        assert not foreign, (channel, foreign[:5])
    for channel in ("/sitemap.xml", "/feeds/news.rss", "/open-data/news.json", "/robots.txt"):
        assert ORIGIN + "/" in outputs[channel], channel


def test_the_mails_name_the_one_public_address(client, demo, settings):
    settings.ENQUIRY_MIN_FILL_SECONDS = 0
    page = PeerExchangeFormPage.objects.live().filter(locale__language_code="de").first()
    form = client.get(page.url).content.decode()
    token = re.search(r'name="started" value="([^"]+)"', form)

    client.post(
        page.url,
        {
            "new_municipality": "Musterstadt",
            "contact_person": "Erika Muster",
            "email": "erika@example.org",
            "consent": "on",
            "started": token.group(1) if token else "",
        },
    )

    bodies = [email.body for email in OutgoingEmail.objects.all()] + [m.body for m in mail.outbox]
    assert bodies
    for body in bodies:
        assert not [url for url in URL.findall(body) if url.split("/")[2] in INTERNAL], body
    assert any(ORIGIN + "/admin/" in body for body in bodies)


@override_settings(ALLOWED_HOSTS=["*"])
def test_a_request_on_another_host_still_gets_the_public_address(client, demo):
    html = client.get("/", HTTP_HOST="10.0.0.7:8000").content.decode()

    assert "10.0.0.7" not in html
    assert f'<link rel="canonical" href="{ORIGIN}/">' in html
