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
