"""The Site of a request, without a query per request.

Wagtail looks the site up by host name on every request. Sites change almost never, so each
process keeps what it found for a host for a minute; saving or deleting a Site clears this
process's table at once (other processes follow within the minute).
"""

import time

from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port

from wagtail.models import Site

KEEP_SECONDS = 60
_by_host: dict[tuple[str, str], tuple[Site | None, float]] = {}


def site_for_request(request) -> Site | None:
    """``Site.find_for_request`` from this process's table; also sets it on the request, where
    Wagtail's own lookups find it."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    key = (split_domain_port(request.get_host())[0], request.get_port())
    site, found_at = _by_host.get(key, (None, 0.0))
    if time.monotonic() - found_at > KEEP_SECONDS:
        site = Site.find_for_request(request)
        _by_host[key] = (site, time.monotonic())
    request._wagtail_site = site
    return site


def forget(**kwargs) -> None:
    _by_host.clear()


post_save.connect(forget, sender=Site, dispatch_uid="home.sites.saved")
post_delete.connect(forget, sender=Site, dispatch_uid="home.sites.deleted")
