"""Geometry preparation for maps: coarser outlines where a map is small."""

from __future__ import annotations

from typing import Any

from shapely.geometry import mapping, shape
from shapely.geometry.polygon import orient

_CACHE: dict[tuple[int, float], dict[str, Any]] = {}


def _rounded(coords: Any, digits: int) -> Any:
    if isinstance(coords[0], int | float):
        return [round(c, digits) for c in coords]
    return [_rounded(c, digits) for c in coords]


def _clockwise(geometry: Any) -> Any:
    """Vega expects outer rings clockwise (the opposite of RFC 7946)."""
    if geometry.geom_type == "Polygon":
        return orient(geometry, sign=-1.0)
    return type(geometry)([orient(p, sign=-1.0) for p in geometry.geoms])


def coarse(geojson: dict[str, Any], tolerance: float, digits: int = 2) -> dict[str, Any]:
    """A simplified copy of a FeatureCollection (computed once per object and tolerance)
    for small overview maps; properties are kept."""
    key = (id(geojson), tolerance)
    if key not in _CACHE:
        features = []
        for feature in geojson["features"]:
            geometry = _clockwise(shape(feature["geometry"]).simplify(tolerance))
            geo = mapping(geometry)
            features.append({"type": "Feature", "properties": feature["properties"],
                             "geometry": {"type": geo["type"],
                                          "coordinates": _rounded(geo["coordinates"], digits)}})
        _CACHE[key] = {"type": "FeatureCollection", "features": features}
    return _CACHE[key]
