"""Wagtail's front-end URLs, with pages routed by ``home.routing`` (one query per path), and
the topic pages (``home.topic_pages``), which come first."""

from django.urls import path, re_path

from wagtail import urls as wagtail_urls

from .routing import serve
from .topic_pages import topic_detail, topic_index

urlpatterns = [
    path("themen/", topic_index, name="topics_de"),
    path("topics/", topic_index, name="topics_en"),
    path("themen/<slug:slug>/", topic_detail, name="topic_de"),
    path("topics/<slug:slug>/", topic_detail, name="topic_en"),
]
urlpatterns += [
    re_path(pattern.pattern.regex.pattern, serve, name=pattern.name)
    if pattern.name == "wagtail_serve"
    else pattern
    for pattern in wagtail_urls.urlpatterns
]
