"""The Site of a request, without a query per request.

Wagtail looks the site up by host name on every request. Sites change almost never, so each
process keeps what it found per host in a process table, emptied with every new content
generation (saving a Site is a content change), whichever process saved it.
"""

from django.http.request import split_domain_port

from wagtail.models import Site

from core.caching import ProcessTable

_by_host = ProcessTable("sites")


def site_for_request(request) -> Site | None:
    """``Site.find_for_request`` from this process's table. The site is kept on the request
    where Wagtail keeps it (``_wagtail_site``), so Wagtail's own lookups reuse it."""
    if not hasattr(request, "_wagtail_site"):
        key = (split_domain_port(request.get_host())[0], request.get_port())
        request._wagtail_site = _by_host.get(key, lambda: Site.find_for_request(request))
    return request._wagtail_site
