"""JSON-LD, OpenGraph and Twitter meta and canonical URLs in the page head."""

import json
import re

import pytest

from home.structured_data import json_ld_script
from tests.factories.base import ImageFactory, translate_page
from tests.factories.news import EventPageFactory, NewsPageFactory, berlin
from tests.factories.projects import ProjectIndexPageFactory, ProjectPageFactory, partner
from tests.factories.taxonomy import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db

LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(response) -> dict:
    """The page's own JSON-LD (its breadcrumbs come as a BreadcrumbList of their own)."""
    scripts = [json.loads(data) for data in LD_JSON.findall(response.content.decode())]
    (data,) = [script for script in scripts if script.get("@type") != "BreadcrumbList"]
    return data


def meta(response, name: str) -> list[str]:
    html = response.content.decode()
    return re.findall(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)"', html)


def test_news_page_describes_itself_as_news_article(client, news_index):
    author = PersonFactory(name="Erika Muster")
    NewsPageFactory(
        parent=news_index, title="Hitzeschutz", slug="hitze", teaser="Kurz.", authors=[author]
    )

    data = json_ld(client.get("/aktuelles/hitze/"))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Hitzeschutz"
    assert data["description"] == "Kurz."
    assert data["url"] == "http://testserver/aktuelles/hitze/"
    assert data["inLanguage"] == "de"
    assert data["author"] == [{"@type": "Person", "name": "Erika Muster"}]
    assert data["publisher"]["@type"] == "Organization"
    assert data["datePublished"]


def test_hybrid_event_has_place_virtual_location_organiser_and_offer(client, event_index):
    organiser = OrganisationFactory(name="Difu", url="https://difu.de")
    EventPageFactory(
        parent=event_index,
        slug="forum",
        title="Forum",
        start=berlin(2030, 5, 6, 9),
        end=berlin(2030, 5, 6, 17),
        event_format="hybrid",
        venue="Rathaus",
        city="Ulm",
        organiser=organiser,
        registration_url="https://example.org/anmeldung",
    )

    data = json_ld(client.get("/veranstaltungen/forum/"))

    assert data["@type"] == "Event"
    assert data["startDate"] == "2030-05-06T09:00:00+02:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [location["@type"] for location in data["location"]] == ["Place", "VirtualLocation"]
    assert data["location"][0]["address"]["addressLocality"] == "Ulm"
    assert data["organizer"] == {"@type": "Organization", "name": "Difu", "url": "https://difu.de"}
    assert data["offers"]["url"] == "https://example.org/anmeldung"


def test_online_event_is_online_attendance_only(client, event_index):
    EventPageFactory(parent=event_index, slug="webinar", event_format="online")

    data = json_ld(client.get("/veranstaltungen/webinar/"))

    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert [location["@type"] for location in data["location"]] == ["VirtualLocation"]


def test_project_page_names_partner_organisations(client, homes):
    index = ProjectIndexPageFactory(parent=homes["de"])
    organisation = OrganisationFactory(
        name="Umweltbundesamt", abbreviation="UBA", url="https://uba.de"
    )
    ProjectPageFactory(parent=index, slug="klima", partners=[partner(organisation)])

    data = json_ld(client.get("/projekte/klima/"))

    assert data["@type"] == "Project"
    assert data["member"] == [
        {
            "@type": "Organization",
            "name": "Umweltbundesamt",
            "alternateName": "UBA",
            "url": "https://uba.de",
        }
    ]


def test_home_page_has_webpage_published_by_the_portal(client, homes):
    data = json_ld(client.get("/"))

    assert data["@type"] == "WebPage"
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "Stadt.Klima.Wissen",
        "url": "http://testserver/",
    }


def test_json_ld_cannot_be_broken_out_of():
    html = json_ld_script({"name": "</script><script>alert(1)</script> & <!--"})

    assert html.count("</script>") == 1
    assert "<!--" not in html
    body = LD_JSON.search(html).group(1)
    assert json.loads(body)["name"] == "</script><script>alert(1)</script> & <!--"


def test_page_head_has_canonical_opengraph_and_twitter_meta(client, news_index):
    image = ImageFactory()
    NewsPageFactory(
        parent=news_index,
        title="Bild",
        slug="bild",
        teaser="Mit Bild.",
        image=image,
        image_alt="Ein Park",
    )

    response = client.get("/aktuelles/bild/?page=2")
    html = response.content.decode()

    assert '<link rel="canonical" href="http://testserver/aktuelles/bild/">' in html
    assert meta(response, "og:title") == ["Bild"]
    assert meta(response, "og:description") == ["Mit Bild."]
    assert meta(response, "og:type") == ["article"]
    assert meta(response, "og:locale") == ["de_DE"]
    assert meta(response, "og:locale:alternate") == ["en_GB"]
    assert meta(response, "og:image")[0].startswith("http://testserver/")
    assert meta(response, "og:image:alt") == ["Ein Park"]
    assert meta(response, "twitter:card") == ["summary_large_image"]


def test_english_page_has_british_locale_and_german_alternate(client, news_index):
    page = NewsPageFactory(parent=news_index, slug="hitze")
    translate_page(news_index, "en", title="News", slug="news")
    translate_page(page, "en", title="Heat", slug="heat")

    response = client.get("/en/news/heat/")

    assert meta(response, "og:locale") == ["en_GB"]
    assert meta(response, "og:locale:alternate") == ["de_DE"]
    assert json_ld(response)["inLanguage"] == "en"
