"""Abuse protection for the enquiry forms: rate limiting per client and the fill-time token."""

import time

from django.conf import settings
from django.core import signing

from ops.client_ip import client_ip
from ops.rate_limit import count

TOKEN_SALT = "enquiries.started"  # noqa: S105 (a signing namespace, not a secret)


def is_rate_limited(request) -> bool:
    """Count this post for the client; True once it exceeds the limit within the window."""
    posts = count("enquiry-posts", client_ip(request), settings.ENQUIRY_RATE_LIMIT_WINDOW)
    return posts > settings.ENQUIRY_RATE_LIMIT


def recipient_limited(address: str) -> bool:
    """Count a confirmation to ``address``; True once the address has had as many within the
    window as one client may send: posts from many clients cannot flood one inbox."""
    if not address:
        return False
    sent = count("enquiry-recipient", address.strip().lower(), settings.ENQUIRY_RATE_LIMIT_WINDOW)
    return sent > settings.ENQUIRY_RATE_LIMIT


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
