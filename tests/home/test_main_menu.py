"""The main navigation can link the topic overview (a view outside the page tree) and marks
it as current on the overview and on every topic page, in both languages."""

import re

from wagtail.models import Locale

import pytest

from home.models import MainMenu
from tests.factories.taxonomy import TopicFactory, translate

pytestmark = pytest.mark.django_db


def menu_with_topics(language: str, url: str, label: str) -> MainMenu:
    menu = MainMenu(
        locale=Locale.objects.get(language_code=language),
        links=[("link", {"page": None, "external_url": url, "label": label})],
    )
    menu.save()
    menu.save_revision().publish()
    return menu


def topics_link(html: str, label: str) -> str:
    return re.search(rf'<a href="[^"]*"[^>]*>{label}</a>', html).group(0)


@pytest.fixture
def heat(homes):
    topic = TopicFactory(name="Hitze", slug="hitze")
    translate(topic, name="Heat")
    menu_with_topics("de", "/themen/", "Themen")
    menu_with_topics("en", "/en/topics/", "Topics")
    return topic


def test_the_topic_overview_link_is_current_on_the_overview(client, heat):
    html = client.get("/themen/").content.decode()
    assert 'aria-current="page"' in topics_link(html, "Themen")


def test_the_topic_overview_link_marks_every_topic_page_as_below_it(client, heat):
    html = client.get("/en/topics/hitze/").content.decode()
    assert 'aria-current="true"' in topics_link(html, "Topics")


def test_the_topic_overview_link_is_not_current_elsewhere(client, heat):
    html = client.get("/").content.decode()
    assert "aria-current" not in topics_link(html, "Themen")
