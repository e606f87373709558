"""URL configuration: admin and documents outside the language prefix, pages inside it.

German pages have no prefix (``/``), English pages live under ``/en/``.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.staticfiles.urls import staticfiles_urlpatterns
from django.urls import include, path, re_path
from django.views.static import serve as serve_file

from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from opendata import seo as opendata_seo
from opendata.api import api_router
from ops import csp, health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("csp-report/", csp.csp_report, name="csp_report"),
    path(f"{settings.ADMIN_PATH}/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("robots.txt", opendata_seo.robots_txt, name="robots_txt"),
    path("sitemap.xml", opendata_seo.sitemap_xml, name="sitemap_xml"),
    path("", include("enquiries.urls")),  # the page feedback, answered in the page's language
]

if settings.DEBUG:
    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or settings.SERVE_MEDIA:
    urlpatterns.append(
        re_path(r"^media/(?P<path>.*)$", serve_file, {"document_root": settings.MEDIA_ROOT})
    )

urlpatterns += i18n_patterns(
    path("", include("opendata.urls")),
    path("", include("search.urls")),
    path("", include("news.urls")),
    path("", include("home.urls")),
    prefix_default_language=False,
)
