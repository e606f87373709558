"""Production: SECRET_KEY and ALLOWED_HOSTS must come from the environment, HTTPS everywhere."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import LOGGING, STORAGES, env

DEBUG = False
SECRET_KEY = env("SECRET_KEY")  # no default: a missing key fails loudly
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")

# Persistent connections, checked before reuse, so a database restart heals by itself.
# https://docs.djangoproject.com/en/5.2/ref/databases/#persistent-connections
DATABASES["default"]["CONN_MAX_AGE"] = env("CONN_MAX_AGE")  # noqa: F405

# Without Redis the workers still share one cache: a table in the database (created by
# ``migrate``), so cached pages, fragments and the forms' rate limits are the same in every
# worker. Redis is faster; the database cache needs no extra server.
# https://docs.djangoproject.com/en/5.2/topics/cache/#database-caching
if not env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "portal_cache",
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

# Compressed files with content hashes in their names, served with far-future cache headers.
STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}

# Behind a TLS-terminating proxy. HTTPS=false only for `make serve` on a laptop (plain HTTP).
# https://docs.djangoproject.com/en/5.2/ref/settings/#secure-proxy-ssl-header
HTTPS = env("HTTPS")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = HTTPS
# Health checks come from the load balancer over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
# __Host- cookies are only accepted over HTTPS, for this exact host, path /.
SESSION_COOKIE_NAME = "__Host-sessionid" if HTTPS else "sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken" if HTTPS else "csrftoken"
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")

LOGGING["handlers"]["console"]["formatter"] = env("LOG_FORMAT") or "json"
