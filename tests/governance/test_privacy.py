"""Private pages (login- or group-restricted) never appear where visitors look, and private
documents need a login."""

from django.contrib.auth.models import Group

from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
)

import pytest

from core.stream_data import with_stream_ids
from home.related import related_pages
from tests.factories.base import DocumentFactory
from tests.factories.news import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.factories.projects import ProjectIndexPageFactory, ProjectPageFactory
from tests.factories.taxonomy import TopicFactory
from tests.factories.toolbox import ToolboxIndexPageFactory, ToolPageFactory

pytestmark = pytest.mark.django_db

LISTINGS = {
    "news": (NewsIndexPageFactory, NewsPageFactory),
    "events": (EventIndexPageFactory, EventPageFactory),
    "projects": (ProjectIndexPageFactory, ProjectPageFactory),
    "toolbox": (ToolboxIndexPageFactory, ToolPageFactory),
}


def restrict_to_login(page):
    return PageViewRestriction.objects.create(page=page, restriction_type="login")


def restrict_to_group(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="groups")
    restriction.groups.set([Group.objects.get(name="Editors")])
    return restriction


@pytest.fixture(params=list(LISTINGS))
def listing(request, site):
    """An index with one public, one login-restricted and one group-restricted item."""
    index_factory, item_factory = LISTINGS[request.param]
    index = index_factory(parent=site["de"], title="Liste", slug="liste")
    items = {
        "public": item_factory(parent=index, title="Öffentlicher Eintrag"),
        "login": item_factory(parent=index, title="Nur mit Anmeldung"),
        "group": item_factory(parent=index, title="Nur für die Redaktion"),
    }
    restrict_to_login(items["login"])
    restrict_to_group(items["group"])
    return index, items


def test_private_items_are_not_in_listings(client, listing):
    index, _items = listing

    html = client.get(index.url).content.decode()

    assert "Öffentlicher Eintrag" in html
    assert "Nur mit Anmeldung" not in html
    assert "Nur für die Redaktion" not in html


def test_private_items_are_not_among_the_latest_items(listing):
    index, items = listing

    latest = list(index.specific.listing_items(10))

    assert [page.pk for page in latest] == [items["public"].pk]


def test_private_items_are_not_in_the_latest_items_block_of_the_home_page(client, site, listing):
    index, _items = listing
    home = site["de"]
    home.body = with_stream_ids(
        type(home),
        {
            "body": [
                {"type": "latest", "value": {"heading": "Neu", "index_page": index.pk, "count": 5}}
            ]
        },
    )["body"]
    home.save_revision().publish()

    html = client.get("/").content.decode()

    assert "Öffentlicher Eintrag" in html
    assert "Nur mit Anmeldung" not in html
    assert "Nur für die Redaktion" not in html


@pytest.mark.parametrize("restrict", [restrict_to_login, restrict_to_group])
def test_a_private_page_sends_anonymous_visitors_to_the_login(client, site, restrict):
    index = NewsIndexPageFactory(parent=site["de"])
    page = NewsPageFactory(parent=index, title="Geheim")
    restrict(page)

    response = client.get(page.url)

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_page_below_a_restricted_section_is_private_too(client, site):
    index = EventIndexPageFactory(parent=site["de"])
    restrict_to_group(index)
    event = EventPageFactory(parent=index, title="Interner Workshop")

    response = client.get(event.url)

    assert response.status_code == 302


def test_private_pages_are_not_related_content(site):
    topic = TopicFactory(name="Hitze", slug="hitze")
    news = NewsIndexPageFactory(parent=site["de"])
    page = NewsPageFactory(parent=news, topics=[topic])
    public = NewsPageFactory(parent=news, title="Öffentlich", topics=[topic])
    restrict_to_login(NewsPageFactory(parent=news, title="Angemeldet", topics=[topic]))
    section = EventIndexPageFactory(parent=site["de"])
    restrict_to_group(section)
    EventPageFactory(parent=section, title="Intern", topics=[topic])

    assert [p.pk for p in related_pages(page, limit=10)] == [public.pk]


def test_picked_private_pages_are_not_related_content(site):
    news = NewsIndexPageFactory(parent=site["de"])
    private = NewsPageFactory(parent=news, title="Angemeldet")
    restrict_to_login(private)
    page = NewsPageFactory(parent=news, related_pages=[{"type": "page", "value": private.pk}])

    assert related_pages(page) == []


@pytest.fixture
def private_document(site):
    collection = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return DocumentFactory(collection=collection)


def test_a_document_in_a_private_collection_needs_a_login(client, private_document):
    response = client.get(private_document.url)

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_document_in_a_private_collection_is_served_after_login(client, editor, private_document):
    client.force_login(editor)

    response = client.get(private_document.url)

    assert response.status_code == 200


def test_documents_are_served_through_the_serve_view(site):
    document = DocumentFactory()

    assert document.url.startswith("/documents/")


def test_editors_are_not_offered_shared_password_privacy(admin_client_de, site):
    response = admin_client_de.get(f"/admin/pages/{site['de'].pk}/privacy/")

    assert response.status_code == 200
    assert 'value="login"' in response.json()["html"]
    assert 'value="password"' not in response.json()["html"]


def test_collections_are_not_offered_shared_password_privacy(admin_client_de, site):
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Intern")

    response = admin_client_de.get(f"/admin/collections/{collection.pk}/privacy/")

    assert response.status_code == 200
    assert 'value="password"' not in response.json()["html"]
