"""The site generator: the demo site's content and rules, and the large site's counts and cancellation."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from nomad_desktop.clock import set_clock
from nomad_desktop.demo.floorplans import (
    FlexZone,
    FloorProgram,
    Role,
    Rooms,
    centroid,
    contains,
    plan_floor,
)
from nomad_desktop.demo.generator import (
    GenerationCancelled,
    GenerationReport,
    generate_demo_site,
    generate_large_site,
    uuid4_text,
)
from nomad_desktop.model import (
    Agent,
    Booking,
    BookingRule,
    Building,
    Floor,
    OutboxMutation,
    OutOfServicePeriod,
    Site,
    Space,
    Visit,
    Visitor,
)
from nomad_desktop.model.enums import SpaceKind, VisitorCategory
from nomad_desktop.services.agents import search_agents
from nomad_desktop.services.bookings import day_occupancy, list_bookings_for_day
from nomad_desktop.services.sites import list_buildings
from nomad_desktop.sitetime import local_date
from nomad_desktop.store.database import Store
from nomad_desktop.store.migrate import migrate
from nomad_desktop.text import search_key

TODAY = date(2026, 3, 18)  # a Wednesday
NOW = datetime(2026, 3, 18, 9, 30, tzinfo=UTC)  # 10:30 in Paris
TZ = "Europe/Paris"


def new_store(path: Path) -> Store:
    store = Store(path)
    migrate(store)
    return store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, GenerationReport]]:
    store = new_store(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    set_clock(lambda: NOW)
    try:
        report = generate_demo_site(store)  # today defaults to the (frozen) date in Paris
    finally:
        set_clock(None)
    yield store, report
    store.close()


def rows(store: Store, model: type) -> list:
    with store.read() as session:
        return list(session.scalars(select(model)))


# --------------------------------------------------------------------------------------------
# Checks shared by the demo and the large site
# --------------------------------------------------------------------------------------------


def over_capacity(store: Store) -> list[str]:
    """Spaces that hold, at some instant, more bookings (any status) than their capacity.

    A sweep over the stored instants (sortable text): ends sort before starts at the same instant.
    """
    with store.engine.connect() as conn:
        capacity = {space_id: seats for space_id, seats in conn.execute(text("SELECT id, capacity FROM spaces"))}
        changes: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for space_id, start, end in conn.execute(text("SELECT space_id, starts_at, ends_at FROM bookings")):
            changes[space_id] += [(start, 1), (end, -1)]
    full = []
    for space_id, events in changes.items():
        taken = 0
        for _, change in sorted(events):
            taken += change
            if taken > max(capacity[space_id], 1):
                full.append(space_id)
                break
    return full


def double_bookings(store: Store) -> list[str]:
    """Agents with two bookings (any status) overlapping in time."""
    with store.engine.connect() as conn:
        agendas: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for agent_id, start, end in conn.execute(
            text("SELECT agent_id, starts_at, ends_at FROM bookings WHERE agent_id IS NOT NULL")
        ):
            agendas[agent_id].append((start, end))
    twice = []
    for agent_id, bookings in agendas.items():
        bookings.sort()
        if any(later[0] < earlier[1] for earlier, later in pairwise(bookings)):
            twice.append(agent_id)
    return twice


def foreign_key_problems(store: Store) -> list:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA foreign_key_check").all()


# --------------------------------------------------------------------------------------------
# Demo site
# --------------------------------------------------------------------------------------------


def test_demo_report_matches_the_store(demo: tuple[Store, GenerationReport]) -> None:
    store, report = demo
    with store.read() as session:
        def count(model: type) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        assert report.site_id == session.scalars(select(Site.id)).one()
        assert (report.buildings, report.floors, report.agents) == (2, 4, 60)
        assert (count(Building), count(Floor), count(Agent)) == (2, 4, 60)
        assert report.spaces == count(Space)
        assert 130 <= report.spaces <= 170
        assert report.bookings == count(Booking) > 1000
        assert report.visits == count(Visit) == count(Visitor)
        assert 10 <= report.visits <= 14
        assert count(BookingRule) >= 1


def test_demo_site_and_buildings(demo: tuple[Store, GenerationReport]) -> None:
    store, _ = demo
    site = rows(store, Site)[0]
    assert (site.code, site.timezone, site.visit_retention_days) == ("demo", TZ, 90)
    assert "démonstration" in site.name
    buildings = {b.code: b for b in rows(store, Building)}
    assert buildings["A"].name == "Bâtiment A — État-major"
    assert buildings["B"].name == "Bâtiment B — Soutien"
    floors = rows(store, Floor)
    assert sorted((f.building_id == buildings["A"].id, f.level) for f in floors) == [
        (False, 0), (True, 0), (True, 1), (True, 2),
    ]
    assert all(55 <= f.width_m <= 65 and 20 <= f.height_m <= 24 for f in floors)
    assert {f.name for f in floors} == {"Rez-de-chaussée", "1er étage", "2e étage"}


def test_demo_has_every_kind_of_space_with_gym_and_cinema_in_building_b(demo: tuple[Store, GenerationReport]) -> None:
    store, _ = demo
    spaces = rows(store, Space)
    assert {s.kind for s in spaces} == {k.value for k in SpaceKind}
    by_name = {s.name: s for s in spaces}
    assert len(by_name) == len(spaces), "space names are unique"
    assert len({s.label_code for s in spaces}) == len(spaces), "label codes are unique"
    floors = {f.id: f for f in rows(store, Floor)}
    building_b = next(b for b in rows(store, Building) if b.code == "B")
    gym, cinema = by_name["Salle de sport"], by_name["Salle de cinéma"]
    assert (gym.kind, gym.capacity, cinema.kind, cinema.capacity) == ("leisure", 20, "leisure", 40)
    assert floors[gym.floor_id].building_id == floors[cinema.floor_id].building_id == building_b.id
    assert any(s.name.startswith("Salle de réunion ") for s in spaces)
    assert any(s.name.startswith("Bureau A1.") for s in spaces)
    desk_names = [s.name for s in spaces if s.kind == "desk"]
    assert all(len(n) == 6 and n[2] == "-" for n in desk_names), desk_names[:5]  # "A1-B12"


def test_demo_spaces_properties(demo: tuple[Store, GenerationReport]) -> None:
    store, _ = demo
    spaces = rows(store, Space)
    vocabulary = {"screen", "dual_screen", "docking_station", "videoconference", "projector", "whiteboard", "phone"}
    assert set().union(*(s.equipment for s in spaces)) <= vocabulary
    assert set().union(*(s.accessibility for s in spaces)) <= {"wheelchair", "height_adjustable", "hearing_loop"}
    assert any("height_adjustable" in s.accessibility for s in spaces)
    offices = [s for s in spaces if s.kind == "office"]
    personal = [s for s in offices if s.owner_agent_id]
    assert 1 <= len(personal) < len(offices)
    assert len({s.owner_agent_id for s in personal}) == len(personal)
    assert any(not s.bookable for s in spaces if s.kind == "desk"), "some desks are kept out of booking"
    assert all(not s.bookable for s in spaces if s.kind in ("zone", "circulation", "service"))
    assert 1 <= len(rows(store, OutOfServicePeriod)) <= 3
    assert all(p.reason for p in rows(store, OutOfServicePeriod))


def test_demo_geometry_desks_lie_in_their_zone_and_everything_on_its_floor(demo: tuple[Store, GenerationReport]) -> None:
    store, _ = demo
    spaces = {s.id: s for s in rows(store, Space)}
    floors = {f.id: f for f in rows(store, Floor)}
    desks = [s for s in spaces.values() if s.kind == "desk"]
    assert desks
    for desk in desks:
        zone = spaces[desk.zone_id]
        assert zone.kind == "zone" and zone.floor_id == desk.floor_id
        assert contains(zone.geometry, *centroid(desk.geometry)), desk.name
        xs, ys = [p[0] for p in desk.geometry], [p[1] for p in desk.geometry]
        assert sorted((round(max(xs) - min(xs), 2), round(max(ys) - min(ys), 2))) == [0.8, 1.6]
    for space in spaces.values():
        floor = floors[space.floor_id]
        assert len(space.geometry) >= 3
        assert all(0 <= x <= floor.width_m and 0 <= y <= floor.height_m for x, y in space.geometry), space.name
    assert {d.rotation for d in desks} > {0.0}, "back-to-back desks face opposite ways"


def test_demo_agents_have_french_names_with_accents(demo: tuple[Store, GenerationReport]) -> None:
    store, _ = demo
    agents = rows(store, Agent)
    first_names = {a.first_name for a in agents}
    assert {"Hélène", "François", "Zoé", "Loïc"} <= first_names
    assert len({(a.first_name, a.last_name) for a in agents}) == 60
    assert len({a.unit for a in agents}) >= 5
    for agent in agents:
        assert agent.search_key == search_key(agent.first_name, agent.last_name, agent.unit)
        assert agent.email.endswith("@intradef.gouv.fr") and agent.email.isascii()
    found = search_agents(store, query="helene")
    assert found and {a.first_name for a in found} == {"Hélène"}


def test_demo_bookings_respect_capacity_and_agendas(demo: tuple[Store, GenerationReport]) -> None:
    store, _ = demo
    assert over_capacity(store) == []
    assert double_bookings(store) == []


def test_demo_bookings_only_where_allowed(demo: tuple[Store, GenerationReport]) -> None:
    store, _ = demo
    spaces = {s.id: s for s in rows(store, Space)}
    agents = {a.id: a for a in rows(store, Agent)}
    out = rows(store, OutOfServicePeriod)
    bookings = rows(store, Booking)
    for booking in bookings:
        space = spaces[booking.space_id]
        assert space.bookable and space.kind in ("desk", "office", "meeting_room", "leisure"), space.name
        assert booking.starts_at < booking.ends_at
        assert local_date(booking.starts_at, TZ).weekday() < 5
        if space.restricted_units and booking.agent_id:
            assert agents[booking.agent_id].unit in space.restricted_units
        if space.owner_agent_id:
            assert booking.agent_id != space.owner_agent_id
        for period in out:
            if period.space_id == booking.space_id:
                assert booking.ends_at <= period.starts_at or booking.starts_at >= period.ends_at
    kinds = Counter(spaces[b.space_id].kind for b in bookings)
    assert set(kinds) == {"desk", "office", "meeting_room", "leisure"}
    sessions = Counter((b.space_id, b.starts_at) for b in bookings if spaces[b.space_id].kind == "leisure")
    assert max(sessions.values()) > 1, "gym and cinema sessions gather several agents"
    assert any(b.series_id for b in bookings)
    assert any(b.agent_id is None and b.guest_name for b in bookings)


def test_demo_bookings_follow_time(demo: tuple[Store, GenerationReport]) -> None:
    store, _ = demo
    bookings = rows(store, Booking)
    days = {local_date(b.starts_at, TZ) for b in bookings}
    assert min(days) <= TODAY - timedelta(days=14) and max(days) >= TODAY + timedelta(days=14)
    assert max(days) <= TODAY + timedelta(days=21) and min(days) >= TODAY - timedelta(days=21)
    past = [b for b in bookings if b.ends_at <= NOW]
    future = [b for b in bookings if b.starts_at > NOW]
    past_statuses = Counter(b.status for b in past)
    assert past_statuses["checked_in"] > 0.7 * len(past)
    assert past_statuses["no_show"] > 0 and past_statuses["cancelled"] > 0
    assert past_statuses["confirmed"] == 0
    assert all(b.checked_in_at is not None and b.starts_at <= b.checked_in_at <= b.ends_at
               for b in bookings if b.status == "checked_in")
    assert all(b.checked_in_at is None for b in bookings if b.status in ("confirmed", "no_show"))
    assert {b.status for b in future} == {"confirmed", "cancelled"}
    assert all(b.cancel_reason for b in bookings if b.status == "cancelled")
    today = Counter(b.status for b in bookings if local_date(b.starts_at, TZ) == TODAY)
    assert today["checked_in"] > 0 and today["confirmed"] > 0
    assert all(b.updated_at <= NOW for b in bookings)


def test_demo_visits(demo: tuple[Store, GenerationReport]) -> None:
    store, _ = demo
    visits = rows(store, Visit)
    visitors = {v.id: v for v in rows(store, Visitor)}
    agents = {a.id for a in rows(store, Agent)}
    assert {v.category for v in visits} == {c.value for c in VisitorCategory}
    for visit in visits:
        visitor = visitors[visit.visitor_id]
        assert visitor.last_name and visitor.search_key == search_key(visitor.first_name, visitor.last_name, visitor.company)
        assert visit.host_agent_id in agents and visit.purpose
        assert visit.retention_until == visit.expected_at + timedelta(days=90)
        if visit.status in ("checked_in", "checked_out"):
            assert visit.checked_in_at is not None and visit.checked_in_at <= NOW and visit.badge_number
        if visit.status == "checked_out":
            assert visit.checked_out_at is not None and visit.checked_in_at < visit.checked_out_at <= NOW
    on_today = [v for v in visits if local_date(v.expected_at, TZ) == TODAY]
    assert any(v.status == "expected" for v in on_today)
    assert any(v.status == "checked_out" for v in visits if v.expected_at < NOW - timedelta(days=1))
    companies = {visitors[v.visitor_id].company for v in visits}
    assert companies & {"Thales", "Naval Group", "Safran", "Sopra Steria", "Capgemini", "MBDA", "Dassault Aviation",
                        "Airbus Defence and Space", "KNDS France", "Arquus", "Atos", "Nexter"}


def test_demo_is_server_truth_without_outbox(demo: tuple[Store, GenerationReport]) -> None:
    store, _ = demo
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxMutation)) == 0
        for model in (Site, Building, Floor, Space, Agent, Booking, BookingRule, OutOfServicePeriod, Visitor, Visit):
            versions = set(session.scalars(select(model.version)))
            assert versions == {1}, model.__name__
            assert session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_not(None))) == 0


def test_demo_store_is_sound_and_services_read_it(demo: tuple[Store, GenerationReport]) -> None:
    store, _ = demo
    assert store.integrity_check() == "ok"
    assert foreign_key_problems(store) == []
    with store.engine.connect() as conn:  # the load's pragmas were put back on the pooled connection
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        indexes = {row[1] for row in conn.exec_driver_sql("PRAGMA index_list(bookings)")}
    assert {"ix_bookings_space_start", "ix_bookings_start", "ix_bookings_agent_start"} <= indexes
    assert [b.code for b in list_buildings(store)] == ["A", "B"]
    today = list_bookings_for_day(store, day=TODAY)
    assert today and all(b.person_name for b in today)
    occupancy = day_occupancy(store, day=TODAY)
    assert 0 < occupancy.booked <= occupancy.bookable
    assert occupancy.visits_expected >= 3 and occupancy.visits_on_site >= 1


def test_demo_refuses_a_store_that_already_holds_a_site(demo: tuple[Store, GenerationReport]) -> None:
    store, report = demo
    with pytest.raises(ValueError, match="already"):
        generate_demo_site(store)
    with pytest.raises(ValueError, match="already"):
        generate_large_site(store, spaces=100, bookings=10, visits=1)
    assert rows(store, Site)[0].id == report.site_id


def plan_of(store: Store) -> list[tuple]:
    with store.read() as session:
        return [
            (s.name, s.kind, s.label_code, s.geometry, s.rotation, s.capacity, s.equipment, s.bookable)
            for s in session.scalars(select(Space).order_by(Space.label_code))
        ]


def people_of(store: Store) -> list[tuple[str, str, str]]:
    with store.read() as session:
        return sorted(tuple(row) for row in session.execute(select(Agent.first_name, Agent.last_name, Agent.unit)))


def test_demo_is_deterministic_for_a_seed(demo: tuple[Store, GenerationReport], tmp_path: Path) -> None:
    store, report = demo
    set_clock(lambda: NOW)  # the shared fixture puts the real clock back after the test
    again = new_store(tmp_path / "again.sqlite")
    other = new_store(tmp_path / "other.sqlite")
    try:
        assert generate_demo_site(again, today=TODAY) == report
        assert plan_of(again) == plan_of(store)
        assert people_of(again) == people_of(store)
        generate_demo_site(other, today=TODAY, seed=1)
        assert people_of(other) != people_of(store)
    finally:
        again.close()
        other.close()


# --------------------------------------------------------------------------------------------
# Large site
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_large_site_counts_capacity_and_progress(tmp_path: Path) -> None:
    store = new_store(tmp_path / "large.sqlite")
    calls: list[tuple[int, int]] = []
    report = generate_large_site(
        store, today=TODAY, spaces=300, bookings=20_000, visits=1_000, progress=lambda done, total: calls.append((done, total)),
    )
    try:
        assert (report.spaces, report.bookings, report.visits) == (300, 20_000, 1_000)
        assert report.agents == 120
        with store.read() as session:
            assert session.scalar(select(func.count()).select_from(Space)) == 300
            assert session.scalar(select(func.count()).select_from(Booking)) == 20_000
            assert session.scalar(select(func.count()).select_from(Visit)) == 1_000
            assert session.scalar(select(func.count()).select_from(OutboxMutation)) == 0
            kinds = set(session.scalars(select(Space.kind).distinct()))
            assert {"desk", "office", "meeting_room", "leisure", "zone"} <= kinds
            first, last = session.execute(select(func.min(Booking.starts_at), func.max(Booking.starts_at))).one()
            assert first < NOW - timedelta(days=30) and last > NOW
            assert last < NOW + timedelta(days=62)
            assert session.scalar(select(func.min(Visit.expected_at))) > NOW - timedelta(days=91)
        assert over_capacity(store) == []
        assert double_bookings(store) == []
        assert foreign_key_problems(store) == []
        assert store.integrity_check() == "ok"
        assert calls and calls[-1][0] == calls[-1][1] >= 21_000
        assert [done for done, _ in calls] == sorted(done for done, _ in calls)
        # The checks above do see a violation.
        with store.write() as session:
            desk_booking = session.scalars(
                select(Booking).join(Space, Space.id == Booking.space_id).where(Space.kind == "desk", Booking.agent_id.is_not(None)).limit(1)
            ).one()
            other_space = session.scalars(select(Space.id).where(Space.id != desk_booking.space_id).limit(1)).one()
            for space_id in (desk_booking.space_id, other_space):
                session.add(Booking(
                    space_id=space_id, agent_id=desk_booking.agent_id, starts_at=desk_booking.starts_at,
                    ends_at=desk_booking.ends_at, status="confirmed", version=1,
                ))
        assert over_capacity(store) == [desk_booking.space_id]
        assert double_bookings(store) == [desk_booking.agent_id]
    finally:
        store.close()


def test_large_site_cancelled_leaves_the_store_empty(tmp_path: Path) -> None:
    store = new_store(tmp_path / "cancelled.sqlite")
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 8

    try:
        with pytest.raises(GenerationCancelled):
            generate_large_site(store, today=TODAY, spaces=300, bookings=100_000, visits=100, cancelled=cancelled)
        with store.read() as session:
            for model in (Site, Space, Agent, Booking, Visit):
                assert session.scalar(select(func.count()).select_from(model)) == 0
        with store.engine.connect() as conn:
            indexes = {row[1] for row in conn.exec_driver_sql("PRAGMA index_list(bookings)")}
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert "ix_bookings_agent_start" in indexes
        # The rolled-back store takes a generation afterwards.
        assert generate_large_site(store, today=TODAY, spaces=100, bookings=500, visits=10).bookings == 500
    finally:
        store.close()


def test_large_site_refuses_tiny_sizes(tmp_path: Path) -> None:
    store = new_store(tmp_path / "tiny.sqlite")
    try:
        with pytest.raises(ValueError):
            generate_large_site(store, spaces=10)
    finally:
        store.close()


# --------------------------------------------------------------------------------------------
# Pieces
# --------------------------------------------------------------------------------------------


def test_uuid4_text_is_a_version_4_uuid() -> None:
    for bits in (0, (1 << 128) - 1, 0x0123456789ABCDEF0123456789ABCDEF):
        assert uuid4_text(bits) == str(uuid.UUID(int=bits, version=4))


def test_floor_plan_rooms_do_not_overlap_and_desks_sit_in_zones() -> None:
    program = FloorProgram(
        north=(Rooms(Role.OFFICE, 4), FlexZone(24.0, (6, 6, 4))),
        core=(Rooms(Role.STAIRS, 1, 4.0), FlexZone(19.2, (6, 6, 6, 6))),
        south=(Rooms(Role.MEETING, 1, 7.2, seats=8), FlexZone(21.6, (4,) * 6)),
    )
    plan = plan_floor(program)
    assert (plan.width_m, plan.height_m) == (60.0, 22.0)
    roles = Counter(s.role for s in plan.spaces)
    assert roles[Role.DESK] == 16 + 24 + 24 and roles[Role.STORAGE] == 3  # leftovers become storage
    rooms = [s for s in plan.spaces if s.role not in (Role.DESK, Role.CORRIDOR)]
    desks = [s for s in plan.spaces if s.role is Role.DESK]

    def box(polygon: list[list[float]]) -> tuple[float, float, float, float]:
        xs, ys = [p[0] for p in polygon], [p[1] for p in polygon]
        return min(xs), min(ys), max(xs), max(ys)

    def overlap(a: list[list[float]], b: list[list[float]]) -> bool:
        ax0, ay0, ax1, ay1 = box(a)
        bx0, by0, bx1, by1 = box(b)
        return min(ax1, bx1) - max(ax0, bx0) > 1e-6 and min(ay1, by1) - max(ay0, by0) > 1e-6

    for group in (rooms, desks):
        for i, a in enumerate(group):
            assert not any(overlap(a.polygon, b.polygon) for b in group[i + 1:]), a
    corridor = plan.spaces[0].polygon
    for space in rooms + desks:
        assert not contains(corridor, *centroid(space.polygon))
    for desk in desks:
        assert contains(plan.spaces[desk.zone].polygon, *centroid(desk.polygon))
    area = sum((box(s.polygon)[2] - box(s.polygon)[0]) * (box(s.polygon)[3] - box(s.polygon)[1]) for s in rooms)
    corridor_area = 60.0 * 1.8 * 2 + 2.0 * 9.4
    assert area + corridor_area == pytest.approx(60.0 * 22.0)


def test_floor_plan_refuses_rows_too_long_and_zones_too_small() -> None:
    with pytest.raises(ValueError):
        plan_floor(FloorProgram(north=(Rooms(Role.OFFICE, 20),), core=(), south=()))
    with pytest.raises(ValueError):
        plan_floor(FloorProgram(north=(FlexZone(4.0, (6, 6)),), core=(), south=()))


def test_demo_statuses_agree_with_the_no_show_release_at_any_hour(tmp_path: Path) -> None:
    """Opening the demo must not release anything: an unattended booking past the delay is already a no-show."""
    from nomad_desktop.services.release import release_no_shows

    for hour in (7, 9, 12, 15, 19):  # UTC: before, during and after the working day in Paris
        instant = datetime(2027, 6, 15, hour, 10, tzinfo=UTC)
        set_clock(lambda instant=instant: instant)
        store = Store(tmp_path / f"demo-{hour}.sqlite")
        migrate(store)
        generate_demo_site(store)
        report = release_no_shows(store, now=instant).value
        store.close()
        assert report.released == 0, f"at {instant}: {report.released} bookings released right after generation"
