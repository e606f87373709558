"""Wagtail's front-end URLs, with pages routed by ``home.routing`` (one query per path)."""

from django.urls import re_path

from wagtail import urls as wagtail_urls

from .routing import serve

urlpatterns = [
    re_path(pattern.pattern.regex.pattern, serve, name=pattern.name)
    if pattern.name == "wagtail_serve"
    else pattern
    for pattern in wagtail_urls.urlpatterns
]
