"""Anonymous visitors get no draft, preview, revision or admin view."""

import pytest

from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(site):
    page = StandardPageFactory(parent=site["de"], title="Entwurf", slug="entwurf", live=False)
    return page


@pytest.fixture
def changed_page(site):
    """A live page with an unpublished second revision."""
    page = StandardPageFactory(parent=site["de"], title="Veröffentlicht", slug="seite")
    page.title = "Unveröffentlichte Änderung"
    page.save_revision()
    return page


def sends_to_login(response) -> bool:
    return response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize(
    "url",
    ["/admin/", "/admin/pages/", "/admin/users/", "/admin/snippets/", "/admin/documents/"],
)
def test_admin_views_send_anonymous_visitors_to_the_login(client, site, url):
    assert sends_to_login(client.get(url))


def test_a_draft_page_is_not_found(client, draft):
    assert client.get("/entwurf/").status_code == 404


def test_the_unpublished_changes_of_a_page_are_not_shown(client, changed_page):
    html = client.get("/seite/").content.decode()

    assert "Veröffentlicht" in html
    assert "Unveröffentlichte Änderung" not in html


def test_the_draft_view_needs_a_login(client, draft):
    assert sends_to_login(client.get(f"/admin/pages/{draft.pk}/view_draft/"))


def test_the_preview_needs_a_login(client, draft):
    assert sends_to_login(client.get(f"/admin/pages/{draft.pk}/edit/preview/"))


def test_revisions_need_a_login(client, changed_page):
    revision = changed_page.latest_revision

    assert sends_to_login(client.get(f"/admin/pages/{changed_page.pk}/revisions/"))
    assert sends_to_login(
        client.get(f"/admin/pages/{changed_page.pk}/revisions/{revision.pk}/view/")
    )


def test_a_logged_in_visitor_without_admin_access_gets_no_admin(client, site, django_user_model):
    visitor = django_user_model.objects.create_user("visitor", "v@example.org", "x" * 14)
    client.force_login(visitor)

    response = client.get("/admin/")

    assert response.status_code in (302, 403)
    assert "Dashboard" not in response.content.decode()
