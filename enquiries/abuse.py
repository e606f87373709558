"""Abuse protection for the enquiry forms: rate limiting per client and the fill-time token."""

import hashlib
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from ops.client_ip import client_ip

TOKEN_SALT = "enquiries.started"  # noqa: S105 (a signing namespace, not a secret)


def is_rate_limited(request) -> bool:
    """Count this post for the client; True once it exceeds the limit within the window."""
    limit = getattr(settings, "ENQUIRY_RATE_LIMIT", 5)
    window = getattr(settings, "ENQUIRY_RATE_LIMIT_WINDOW", 600)
    # Hashed so that the cache holds no IP addresses in clear text.
    key = "enquiries:posts:" + hashlib.sha256(client_ip(request).encode()).hexdigest()
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    # A failing cache (None) must not lock everybody out.
    return count is not None and count > limit


def fill_token(started: float | None = None) -> str:
    """A signed timestamp of when the form was shown."""
    return signing.dumps(time.time() if started is None else started, salt=TOKEN_SALT)


def filled_too_fast(token: str) -> bool:
    """True when the token is missing, forged, or younger than the minimum fill time."""
    try:
        started = float(signing.loads(token or "", salt=TOKEN_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return True
    return time.time() - started < getattr(settings, "ENQUIRY_MIN_FILL_SECONDS", 3)
