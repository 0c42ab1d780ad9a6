"""Boundaries for the «jobcenter» package: simplify the BKG VG5000 Kreise for the web.

All 400 Kreise are simplified together with ``shapely.coverage_simplify`` (Visvalingam-
Whyatt on shared edges), so neighbours keep one common border without gaps or overlaps;
per-feature Douglas-Peucker would simplify each side of a border differently. The Länder
are the union of the simplified Kreise of each Land, so both layers match exactly (the
union of the source Kreise equals the VG5000 Länder land area). Coordinates are rounded
to three decimals (about 100 m), degenerate rings dropped, and outer rings made clockwise
again (holes counter-clockwise): the winding order of the source, which Vega expects.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping, shape
from shapely.geometry.polygon import orient

# Square root of the triangle area VW may remove, in degrees. Chosen so that kreise.geojson
# stays under 200 KB; small kreisfreie Städte become coarse (a few vertices).
TOLERANCE = 0.028
DECIMALS = 3

Feature = dict[str, Any]


def _round_ring(coords: Any) -> list[tuple[float, float]]:
    """Round a ring and drop consecutive duplicate points; keep it closed."""
    out: list[tuple[float, float]] = []
    for x, y in coords:
        point = (round(x, DECIMALS), round(y, DECIMALS))
        if not out or point != out[-1]:
            out.append(point)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def _clean_polygon(poly: Polygon) -> Polygon | None:
    """Rounded polygon with a clockwise shell, or None if nothing is left."""
    shell = _round_ring(poly.exterior.coords)
    if len(shell) < 4:
        return None
    holes = [r for r in (_round_ring(i.coords) for i in poly.interiors) if len(r) >= 4]
    cleaned = Polygon(shell, holes)
    if cleaned.is_empty or cleaned.area == 0:
        return None
    return orient(cleaned, sign=-1.0)  # -1: clockwise shell, as in the source


def _polygons(geom: Any) -> list[Polygon]:
    if isinstance(geom, Polygon):
        return [geom]
    return [p for part in getattr(geom, "geoms", []) for p in _polygons(part)]


def _as_lists(value: Any) -> Any:
    """Tuples from shapely's mapping() → lists, so the JSON is plain and stable."""
    if isinstance(value, (list, tuple)):
        return [_as_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: _as_lists(v) for k, v in value.items()}
    return value


def finish(simple: Any, original: Any) -> dict[str, Any]:
    """Round and orient one geometry; fall back to the original if it vanished."""
    parts = [p for p in map(_clean_polygon, _polygons(simple)) if p is not None]
    if not parts:
        parts = [p for p in map(_clean_polygon, _polygons(original)) if p is not None]
    geom = parts[0] if len(parts) == 1 else MultiPolygon(parts)
    return _as_lists(mapping(geom))


def simplified_kreise(source: Path) -> dict[str, Any]:
    """AGS → simplified (unrounded) shapely geometry of every Kreis in ``source``."""
    features = json.loads(source.read_text(encoding="utf-8"))["features"]
    shapes = np.array([shape(f["geometry"]) for f in features], dtype=object)
    simple = shapely.coverage_simplify(shapes, TOLERANCE)
    return {f["properties"]["AGS"]: g for f, g in zip(features, simple, strict=True)}


def kreis_features(kreise: dict[str, Any], names: dict[str, str]) -> list[Feature]:
    """One feature per Kreis, properties {ags, name}, sorted by ags."""
    return [
        {"type": "Feature", "properties": {"ags": ags, "name": names[ags]},
         "geometry": finish(kreise[ags], kreise[ags])}
        for ags in sorted(kreise)
    ]


def land_features(kreise: dict[str, Any], laender: dict[str, str]) -> list[Feature]:
    """One feature per Land (union of its simplified Kreise), sorted by land_code."""
    out = []
    for code in sorted(laender):
        union = shapely.union_all([g for ags, g in sorted(kreise.items()) if ags[:2] == code])
        out.append({"type": "Feature",
                    "properties": {"land_code": code, "land": laender[code]},
                    "geometry": finish(union, union)})
    return out


def write_features(features: list[Feature], target: Path) -> int:
    """Write a compact, deterministic FeatureCollection; return its size in bytes."""
    text = json.dumps({"type": "FeatureCollection", "features": features},
                      ensure_ascii=False, separators=(",", ":")) + "\n"
    target.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))


def outer_rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    """The outer ring of every polygon of a GeoJSON geometry."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    return [poly[0] for poly in geometry["coordinates"]]


def is_clockwise(ring: list[list[float]]) -> bool:
    """Shoelace sign in lon/lat: negative signed area = clockwise."""
    pairs = itertools.pairwise(ring)
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairs) < 0


