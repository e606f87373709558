"""A self-hosted map of Germany: the outline from ``data/germany.json`` and points for places,
projected equirectangularly (good enough at this scale, and no tile or script host needed)."""

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

OUTLINE_FILE = Path(__file__).parent / "data" / "germany.json"
WIDTH = 600  # the viewBox width; the height follows from the outline's proportions
MARGIN = 16  # room for the points of border towns
# Longitudes shrink with latitude; scaling by the cosine of Germany's middle latitude keeps
# the country's shape undistorted.
CENTRE_LATITUDE = 51.2
X_SCALE = math.cos(math.radians(CENTRE_LATITUDE))


@dataclass(frozen=True)
class Projection:
    """Maps lon/lat to viewBox coordinates for one bounding box."""

    west: float
    north: float
    scale: float
    width: float
    height: float

    def point(self, longitude: float, latitude: float) -> tuple[float, float]:
        x = MARGIN + (longitude - self.west) * X_SCALE * self.scale
        y = MARGIN + (self.north - latitude) * self.scale
        return round(x, 1), round(y, 1)

    def contains(self, x: float, y: float) -> bool:
        return 0 <= x <= self.width and 0 <= y <= self.height


@cache
def outline() -> tuple[tuple[float, float], ...]:
    with OUTLINE_FILE.open(encoding="utf-8") as file:
        return tuple((lon, lat) for lon, lat in json.load(file)["outline"])


@cache
def projection() -> Projection:
    lons = [lon for lon, _lat in outline()]
    lats = [lat for _lon, lat in outline()]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    scale = (WIDTH - 2 * MARGIN) / ((east - west) * X_SCALE)
    height = (north - south) * scale + 2 * MARGIN
    return Projection(west, north, scale, WIDTH, round(height, 1))


@cache
def outline_path() -> str:
    """The SVG path data of the outline."""
    points = [projection().point(lon, lat) for lon, lat in outline()]
    return "M" + " L".join(f"{x},{y}" for x, y in points) + " Z"


def view_box() -> str:
    return f"0 0 {projection().width} {projection().height}"


# The radius of a map point (the template's ``r``) and the free space kept between two points.
POINT_RADIUS = 7
POINT_GAP = 2


def spread(points: list[tuple[float, float]], rounds: int = 50) -> list[tuple[float, float]]:
    """The points, neighbours pushed apart until no two of their squares overlap.

    Nearby towns (Lemgo and Kalletal, say) would otherwise cover each other, and the point
    underneath could not be clicked. Each clash moves both points half the missing distance
    along the axis on which they are already further apart; points stay inside the map.
    """
    side = 2 * POINT_RADIUS + POINT_GAP
    moved = [list(point) for point in points]
    for _ in range(rounds):
        clashed = False
        for i, first in enumerate(moved):
            for second in moved[i + 1 :]:
                dx, dy = second[0] - first[0], second[1] - first[1]
                if abs(dx) >= side or abs(dy) >= side:
                    continue
                clashed = True
                axis = 0 if abs(dx) >= abs(dy) else 1
                delta = dx if axis == 0 else dy
                push = (side - abs(delta)) / 2 + 0.1
                direction = 1 if delta >= 0 else -1
                first[axis] -= direction * push
                second[axis] += direction * push
        if not clashed:
            break
    limits = (projection().width, projection().height)
    return [
        tuple(
            round(min(max(value, POINT_RADIUS), limits[axis] - POINT_RADIUS), 1)
            for axis, value in enumerate(point)
        )
        for point in moved
    ]
