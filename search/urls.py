"""Search URLs, inside the language prefix: /suche/ (German) and /en/search/ (English)."""

from django.urls import path

from . import views

urlpatterns = [
    path("suche/", views.search, name="search_de"),
    path("search/", views.search, name="search_en"),
    path("suche/autocomplete/", views.autocomplete, name="search_autocomplete_de"),
    path("search/autocomplete/", views.autocomplete, name="search_autocomplete_en"),
]
