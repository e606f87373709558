"""The municipality overview: a list grouped by federal state and a self-hosted map."""

import math
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from places import geo
from places.relations import relations
from tests.factories.projects import ProjectIndexPageFactory, ProjectPageFactory, partner
from tests.factories.taxonomy import MunicipalityFactory, translate

pytestmark = pytest.mark.django_db


def test_overview_lists_every_municipality_in_the_visitors_language(client, english_index):
    bonn = MunicipalityFactory(name="Bonn", slug="bonn", federal_state="NW")
    translate(bonn, "en", name="Bonn (Rhine)")
    MunicipalityFactory(name="Görlitz", slug="goerlitz", federal_state="SN")

    response = client.get("/en/municipalities/")

    names = [entry.municipality.name for entry in response.context["entries"]]
    assert names == ["Bonn (Rhine)", "Görlitz"]
    assert '<a href="/en/municipalities/bonn/">Bonn (Rhine)</a>' in response.text


def test_overview_groups_municipalities_by_federal_state(client, index):
    MunicipalityFactory(name="Bonn", slug="bonn", federal_state="NW")
    MunicipalityFactory(name="Köln", slug="koeln", federal_state="NW")
    MunicipalityFactory(name="Ulm", slug="ulm", federal_state="BW")

    response = client.get("/kommunen/")

    groups = [
        (g.name, [e.municipality.name for e in g.entries]) for g in response.context["states"]
    ]
    assert groups == [("Baden-Württemberg", ["Ulm"]), ("Nordrhein-Westfalen", ["Bonn", "Köln"])]


def test_overview_counts_the_projects_of_each_municipality(client, homes, index, ulm):
    projects = ProjectIndexPageFactory(parent=homes["de"])
    for _ in range(2):
        ProjectPageFactory(parent=projects, partners=[partner(ulm)])

    response = client.get("/kommunen/")

    counts = {item.label: item.count for item in response.context["entries"][0].counts}
    assert counts["projects.projectpage"] == 2


def test_map_has_a_named_focusable_link_inside_the_view_box_per_municipality(client, index):
    MunicipalityFactory(name="Flensburg", slug="flensburg", latitude="54.7836", longitude="9.4321")
    MunicipalityFactory(name="Görlitz", slug="goerlitz", latitude="51.1526", longitude="14.9873")
    MunicipalityFactory(
        name="Oberstdorf", slug="oberstdorf", latitude="47.4099", longitude="10.2797"
    )

    svg = re.search(
        r'<svg class="places-map__svg".*?</svg>', client.get("/kommunen/").text, re.S
    ).group(0)

    width, height = (float(v) for v in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups())
    links = re.findall(
        r'<a class="places-map__link" href="([^"]+)" aria-label="([^"]+)">.*?'
        r'cx="([\d.]+)" cy="([\d.]+)"',
        svg,
        re.S,
    )
    assert sorted((href, name) for href, name, _x, _y in links) == [
        ("/kommunen/flensburg/", "Flensburg"),
        ("/kommunen/goerlitz/", "Görlitz"),
        ("/kommunen/oberstdorf/", "Oberstdorf"),
    ]
    assert all(0 < float(x) < width and 0 < float(y) < height for _h, _n, x, y in links)


def test_map_outline_is_drawn_from_the_stored_polygon():
    assert 60 <= len(geo.outline()) <= 150
    assert geo.outline_path().startswith("M") and geo.outline_path().endswith("Z")


def test_municipalities_without_coordinates_are_listed_but_not_mapped(client, index):
    MunicipalityFactory(name="Irgendwo", slug="irgendwo", latitude=None, longitude=None)

    response = client.get("/kommunen/")

    assert [e.municipality.name for e in response.context["entries"]] == ["Irgendwo"]
    assert response.context["mapped"] == []


def test_relations_are_found_through_the_apps_registry():
    paths = {relation.label: relation.paths for relation in relations()}

    assert paths["projects.projectpage"] == ("partners__municipality",)
    assert paths["toolbox.toolpage"] == ("practice_examples",)
    assert set(paths["news.eventpage"]) == {"municipality", "municipalities"}
    assert paths["news.newspage"] == ("municipalities",)


def overview_queries(client) -> int:
    client.get("/kommunen/")  # warms the site and locale caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/kommunen/").status_code == 200
    return len(queries)


def test_overview_query_count_does_not_grow_with_the_municipalities(client, homes, index):
    projects = ProjectIndexPageFactory(parent=homes["de"])

    def add(count):
        for _ in range(count):
            municipality = MunicipalityFactory()
            ProjectPageFactory(parent=projects, partners=[partner(municipality)])

    add(3)
    few = overview_queries(client)
    add(20)
    assert overview_queries(client) == few


def test_neighbouring_map_points_are_spread_so_none_covers_another():
    side = 2 * geo.POINT_RADIUS + geo.POINT_GAP
    crowded = [(300.0, 300.0), (304.0, 306.0), (300.0, 300.0), (500.0, 100.0)]

    spread = geo.spread(crowded)

    assert spread[3] == (500.0, 100.0)
    for i, first in enumerate(spread):
        for second in spread[i + 1 :]:
            assert abs(first[0] - second[0]) >= side or abs(first[1] - second[1]) >= side
    assert all(math.dist(old, new) < 2 * side for old, new in zip(crowded, spread, strict=True))
