import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from projects.models import ProjectScope
from tests.factories.base import ImageFactory, translate_page
from tests.factories.projects import ProjectPageFactory
from tests.factories.taxonomy import TopicFactory, translate

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def topics():
    return {
        "klima": TopicFactory(name="Klimaanpassung", slug="klimaanpassung"),
        "digital": TopicFactory(name="Digitalisierung", slug="digitalisierung"),
    }


@pytest.fixture
def projects(index, topics, today):
    """Four projects: one per status (two running), scopes and topics mixed."""

    def make(title, start, end, scope, *topic_keys):
        return ProjectPageFactory(
            parent=index,
            title=title,
            start_date=start,
            end_date=end,
            scope=scope,
            topics=[topics[key] for key in topic_keys],
        )

    return {
        "running_national": make(
            "Laufend bundesweit", today - 99 * DAY, None, ProjectScope.NATIONWIDE, "klima"
        ),
        "running_local": make(
            "Laufend kommunal",
            today - 9 * DAY,
            today + 9 * DAY,
            ProjectScope.MUNICIPAL,
            "klima",
            "digital",
        ),
        "planned": make("Geplant", today + 9 * DAY, None, ProjectScope.MUNICIPAL, "digital"),
        "finished": make("Abgeschlossen", today - 99 * DAY, today - DAY, ProjectScope.NATIONWIDE),
    }


def titles(response) -> list[str]:
    return re.findall(
        r'<h3 class="card__title"><a href="[^"]*">([^<]*)</a>', response.content.decode()
    )


def option_count(response, name, value) -> int:
    html = response.content.decode()
    match = re.search(
        rf'name="{name}" value="{re.escape(value)}"[^>]*>\s*<span class="filters__label"[^>]*>'
        r'[^<]*</span>\s*<span class="count"><span aria-hidden="true">(\d+)',
        html,
    )
    assert match, (name, value)
    return int(match.group(1))


def test_index_lists_running_then_planned_then_finished_projects(client, index, projects):
    response = client.get(index.url)

    assert response.status_code == 200
    assert titles(response) == [
        "Laufend kommunal",
        "Laufend bundesweit",
        "Geplant",
        "Abgeschlossen",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("topic=klimaanpassung", {"Laufend bundesweit", "Laufend kommunal"}),
        ("topic=digitalisierung", {"Laufend kommunal", "Geplant"}),
        ("status=running", {"Laufend bundesweit", "Laufend kommunal"}),
        ("status=planned", {"Geplant"}),
        ("status=finished", {"Abgeschlossen"}),
        ("scope=municipal", {"Laufend kommunal", "Geplant"}),
        ("scope=nationwide", {"Laufend bundesweit", "Abgeschlossen"}),
        ("scope=regional", set()),
        ("topic=digitalisierung&status=running", {"Laufend kommunal"}),
        ("topic=klimaanpassung&scope=nationwide", {"Laufend bundesweit"}),
        ("status=running&scope=municipal&topic=digitalisierung", {"Laufend kommunal"}),
        ("status=planned&scope=nationwide", set()),
    ],
)
def test_filters_give_exactly_the_matching_projects(client, index, projects, query, expected):
    response = client.get(f"{index.url}?{query}")

    assert response.status_code == 200
    assert set(titles(response)) == expected


def test_each_option_shows_its_number_of_matches(client, index, projects):
    response = client.get(index.url)

    assert option_count(response, "topic", "klimaanpassung") == 2
    assert option_count(response, "topic", "digitalisierung") == 2
    assert option_count(response, "status", "running") == 2
    assert option_count(response, "status", "planned") == 1
    assert option_count(response, "status", "finished") == 1
    assert option_count(response, "scope", "municipal") == 2
    assert option_count(response, "scope", "regional") == 0
    assert option_count(response, "status", "") == 4


def test_option_counts_take_the_other_chosen_filters_into_account(client, index, projects):
    response = client.get(f"{index.url}?topic=digitalisierung&status=running")

    assert option_count(response, "status", "running") == 1
    assert option_count(response, "status", "planned") == 1
    assert option_count(response, "status", "") == 2
    assert option_count(response, "topic", "klimaanpassung") == 2
    assert option_count(response, "topic", "digitalisierung") == 1
    assert option_count(response, "scope", "municipal") == 1
    assert option_count(response, "scope", "nationwide") == 0


