"""News URLs outside the page tree, inside the language prefix."""

from django.urls import re_path

from . import views

app_name = "news"

urlpatterns = [
    re_path(r"^feeds/news\.(?P<kind>rss|atom)$", views.news_feed, name="feed"),
]
