"""A missing page shows the portal's own 404 page, under ``DEBUG`` too.

Django answers an ``Http404`` with its technical page while ``DEBUG`` is on (``make run``), so
developers would never see the page visitors get. Without ``DEBUG`` this changes nothing:
Django calls the same handler itself. Other errors keep Django's debug page.
"""

from django.http import Http404
from django.urls import get_resolver


class NotFoundPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, Http404):
            return get_resolver().resolve_error_handler(404)(request, exception)
        return None
