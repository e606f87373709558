"""The Content-Security-Policy, through django-csp: the public site's strict policy (no inline
scripts or styles, no third-party hosts but the video hosts a visitor agrees to), a looser one
for Wagtail's admin (which still relies on inline scripts and styles), and the violation
reports browsers send, collected by the portal itself (no third-party report service).

The policies live in the settings (``CONTENT_SECURITY_POLICY``, ``ADMIN_CONTENT_SECURITY_POLICY``);
templates that ever need an inline script use django-csp's nonce (``request.csp_nonce``).
"""

import json
import logging

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from csp.middleware import CSPMiddleware, PolicyParts

logger = logging.getLogger(__name__)

MAX_REPORT_BYTES = 8 * 1024  # a report is a few hundred bytes; more is not a report


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy under ``ADMIN_PATH``."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        admin = request.path.startswith(f"/{settings.ADMIN_PATH}/")
        if admin and not report_only and parts.config is None:
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


@csrf_exempt  # browsers send reports without a token
@require_POST
def csp_report(request):
    """Log a violation report (``report-uri``): which directive blocked what, on which page."""
    if len(request.body) > MAX_REPORT_BYTES:
        return HttpResponse(status=413)
    try:
        report = json.loads(request.body or b"{}")
    except ValueError:
        return HttpResponse(status=400)
    details = report.get("csp-report", report) if isinstance(report, dict) else None
    if not isinstance(details, dict):
        return HttpResponse(status=400)
    logger.warning(
        "Content-Security-Policy violation: %s blocked %s on %s",
        str(details.get("violated-directive") or details.get("effective-directive"))[:100],
        str(details.get("blocked-uri"))[:200],
        str(details.get("document-uri"))[:200],
    )
    return HttpResponse(status=204)
