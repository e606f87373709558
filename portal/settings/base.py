"""Settings shared by every environment; safe for production by default (``DEBUG`` off).

Every environment variable is declared once, typed, in ``env`` below; ``.env.example`` lists
them. An environment's module may give a variable another default (``dev``: debug on;
``production``: JSON logs); only ``gunicorn.conf.py`` reads its own ``GUNICORN_*`` variables,
because gunicorn reads its configuration before Django starts.
"""

from datetime import timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# The single schema of environment variables: name -> (type, default).
# https://django-environ.readthedocs.io/en/latest/quickstart.html
env = environ.Env(
    DEBUG=(bool, False),
    SECRET_KEY=(str, None),
    ALLOWED_HOSTS=(list, ["localhost", "127.0.0.1", "[::1]"]),
    DATABASE_URL=(str, f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
    REDIS_URL=(str, ""),
    ELASTICSEARCH_URL=(str, ""),
    MEDIA_ROOT=(str, str(BASE_DIR / "media")),
    SERVE_MEDIA=(bool, False),
    STATIC_ROOT=(str, str(BASE_DIR / "static")),
    EMAIL_URL=(str, "consolemail://"),
    DEFAULT_FROM_EMAIL=(str, "portal@localhost"),
    # The one public address every absolute URL starts with (core.origin); make run's own.
    PUBLIC_URL=(str, "http://127.0.0.1:8000"),
    ADMIN_PATH=(str, "admin"),
    LOG_LEVEL=(str, "WARNING"),
    DEEPL_API_KEY=(str, ""),
    AXES_ENABLED=(bool, True),
    SESSION_COOKIE_AGE=(int, 8 * 60 * 60),
    ADMIN_TWO_FACTOR=(bool, False),
    OPEN_DATA_LICENCE=(str, "cc-by-4.0"),
    FORM_SUBMISSION_RETENTION_DAYS=(int, 365),
    EXCHANGE_CASE_RETENTION_DAYS=(int, 180),
    SEARCH_STATISTICS_RETENTION_DAYS=(int, 90),
    ENQUIRY_RATE_LIMIT=(int, 5),
    ENQUIRY_RATE_LIMIT_WINDOW=(int, 600),
    ENQUIRY_MIN_FILL_SECONDS=(int, 3),
    TRUSTED_PROXY_COUNT=(int, 0),
    PAGE_CACHE_SECONDS=(int, 600),
    FRAGMENT_CACHE_SECONDS=(int, 3600),
    CDN_MAX_AGE=(int, 60),
    FRONTEND_CACHE_PURGE_URL=(str, ""),
    TASKS_BACKEND=(str, "immediate"),
    # Empty: the environment's default ("text"; "json" in production).
    LOG_FORMAT=(str, ""),
    # Production only: behind a TLS proxy, persistent connections, trusted origins.
    HTTPS=(bool, True),
    CONN_MAX_AGE=(int, 60),
    CSRF_TRUSTED_ORIGINS=(list, []),
    AWS_STORAGE_BUCKET_NAME=(str, ""),
    AWS_S3_ENDPOINT_URL=(str, ""),
    AWS_S3_REGION_NAME=(str, ""),
)
# A local .env file is optional; real environment variables win.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")

INSTALLED_APPS = [
    # Project apps first so their templates and translations take precedence; core first of
    # all, so that its "content changed" receiver (a new generation) runs before any other.
    "core",
    "home",
    "taxonomy",
    "news",
    "projects",
    "toolbox",
    "places",
    "transfer",
    "enquiries",
    "exchange",
    "accessibility",
    "privacy",
    "search",
    "review",
    "opendata",
    "demo",
    "ops",
    "django_tasks_db",
    "governance",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "wagtail.contrib.table_block",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "rest_framework",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # intcomma: large numbers grouped as the language writes them ("315.000" / "315,000").
    "django.contrib.humanize",
    "axes",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    "ops.request_id.RequestIdMiddleware",
    # One memo per request (core.memo): the content generation is read once per request.
    "core.memo.MemoMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy (django-csp; the admin's own policy: ops.csp) and
    # Permissions-Policy, on every response, cached ones included.
    "ops.csp.PortalCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Static files straight from the app server, compressed, with far-future headers.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and authentication: a cached page is served without them; requests
    # with a session cookie (editors) are never served from the cache.
    "ops.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before common: picks the language from the URL prefix.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Two-factor login (off unless ADMIN_TWO_FACTOR): marks verified users, then asks enrolled
    # staff for their code before any admin view.
    "django_otp.middleware.OTPMiddleware",
    "governance.two_factor.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns a locked-out login attempt into the lockout page.
    "axes.middleware.AxesMiddleware",
    # Views' Http404 as the portal's 404 page, under DEBUG too (ops.not_found).
    "ops.not_found.NotFoundPageMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# https://django-environ.readthedocs.io/en/latest/types.html#environ-env-db-url
DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # PostgreSQL's JIT compiler can spend seconds on a query whose estimated cost is high (a
    # page query joins every page type's table); short web queries gain nothing from it.
    # https://www.postgresql.org/docs/current/jit-decision.html
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis when configured, local memory otherwise.
# https://docs.djangoproject.com/en/5.2/topics/cache/
if env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": env("REDIS_URL"),
            # Redis down must not take pages down: fail fast, log, carry on uncached.
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    # One process (runserver, tests). Production without Redis shares a database table
    # instead (production.py), so that every worker sees the same cache and rate limits.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: German is the default and has no URL prefix; English lives under /en/.
# https://docs.wagtail.org/en/stable/advanced_topics/i18n.html
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# British-style English dates ("22 March 2022"); German uses Django's own formats.
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static_src"]
STATIC_ROOT = env("STATIC_ROOT")
STATIC_URL = "/static/"
MEDIA_ROOT = env("MEDIA_ROOT")
MEDIA_URL = "/media/"
# Let Django serve uploads from MEDIA_ROOT without DEBUG: for `make serve` and the browser
# tests on one machine. In production the reverse proxy or object storage serves them.
SERVE_MEDIA = env("SERVE_MEDIA")

# Compressed, content-hashed static files (cacheable for a year); S3-compatible media when a
# bucket is configured, so app servers keep no local state.
# https://whitenoise.readthedocs.io/ https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # production.py switches to WhiteNoise's compressed, hashed manifest storage.
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if env("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env("AWS_S3_REGION_NAME") or None,
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365

# Content-Security-Policy: nothing inline and nothing from other hosts on the public site;
# videos load from their hosts only after the visitor agrees (home.blocks.PrivacyEmbedBlock).
# https://django-csp.readthedocs.io/en/latest/configuration.html
EMBED_HOSTS = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]
_SHARED_DIRECTIVES = {
    "default-src": [SELF],
    "connect-src": [SELF],
    "frame-src": [SELF, *EMBED_HOSTS],
    "frame-ancestors": [SELF],
    "form-action": [SELF],
    "base-uri": [SELF],
    "object-src": [NONE],
    "report-uri": "/csp-report/",
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_SHARED_DIRECTIVES,
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
    }
}
# Wagtail's admin still relies on inline scripts and styles (ops.csp applies this policy).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_SHARED_DIRECTIVES,
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
    }
}
# Browser features the portal never uses are switched off for it and any frame it embeds.
# https://github.com/adamchainz/django-permissions-policy
PERMISSIONS_POLICY = {
    name: []
    for name in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "interest-cohort",
        "browsing-topics",
    )
}

