"""A floor's geometry as GeoJSON with IMDF feature types, for exchange with GIS and CAD tools.

`level` is the floor outline, `unit` each room (IMDF categories), `section` each zone and
`fixture` each desk. Coordinates are the floor's local metres (x right, y down), stated in the
collection's `nomad:crs` member: an IMDF archive would need a geographic anchor the ministry's
sites do not publish. Import reads the same shape back, refusing malformed or oversized input.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from nomad_desktop.errors import ValidationError
from nomad_desktop.plans.dxf import PlannedSpace
from nomad_desktop.services.records import FloorInfo, SpaceInfo

MAX_GEOJSON_BYTES = 32 * 1024 * 1024
MAX_FEATURES = 50_000
LOCAL_CRS = "nomad:floor-metres"

#: Our kinds → (IMDF feature type, IMDF category).
IMDF_OF_KIND = {
    "office": ("unit", "office"),
    "meeting_room": ("unit", "conferenceroom"),
    "leisure": ("unit", "fitnessroom"),
    "service": ("unit", "room"),
    "circulation": ("unit", "walkway"),
    "zone": ("section", "office"),
    "desk": ("fixture", "furniture"),
}
KIND_OF_IMDF = {("unit", "office"): "office", ("unit", "conferenceroom"): "meeting_room", ("unit", "fitnessroom"): "leisure",
                ("unit", "walkway"): "circulation", ("unit", "room"): "service", ("section", "office"): "zone",
                ("fixture", "furniture"): "desk"}


def _ring(geometry: Sequence[Sequence[float]]) -> list[list[float]]:
    ring = [[float(x), float(y)] for x, y in geometry]
    return [*ring, ring[0]] if ring and ring[0] != ring[-1] else ring


def export_floor(floor: FloorInfo, spaces: Sequence[SpaceInfo]) -> dict[str, Any]:
    outline = [[0.0, 0.0], [floor.width_m, 0.0], [floor.width_m, floor.height_m], [0.0, floor.height_m]]
    features: list[dict[str, Any]] = [{
        "type": "Feature", "id": floor.id, "feature_type": "level",
        "geometry": {"type": "Polygon", "coordinates": [_ring(outline)]},
        "properties": {"category": "unspecified", "name": {"fr": floor.name}, "ordinal": floor.level, "outdoor": False},
    }]
    for space in spaces:
        feature_type, category = IMDF_OF_KIND.get(space.kind, ("unit", "room"))
        features.append({
            "type": "Feature", "id": space.id, "feature_type": feature_type,
            "geometry": {"type": "Polygon", "coordinates": [_ring(space.geometry)]},
            "properties": {
                "category": category, "name": {"fr": space.name}, "level_id": floor.id,
                "nomad:kind": space.kind, "nomad:capacity": space.capacity, "nomad:rotation": space.rotation,
                "nomad:bookable": space.bookable,
            },
        })
    return {"type": "FeatureCollection", "nomad:crs": LOCAL_CRS, "features": features}


def dumps(collection: dict[str, Any]) -> bytes:
    return json.dumps(collection, ensure_ascii=False, indent=1).encode("utf-8")


def _refuse(detail: str) -> ValidationError:
    return ValidationError(detail, field="geojson")


def import_features(data: bytes) -> list[PlannedSpace]:
    """Spaces described by a GeoJSON file (ours or another tool's using IMDF feature types)."""
    if len(data) > MAX_GEOJSON_BYTES:
        raise _refuse("file too large")
    try:
        collection = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise _refuse("not JSON") from exc
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection" or not isinstance(collection.get("features"), list):
        raise _refuse("not a GeoJSON FeatureCollection")
    features = collection["features"]
    if len(features) > MAX_FEATURES:
        raise _refuse("too many features")
    spaces = []
    for feature in features:
        if not isinstance(feature, dict):
            raise _refuse("malformed feature")
        feature_type = feature.get("feature_type")
        if feature_type == "level":
            continue
        properties = feature.get("properties") or {}
        geometry = feature.get("geometry") or {}
        if not isinstance(properties, dict) or not isinstance(geometry, dict) or geometry.get("type") != "Polygon":
            continue  # points and lines have no place on a floor of spaces
        try:
            ring = [(float(x), float(y)) for x, y, *_ in geometry["coordinates"][0]]
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise _refuse("malformed coordinates") from exc
        if len(ring) > 1 and ring[0] == ring[-1]:
            ring = ring[:-1]
        if len(ring) < 3:
            continue
        kind = properties.get("nomad:kind") or KIND_OF_IMDF.get((feature_type, properties.get("category")), "service")
        name = properties.get("name")
        if isinstance(name, dict):
            name = name.get("fr") or next(iter(name.values()), "")
        rotation = properties.get("nomad:rotation", 0.0)
        spaces.append(PlannedSpace(str(kind), str(name or kind)[:200], [list(p) for p in ring],
                                   float(rotation) if isinstance(rotation, int | float) else 0.0))
    return spaces
