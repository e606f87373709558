"""URLs of the visitor services inside the language prefix: sitemap page, open data."""

from django.urls import path, re_path

from . import seo, views

app_name = "opendata"

urlpatterns = [
    path("sitemap/", seo.html_sitemap, name="sitemap"),
    path("open-data/", views.open_data_page, name="index"),
    re_path(
        r"^open-data/(?P<slug>[a-z-]+)\.(?P<fmt>json|csv)$", views.dataset_view, name="dataset"
    ),
]
