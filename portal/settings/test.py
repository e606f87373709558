"""Test runs: fast hashing, local-memory cache and e-mail, no real Elasticsearch."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PUBLIC_URL = WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = "http://testserver"
# wagtail-localize's offline translator (reverses word order) stands in for DeepL.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    "OPTIONS": {},
}
# The caches would hide changes tests make between requests; their own tests switch them on.
PAGE_CACHE_SECONDS = 0
FRAGMENT_CACHE_SECONDS = 0
# Static files come from the app directories (finders); nothing is collected for tests.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
