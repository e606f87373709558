"""Under DEBUG (``make run``) a missing page is the portal's own 404 page, and Django's error
page renders (django-csp sends no policy with it, which would block its inline styles)."""

from django.http import HttpResponseServerError
from django.test import RequestFactory

import pytest

from ops.csp import PortalCSPMiddleware

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("debug", [True, False])
@pytest.mark.parametrize(
    ("path", "wanted"),
    [("/gibt-es-nicht/", "Seite nicht gefunden"), ("/en/missing/", "Page not found")],
)
def test_a_missing_page_is_the_portals_own_404_page(client, homes, settings, debug, path, wanted):
    settings.DEBUG = debug

    response = client.get(path)

    assert response.status_code == 404
    text = response.content.decode()
    assert f"<h1>{wanted}</h1>" in text
    assert "Raised by" not in text and "Using the URLconf" not in text  # the technical page


def test_djangos_error_page_renders_under_debug_and_only_there(settings):
    request = RequestFactory().get("/kaputt/")
    middleware = PortalCSPMiddleware(lambda request: HttpResponseServerError())

    settings.DEBUG = True
    assert "Content-Security-Policy" not in middleware(request)
    settings.DEBUG = False
    assert "'unsafe-inline'" not in middleware(request)["Content-Security-Policy"]
