"""Security headers on every response: a Content-Security-Policy without inline scripts for
the public site, Permissions-Policy, and frame-ancestors. Django's SecurityMiddleware adds
HSTS, nosniff and Referrer-Policy; XFrameOptionsMiddleware adds X-Frame-Options."""

from django.conf import settings

# Embeds (videos) load only after the visitor agrees; these are the hosts they may come from.
EMBED_HOSTS = "https://www.youtube-nocookie.com https://www.youtube.com https://player.vimeo.com"

PUBLIC_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        f"frame-src 'self' {EMBED_HOSTS}",
        "frame-ancestors 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)
# Wagtail's admin still relies on inline scripts and styles in places; it gets its own policy.
ADMIN_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        f"frame-src 'self' {EMBED_HOSTS}",
        "frame-ancestors 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)


class SecurityHeadersMiddleware:
    """Adds CSP and Permissions-Policy unless a view has set its own."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = f"/{settings.ADMIN_PATH}/"

    def __call__(self, request):
        response = self.get_response(request)
        policy = ADMIN_POLICY if request.path.startswith(self.admin_prefix) else PUBLIC_POLICY
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
