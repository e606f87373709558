"""The portal's one public address (``PUBLIC_URL``): every absolute URL the portal writes, in
pages, feeds, calendars, sitemaps, structured data, exports, the API and e-mails, starts with
it, whatever host name a request came in on (an internal address, a health-check IP, a proxy
that rewrites the host)."""

from urllib.parse import urlsplit

from django.conf import settings


def origin() -> str:
    """``scheme://host[:port]`` of the public address, without a trailing slash."""
    return settings.PUBLIC_URL.rstrip("/")


def host() -> str:
    """The public host name (for iCalendar UIDs and the like)."""
    return urlsplit(origin()).hostname or "localhost"


def absolute(url: str) -> str:
    """``url`` (a path, or already absolute) as an absolute URL on the public address."""
    if not url or urlsplit(url).scheme:
        return url
    return origin() + (url if url.startswith("/") else "/" + url)
