"""Re-importing a revised plan keeps the ids (and so the bookings) of the rooms that stayed."""

from __future__ import annotations

from nomad_desktop.plans.dxf import PlannedSpace
from nomad_desktop.plans.reimport import diff_plan
from nomad_desktop.services import floors as floor_services
from nomad_desktop.services import sites as site_services
from nomad_desktop.services import spaces as space_services
from nomad_desktop.store.database import Store


def rect(x: float, y: float, w: float, h: float) -> list[list[float]]:
    return [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]


def test_revised_plan_keeps_ids_of_moved_rooms_adds_new_and_removes_gone(store: Store) -> None:
    site_services.create_site(store, code="T", name="Test")
    building = site_services.create_building(store, code="A", name="A").value
    floor = site_services.create_floor(store, building_id=building.id, name="RDC", width_m=30, height_m=10).value
    kept = space_services.create_space(store, floor_id=floor.id, kind="office", name="Bureau 1", geometry=rect(0, 0, 4, 4)).value
    moved = space_services.create_space(store, floor_id=floor.id, kind="office", name="Bureau 2", geometry=rect(4, 0, 4, 4)).value
    gone = space_services.create_space(store, floor_id=floor.id, kind="office", name="Bureau 3", geometry=rect(8, 0, 4, 4)).value
    revised = [
        PlannedSpace("office", "Bureau 1", rect(0, 0, 4, 4)),
        PlannedSpace("office", "Bureau 2 bis", rect(4.5, 0, 4, 4)),  # wall moved 50 cm, renamed
        PlannedSpace("meeting_room", "Salle neuve", rect(20, 0, 6, 4)),
    ]
    diff = diff_plan(space_services.list_spaces(store, floor_id=floor.id), revised)
    assert diff.unchanged == 1
    assert [(old.id, new.name) for old, new in diff.changed] == [(moved.id, "Bureau 2 bis")]
    assert [s.name for s in diff.added] == ["Salle neuve"]
    assert [s.id for s in diff.removed] == [gone.id]
    floor_services.apply_revised_plan(store, floor_id=floor.id, diff=diff)
    after = {s.id: s for s in space_services.list_spaces(store, floor_id=floor.id)}
    assert kept.id in after and moved.id in after and gone.id not in after
    assert after[moved.id].geometry[0] == (4.5, 0.0) and after[moved.id].name == "Bureau 2 bis"
    assert sorted(s.name for s in after.values()) == ["Bureau 1", "Bureau 2 bis", "Salle neuve"]