# Anonymous page responses cached per URL (the URL carries the language); see ops.page_cache.
PAGE_CACHE_SECONDS = env("PAGE_CACHE_SECONDS")
CDN_MAX_AGE = env("CDN_MAX_AGE")
# What many pages share (navigation, restricted paths, the toolbox catalogue), cached until
# content next changes, independently of whole pages: useful also when a CDN caches the pages.
FRAGMENT_CACHE_SECONDS = env("FRAGMENT_CACHE_SECONDS")
PAGE_CACHE_EXCLUDED_PREFIXES = (
    f"/{env('ADMIN_PATH').strip('/')}/",
    "/documents/",
    "/healthz",
    "/readyz",
    "/static/",
    "/media/",
)
# A CDN or reverse proxy that accepts HTTP PURGE requests; Wagtail's frontend cache module.
# https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
if env("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
        }
    }

# Background work (search index updates, e-mails): run at once locally; in production a
# database-backed queue drained by `manage.py db_worker`.
# https://docs.wagtail.org/en/stable/advanced_topics/background_tasks.html
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend"
        if env("TASKS_BACKEND") == "database"
        else "django_tasks.backends.immediate.ImmediateBackend"
    }
}

# https://django-environ.readthedocs.io/en/latest/types.html#environ-env-email-url
vars().update(env.email_url("EMAIL_URL"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Seconds; a hanging mail server must not hang the request that sends a form.
EMAIL_TIMEOUT = 10

# Search: Wagtail's database backend by default; Elasticsearch when ELASTICSEARCH_URL is set.
# https://docs.wagtail.org/en/stable/topics/search/backends.html
if env("ELASTICSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            # Wagtail's Elasticsearch 8 backend plus German/English analyzers (search app).
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [env("ELASTICSEARCH_URL")],
            "INDEX_PREFIX": "portal_",
            "TIMEOUT": 5,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Machine translation in wagtail-localize's editor: DeepL (formal register) when a key is set.
# https://wagtail-localize.org/stable/how-to/integrations/machine-translation/
if env("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env("DEEPL_API_KEY"), "FORMALITY": "prefer_more"},
    }
# Submitting a live page for translation creates an English draft, not a live copy of the
# German text: the translation goes live only when someone with publish rights publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

WAGTAIL_SITE_NAME = "Stadt.Klima.Wissen"
PUBLIC_URL = env("PUBLIC_URL")
# Wagtail's own absolute URLs (notification e-mails, the API's detail_url) use the same address.
WAGTAILADMIN_BASE_URL = PUBLIC_URL
ADMIN_PATH = env("ADMIN_PATH").strip("/")
# Wagtail fetches default avatars from a third-party host (Gravatar); GDPR says no.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Shared-password page privacy stores passwords in plain text.
# (WAGTAIL_PRIVACY_OPTIONS is not a Wagtail setting; these two are.)
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
# mp4, webm and vtt: the sign-language videos and their captions (accessibility app).
WAGTAILDOCS_EXTENSIONS = [
    *("pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "csv", "txt", "zip"),
    *("mp4", "webm", "vtt"),
]
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024

# Governance: roles, moderation, admin protection, uploads (see ``governance``).
# Axes checks every login first: 5 failures lock that username from that IP for 30 minutes,
# never the whole site. https://django-axes.readthedocs.io/en/latest/4_configuration.html
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = env("AXES_ENABLED")
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "governance.lockout.lockout_response"
# The same client address as the form rate limits: behind TRUSTED_PROXY_COUNT proxies.
AXES_CLIENT_IP_CALLABLE = "ops.client_ip.client_ip"
# Staff sessions end after 8 hours, or when the browser closes unless "remember me" is ticked.
SESSION_COOKIE_AGE = env("SESSION_COOKIE_AGE")
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# Optional TOTP two-factor login for staff who enrolled a device (``governance.two_factor``).
ADMIN_TWO_FACTOR = env("ADMIN_TWO_FACTOR")
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Sign-in fields that browsers and password managers may fill (WCAG 2.2, 3.3.8); see
# https://docs.wagtail.org/en/stable/extending/customizing_admin_templates.html#custom-login-form
WAGTAILADMIN_USER_LOGIN_FORM = "governance.login.AccessibleLoginForm"
# Documents go through Wagtail's serve view, which enforces private collections.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
DOCUMENT_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "governance.uploads.DocumentForm"
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# The licence of the open-data exports and the API: a key of ``opendata.licences.LICENCES``.
OPEN_DATA_LICENCE = env("OPEN_DATA_LICENCE")
WAGTAILAPI_BASE_URL = PUBLIC_URL

# Enquiry forms (contact, peer-to-peer registration): GDPR retention and abuse protection.
FORM_SUBMISSION_RETENTION_DAYS = env("FORM_SUBMISSION_RETENTION_DAYS")
# Days a declined or inactive peer-exchange case is kept after its last status change; the
# purge (``purge_form_submissions``) deletes older ones with their history (GDPR Art. 5(1)(e)).
EXCHANGE_CASE_RETENTION_DAYS = env("EXCHANGE_CASE_RETENTION_DAYS")
# Days the anonymous search statistics are kept (search.statistics).
SEARCH_STATISTICS_RETENTION_DAYS = env("SEARCH_STATISTICS_RETENTION_DAYS")
ENQUIRY_RATE_LIMIT = env("ENQUIRY_RATE_LIMIT")  # form posts per client and window
ENQUIRY_RATE_LIMIT_WINDOW = env("ENQUIRY_RATE_LIMIT_WINDOW")  # seconds
ENQUIRY_MIN_FILL_SECONDS = env("ENQUIRY_MIN_FILL_SECONDS")  # faster posts are bots
# Reverse proxies in front of the app that append to X-Forwarded-For; 0 = use REMOTE_ADDR.
TRUSTED_PROXY_COUNT = env("TRUSTED_PROXY_COUNT")

# Warnings and errors to the console; Wagtail's per-task INFO lines would drown them.
# LOG_FORMAT=json gives one JSON object per line with the request id (production default).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "ops.request_id.RequestIdFilter"}},
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"},
        "json": {"()": "ops.request_id.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": env("LOG_FORMAT") or "text",
        }
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL")},
}
