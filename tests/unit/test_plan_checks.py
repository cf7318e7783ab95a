"""Live checks of a floor drawing and the status of spaces for the plan's live mode."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from nomad_desktop.plans.checks import areas, check_floor, check_pairwise_naive
from nomad_desktop.services import sites as site_services
from nomad_desktop.services import space_status
from nomad_desktop.services import spaces as space_services
from nomad_desktop.services.records import SpaceInfo
from nomad_desktop.store.database import Store


def space(sid: str, kind: str, name: str, x: float, y: float, w: float, h: float, *, capacity: int = 1, zone: str | None = None) -> SpaceInfo:
    geometry = ((x, y), (x + w, y), (x + w, y + h), (x, y + h))
    return SpaceInfo(sid, "f", kind, name, geometry, 0.0, capacity, (), (), kind != "zone", zone, None, "", None)


def test_rooms_sharing_a_wall_pass_but_overlapping_rooms_are_reported() -> None:
    a = space("a", "office", "Bureau 1", 0, 0, 4, 4)
    b = space("b", "office", "Bureau 2", 4, 0, 4, 4)  # shares the wall x = 4
    c = space("c", "meeting_room", "Salle", 7, 0, 4, 4, capacity=4)  # 1 m × 4 m inside b
    issues = check_floor([a, b, c])
    assert [(i.code, set(i.space_ids), i.value) for i in issues] == [("overlap", {"b", "c"}, 4.0)]
    assert check_pairwise_naive([a, b, c]) == 1


def test_desk_outside_its_zone_duplicate_names_and_crowded_room_are_reported() -> None:
    zone = space("z", "zone", "Zone A", 0, 0, 10, 5, capacity=2)
    inside = space("d1", "desk", "Poste 1", 1, 1, 1.6, 0.8, zone="z")
    outside = space("d2", "desk", "Poste 1", 9.5, 1, 1.6, 0.8, zone="z")
    crowded = space("r", "meeting_room", "Salle", 20, 0, 3, 3, capacity=8)
    codes = {(i.code, i.space_ids) for i in check_floor([zone, inside, outside, crowded])}
    assert codes == {
        ("desk_outside_zone", ("d2",)),
        ("duplicate_name", ("d1", "d2")),
        ("capacity_over_area", ("r",)),
    }


def test_desks_touching_each_other_and_zones_holding_desks_are_not_overlaps() -> None:
    zone = space("z", "zone", "Zone", 0, 0, 10, 5, capacity=2)
    d1 = space("d1", "desk", "P1", 1, 1, 1.6, 0.8, zone="z")
    d2 = space("d2", "desk", "P2", 2.6, 1, 1.6, 0.8, zone="z")
    assert check_floor([zone, d1, d2]) == []


def test_self_crossing_outline_is_checked_without_crashing() -> None:
    bow = SpaceInfo("x", "f", "office", "Noeud", ((0, 0), (4, 4), (4, 0), (0, 4)), 0.0, 1, (), (), True, None, None, "", None)
    assert isinstance(check_floor([bow, space("a", "office", "A", 0, 0, 4, 4)]), list)


def test_areas_sum_rooms_and_zones_and_bookable_capacity() -> None:
    summary = areas([space("a", "office", "A", 0, 0, 4, 5), space("z", "zone", "Z", 5, 0, 10, 5, capacity=3),
                     space("d", "desk", "D", 6, 1, 1.6, 0.8, zone="z")])
    assert summary.rooms_m2 == 20.0
    assert summary.zones_m2 == 50.0
    assert summary.by_space["d"] == 1.28
    assert summary.capacity == 2


def test_demo_floors_are_drawn_without_issues(store: Store) -> None:
    from nomad_desktop.demo.generator import generate_demo_site

    generate_demo_site(store)
    demo_store = store
    for building in site_services.list_buildings(demo_store):
        for floor in building.floors:
            assert check_floor(space_services.list_spaces(demo_store, floor_id=floor.id)) == []


def _floor_and_desk(store: Store) -> tuple[str, str]:
    site_services.create_site(store, code="T", name="Test", timezone="America/Cayenne")
    building = site_services.create_building(store, code="A", name="A").value
    floor = site_services.create_floor(store, building_id=building.id, name="RDC", level=0, width_m=20, height_m=10).value
    desk = space_services.create_space(
        store, floor_id=floor.id, kind="desk", name="Poste 1", geometry=[[1, 1], [2.6, 1], [2.6, 1.8], [1, 1.8]]
    ).value
    return floor.id, desk.id


def test_status_follows_bookings_check_in_and_out_of_service_in_site_time(store: Store) -> None:
    from nomad_desktop.model import Booking, OutOfServicePeriod
    from nomad_desktop.services.outbox import create_row

    floor_id, desk_id = _floor_and_desk(store)
    day = date(2026, 3, 2)
    assert space_status.floor_status(store, floor_id=floor_id, day=day, period="morning").by_space[desk_id].status == "free"
    # 08:00–12:00 in Cayenne is 11:00–15:00 UTC.
    with store.write() as session:
        booking = create_row(session, Booking, space_id=desk_id, starts_at=datetime(2026, 3, 2, 11, tzinfo=UTC),
                             ends_at=datetime(2026, 3, 2, 15, tzinfo=UTC), status="confirmed")
        booking_id = booking.id
    status = space_status.floor_status(store, floor_id=floor_id, day=day, period="morning")
    assert status.by_space[desk_id].status == "booked"
    assert space_status.floor_status(store, floor_id=floor_id, day=day, period="afternoon").by_space[desk_id].status == "free"
    with store.write() as session:
        session.get(Booking, booking_id).status = "checked_in"
    assert space_status.floor_status(store, floor_id=floor_id, day=day, period="morning").counts()["occupied"] == 1
    with store.write() as session:
        create_row(session, OutOfServicePeriod, space_id=desk_id, starts_at=datetime(2026, 3, 1, tzinfo=UTC),
                   ends_at=datetime(2026, 3, 1, tzinfo=UTC) + timedelta(days=3), reason="travaux")
    assert space_status.floor_status(store, floor_id=floor_id, day=day, period="morning").by_space[desk_id].status == "out_of_service"


def test_on_a_sunday_or_a_holiday_an_unbooked_space_is_closed_not_free(store: Store) -> None:
    from nomad_desktop.services import rules as rule_services

    floor_id, desk_id = _floor_and_desk(store)
    rule_services.set_rule(store, closed_weekdays=[5, 6])
    sunday, holiday, monday = date(2026, 3, 1), date(2026, 12, 25), date(2026, 3, 2)
    for day in (sunday, holiday):
        status = space_status.floor_status(store, floor_id=floor_id, day=day, period="morning")
        assert status.closed and status.by_space[desk_id].status == "closed"
        assert status.counts()["free"] == 0 and status.counts()["closed"] == 1
    assert space_status.floor_status(store, floor_id=floor_id, day=monday, period="morning").by_space[desk_id].status == "free"


def test_deleted_space_comes_back_with_its_id_on_restore(store: Store) -> None:
    floor_id, desk_id = _floor_and_desk(store)
    space_services.delete_spaces(store, space_ids=[desk_id])
    assert space_services.list_spaces(store, floor_id=floor_id) == []
    restored = space_services.restore_spaces(store, space_ids=[desk_id]).value
    assert [s.id for s in restored] == [desk_id]
    assert [s.id for s in space_services.list_spaces(store, floor_id=floor_id)] == [desk_id]


def test_several_spaces_are_updated_in_one_unit_of_work(store: Store) -> None:
    floor_id, desk_id = _floor_and_desk(store)
    other = space_services.create_space(store, floor_id=floor_id, kind="desk", name="Poste 2",
                                        geometry=[[3, 1], [4.6, 1], [4.6, 1.8], [3, 1.8]]).value
    space_services.update_spaces(store, values_by_id={desk_id: {"capacity": 2}, other.id: {"bookable": False}})
    by_id = {s.id: s for s in space_services.list_spaces(store, floor_id=floor_id)}
    assert by_id[desk_id].capacity == 2 and not by_id[other.id].bookable
