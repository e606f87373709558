"""The page shown after too many failed logins: Wagtail's login form with a clear message."""

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.admin.forms.auth import LoginForm


def lockout_response(request, original_response=None, credentials=None):
    """Re-render the admin login form with the lockout notice (HTTP 429)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    message = ngettext(
        "Too many failed sign-in attempts. Signing in with this user name from your address is "
        "blocked for %(minutes)d minute. Please try again later or ask an administrator.",
        "Too many failed sign-in attempts. Signing in with this user name from your address is "
        "blocked for %(minutes)d minutes. Please try again later or ask an administrator.",
        minutes,
    ) % {"minutes": minutes}
    context = {
        "form": LoginForm(request),
        "lockout_message": message,
        "username_field": _("Username"),
    }
    # Rendered now: this runs in a middleware, after template responses are rendered.
    return render(request, "governance/lockout.html", context, status=429)
