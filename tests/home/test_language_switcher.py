from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlsplit

from wagtail.models import PageViewRestriction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories.base import translate_page
from tests.factories.home import StandardPageFactory
from tests.factories.news import EventIndexPageFactory
from tests.factories.toolbox import ToolboxIndexPageFactory

pytestmark = pytest.mark.django_db


def test_switcher_links_a_translated_page_to_its_translation(client, homes):
    german = StandardPageFactory(parent=homes["de"], title="Impressum", slug="impressum")
    english = translate_page(german, title="Imprint", slug="imprint")

    html = client.get(german.url).content.decode()

    assert f'<a href="{english.url}" hreflang="en" lang="en">English</a>' in html
    assert f'<link rel="alternate" hreflang="en" href="http://testserver{english.url}">' in html


def test_untranslated_page_links_to_the_other_home_with_a_note(client, homes):
    german = StandardPageFactory(parent=homes["de"], title="Nur Deutsch", slug="nur-deutsch")

    html = client.get(german.url).content.decode()

    assert '<a href="/en/?untranslated=1" hreflang="en" lang="en">English' in html
    assert 'hreflang="en" href=' not in html  # no alternate for a missing translation


def test_home_reached_from_an_untranslated_page_says_so_in_its_language(client, homes):
    html = client.get("/en/?untranslated=1").content.decode()

    assert "The page you came from is not available in this language." in html


def test_draft_translation_is_not_offered(client, homes):
    german = StandardPageFactory(parent=homes["de"], title="Entwurf", slug="entwurf")
    translate_page(german, title="Draft", slug="draft", publish=False)

    html = client.get(german.url).content.decode()

    assert "/en/draft/" not in html
    assert "/en/?untranslated=1" in html


@pytest.mark.parametrize("restricted", ["translation", "its section"])
def test_a_restricted_translation_is_neither_linked_nor_named(client, homes, restricted):
    section = StandardPageFactory(parent=homes["de"], title="Bereich", slug="bereich")
    english_section = translate_page(section, title="Section", slug="section")
    german = StandardPageFactory(parent=section, title="Öffentlich", slug="oeffentlich")
    english = translate_page(german, title="Internal", slug="internal-plans-2027")
    target = english if restricted == "translation" else english_section
    PageViewRestriction.objects.create(page=target, restriction_type=PageViewRestriction.LOGIN)

    html = client.get(german.url).content.decode()

    assert "internal-plans-2027" not in html
    assert 'hreflang="en" href=' not in html
    assert "/en/?untranslated=1" in html


class _LanguageLinks(HTMLParser):
    """The switcher's links (``a`` with ``hreflang``) and the head's alternates per language."""

    def __init__(self):
        super().__init__()
        self.found = {"switch": [], "alternate": []}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "hreflang" in attrs:
            self.found["switch"].append(attrs["href"])
        if (
            tag == "link"
            and attrs.get("rel") == "alternate"
            and attrs.get("hreflang") in ("de", "en")
        ):
            self.found["alternate"].append(attrs["href"])


def _links(html: str) -> dict[str, list[str]]:
    parser = _LanguageLinks()
    parser.feed(html)
    return parser.found


def test_a_filtered_listing_switches_with_its_filters_but_not_its_page_number(client, homes):
    german = ToolboxIndexPageFactory(parent=homes["de"], slug="toolbox")
    translate_page(german, slug="toolbox")

    response = client.get("/toolbox/?hazard=hitze&phase=planung&phase=umsetzung&page=2")

    links = _links(response.text)
    wanted = "/en/toolbox/?hazard=hitze&phase=planung&phase=umsetzung"
    assert links["switch"] == [wanted]
    assert f"http://testserver{wanted}" in links["alternate"]


def test_the_events_archive_switches_to_the_archive(client, homes):
    german = EventIndexPageFactory(parent=homes["de"], slug="termine")
    translate_page(german, slug="events")

    assert _links(client.get("/termine/archive/").text)["switch"] == ["/en/events/archive/"]
    assert _links(client.get("/en/events/archive/").text)["switch"] == ["/termine/archive/"]


@pytest.mark.parametrize(
    ("german", "english"),
    [
        ("/suche/?q=Hitze", "/en/search/?q=Hitze"),
        (
            "/suche/?q=Hitze&type=news&sort=date",
            "/en/search/?q=Hitze&type=news&sort=date",
        ),
        ("/sitemap/", "/en/sitemap/"),
        ("/open-data/", "/en/open-data/"),
    ],
)
def test_views_outside_the_page_tree_exist_in_both_languages(client, homes, german, english):
    from_german = _links(client.get(german).text)
    from_english = _links(client.get(english).text)

    assert from_german["switch"] == [english]
    assert from_english["switch"] == [german]
    assert f"http://testserver{english}" in from_german["alternate"]
    assert "untranslated" not in client.get(german).text


def test_a_missing_page_offers_no_alternate(client, homes):
    response = client.get("/gibt-es-nicht/")

    assert response.status_code == 404
    assert _links(response.text)["alternate"] == []


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    params=st.lists(
        st.tuples(
            st.sampled_from(["q", "type", "topic", "sort", "utm", "page"]),
            st.text(max_size=20).filter(lambda text: "\x00" not in text),
        ),
        max_size=4,
    )
)
def test_any_query_switches_language_intact(client, homes, params):
    response = client.get("/suche/", params)

    assert response.status_code == 200
    (switch,) = _links(response.text)["switch"]
    target = urlsplit(switch)
    assert target.path == "/en/search/"
    # Repeated parameters stay together, in their order (as Django's QueryDict keeps them).
    by_name = sorted(((n, v) for n, v in params if n != "page"), key=lambda pair: pair[0])
    kept = parse_qsl(target.query, keep_blank_values=True)
    assert sorted(kept, key=lambda pair: pair[0]) == by_name
