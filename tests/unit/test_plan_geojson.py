"""GeoJSON/IMDF exchange: a floor exported and imported on another floor comes back identical;
malformed files are refused without touching the floor."""

from __future__ import annotations

import json

import pytest

from nomad_desktop.errors import ValidationError
from nomad_desktop.services import floors as floor_services
from nomad_desktop.services import sites as site_services
from nomad_desktop.services import spaces as space_services
from nomad_desktop.store.database import Store


def _two_floors(store: Store) -> tuple[str, str]:
    site_services.create_site(store, code="T", name="Test")
    building = site_services.create_building(store, code="A", name="A").value
    first = site_services.create_floor(store, building_id=building.id, name="RDC", width_m=20, height_m=10).value
    second = site_services.create_floor(store, building_id=building.id, name="1er", level=1, width_m=20, height_m=10).value
    space_services.create_space(store, floor_id=first.id, kind="zone", name="Zone A", geometry=[[0, 0], [10, 0], [10, 5], [0, 5]])
    space_services.create_space(store, floor_id=first.id, kind="desk", name="Poste 1", geometry=[[1, 1], [2.6, 1], [2.6, 1.8], [1, 1.8]], rotation=90)
    space_services.create_space(store, floor_id=first.id, kind="meeting_room", name="Salle Foch", geometry=[[12, 0], [16, 0], [16, 4], [12, 4]])
    return first.id, second.id


def test_floor_round_trips_through_geojson_with_imdf_feature_types(store: Store) -> None:
    first, second = _two_floors(store)
    data = floor_services.export_floor_geojson(store, floor_id=first)
    collection = json.loads(data)
    types = sorted(f["feature_type"] for f in collection["features"])
    assert types == ["fixture", "level", "section", "unit"]
    room = next(f for f in collection["features"] if f["feature_type"] == "unit")
    assert room["properties"]["category"] == "conferenceroom"
    assert room["geometry"]["coordinates"][0][0] == room["geometry"]["coordinates"][0][-1]  # closed ring
    assert floor_services.import_floor_geojson(store, floor_id=second, data=data).value == 3
    def shape(floor_id: str) -> list:
        return sorted((s.kind, s.name, s.geometry, s.rotation) for s in space_services.list_spaces(store, floor_id=floor_id))
    assert shape(second) == shape(first)


@pytest.mark.parametrize("data", [
    b"{not json", b"[]", b'{"type": "FeatureCollection", "features": 3}',
    b'{"type": "FeatureCollection", "features": [{"feature_type": "unit", "geometry": {"type": "Polygon", "coordinates": [[["a", 1]]]}}]}',
    b"[" * 100_000 + b"]" * 100_000,
], ids=["not-json", "not-a-collection", "features-not-a-list", "bad-coordinates", "deep-nesting"])
def test_malformed_geojson_is_refused_and_the_floor_unchanged(store: Store, data: bytes) -> None:
    _first, second = _two_floors(store)
    with pytest.raises(ValidationError):
        floor_services.import_floor_geojson(store, floor_id=second, data=data)
    assert space_services.list_spaces(store, floor_id=second) == []