def test_chosen_options_are_checked(client, index, projects):
    html = client.get(f"{index.url}?status=planned").content.decode()

    assert 'name="status" value="planned" checked' in html
    assert 'name="status" value="" checked' not in html
    assert 'name="scope" value="" checked' in html


@pytest.mark.parametrize(
    "query",
    [
        "status=someday",
        "scope=galactic",
        "topic=no-such-topic",
        "topic=%3Cscript%3Ealert(1)%3C/script%3E",
        "status=" + "x" * 5000,
        "status=running&status=",
        "scope=%00",
        "page=abc",
        "page=-1",
        "page=9999",
    ],
)
def test_unknown_or_malformed_values_never_fail(client, index, projects, query):
    response = client.get(f"{index.url}?{query}")

    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


@pytest.mark.parametrize(
    "query", ["status=someday", "scope=galactic", "topic=no-such-topic", "topic=a%20b"]
)
def test_unknown_values_are_ignored_with_a_visible_notice(client, index, projects, query):
    response = client.get(f"{index.url}?{query}")

    html = response.content.decode()
    assert 'class="notice notice--warning"' in html
    assert len(titles(response)) == 4


def test_known_values_give_no_notice(client, index, projects):
    html = client.get(f"{index.url}?status=running&scope=municipal").content.decode()

    assert "notice--warning" not in html


def test_topic_without_projects_is_a_valid_filter_with_no_results(client, index, projects):
    TopicFactory(name="Wasser", slug="wasser")

    response = client.get(f"{index.url}?topic=wasser")

    assert "notice--warning" not in response.content.decode()
    assert titles(response) == []
    assert option_count(response, "topic", "wasser") == 0


def test_drafts_private_and_other_language_projects_are_never_listed(
    client, index, english_index, projects
):
    ProjectPageFactory(parent=index, title="Entwurf", live=False)
    private = ProjectPageFactory(parent=index, title="Intern")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    ProjectPageFactory(parent=english_index, title="English only")

    german = client.get(index.url)
    english = client.get(english_index.url)

    assert set(titles(german)) == {p.title for p in projects.values()}
    assert option_count(german, "status", "") == 4
    assert titles(english) == ["English only"]


def test_english_index_lists_english_projects_with_english_topic_names(
    client, english_index, projects, topics
):
    translate(topics["klima"], name="Climate adaptation")
    translate_page(projects["running_national"], "en", title="Running nationwide")

    html = client.get(f"{english_index.url}?topic=klimaanpassung").content.decode()

    assert "Running nationwide" in html
    assert "Climate adaptation" in html
    assert "Klimaanpassung" not in html
    assert "Laufend" not in html


def test_index_is_paginated_by_twelve(client, index):
    for n in range(14):
        ProjectPageFactory(parent=index, title=f"Projekt {n:02d}")

    first = client.get(index.url)
    second = client.get(f"{index.url}?page=2&scope=nationwide")

    assert len(titles(first)) == 12
    assert len(titles(second)) == 2
    assert 'href="?page=2"' in first.content.decode()


def test_listing_items_gives_the_first_live_projects_in_listing_order(index, projects):
    items = index.listing_items(2)

    assert items == [projects["running_local"], projects["running_national"]]
    assert all(item.listing_meta for item in items)


def _queries_for_listing(client, url) -> int:
    client.get(url)  # warm caches and create image renditions first
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_listing_needs_the_same_number_of_queries_for_5_and_50_projects(client, index, topics):
    image = ImageFactory()

    def add(count):
        for _ in range(count):
            ProjectPageFactory(parent=index, image=image, topics=list(topics.values()))

    add(5)
    with_5 = _queries_for_listing(client, index.url)
    filtered_5 = _queries_for_listing(client, f"{index.url}?topic=klimaanpassung&status=finished")
    add(45)
    with_50 = _queries_for_listing(client, index.url)
    filtered_50 = _queries_for_listing(client, f"{index.url}?topic=klimaanpassung&status=finished")

    assert with_5 == with_50
    assert filtered_5 == filtered_50
