"""Property: the day's availability, the search and the grid (computed from one read of the
period's bookings, per booking row) agree with a plain space-by-space reference, whatever the
bookings, statuses, out-of-service periods and per-space rules."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from booking_site import BookingSite, make_site
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from nomad_desktop.model import Booking, OutOfServicePeriod, Space
from nomad_desktop.rules.check import day_refusals, places
from nomad_desktop.services.availability import booking_grid, search_availability
from nomad_desktop.services.booking_checks import peak_overlap
from nomad_desktop.services.outbox import insert_row
from nomad_desktop.services.rules import remove_rule, rules_in_force, set_rule
from nomad_desktop.sitetime import local_instant
from nomad_desktop.store.database import Store

PARIS = "Europe/Paris"
NOW = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
MONDAY = date(2026, 3, 2)
NAMES = ("desk", "desk2", "room", "gym", "office")

# A booking as sync may bring it: any quarter-hour period of a day, any status; often starting or
# ending right on an opening, closing, midday or searched boundary, where off-by-one errors hide.
edges = st.sampled_from([7 * 4, 8 * 4, 9 * 4, 10 * 4, 12 * 4, 13 * 4, 14 * 4, 18 * 4, 20 * 4, 21 * 4])
days = st.sampled_from([0, 1, 1, 2]) | st.integers(0, 6)  # crowded days: bookings meet
booking_rows = st.tuples(
    st.sampled_from((*NAMES, "gym", "gym")), days, edges | st.integers(6 * 4, 21 * 4), st.sampled_from([4, 16, 20]) | st.integers(1, 12 * 4),
    st.sampled_from(["confirmed", "confirmed", "checked_in", "cancelled", "no_show"]),
)
outage_rows = st.lists(st.tuples(st.sampled_from(NAMES), st.integers(0, 6), st.integers(0, 23), st.integers(1, 30)),
                       max_size=2)
WINDOWS = (None, (time(9), time(10)), (time(13), time(18)), (time(7), time(8)), (time(20), time(21)), (time(10), time(14)))


def _instant(day_offset: int, quarters: int) -> datetime:
    day = MONDAY + timedelta(days=day_offset)
    return local_instant(day, time(0), PARIS) + timedelta(minutes=15 * quarters)


def _reference(store: Store) -> Callable[[date, tuple[time, time] | None], dict[str, int]]:
    """Free places of every bookable space over a window of a day (default: its opening hours), space by space."""
    with store.read() as session:
        found = session.scalars(select(Space).where(Space.deleted_at.is_(None), Space.bookable.is_(True))).all()
        spaces = [(s.id, s.kind, s.capacity) for s in found]
        bookings = session.execute(select(Booking.space_id, Booking.starts_at, Booking.ends_at).where(
            Booking.status.in_(["confirmed", "checked_in"]), Booking.deleted_at.is_(None))).all()
        outages = session.execute(select(OutOfServicePeriod.space_id, OutOfServicePeriod.starts_at,
                                         OutOfServicePeriod.ends_at).where(OutOfServicePeriod.deleted_at.is_(None))).all()
    rules = {space_id: rules_in_force(store, space_id=space_id) for space_id, _, _ in spaces}

    def free_places(day: date, window: tuple[time, time] | None) -> dict[str, int]:
        free = {}
        for space_id, kind, capacity in spaces:
            own = rules[space_id]
            start = local_instant(day, window[0] if window else own.opening, PARIS)
            if window:
                end = local_instant(day, window[1], PARIS)
            elif own.closing == time.max:
                end = local_instant(day + timedelta(days=1), time(0), PARIS)
            else:
                end = local_instant(day, own.closing, PARIS)
            if day_refusals(day, own, "") or end <= start:
                free[space_id] = 0
                continue
            if any(o[0] == space_id and o[1] < end and o[2] > start for o in outages):
                free[space_id] = 0
                continue
            taken = [(max(b[1], start), min(b[2], end)) for b in bookings if b[0] == space_id and b[1] < end and b[2] > start]
            free[space_id] = max(places(kind, capacity) - peak_overlap(taken), 0)
        return free

    return free_places


def _grid_reference(store: Store, site: BookingSite) -> None:
    """Each open, in-service cell of the week grid counts the places its bookings take at most."""
    grid = booking_grid(store, first_day=MONDAY, days=7, floor_id=site.floor_id)
    with store.read() as session:
        rows = session.execute(select(Booking.space_id, Booking.starts_at, Booking.ends_at).where(
            Booking.status.in_(["confirmed", "checked_in"]), Booking.deleted_at.is_(None))).all()
        outages = session.execute(select(OutOfServicePeriod.space_id, OutOfServicePeriod.starts_at,
                                         OutOfServicePeriod.ends_at)).all()
    for space, cells in zip(grid.spaces, grid.cells, strict=True):
        rules = rules_in_force(store, space_id=space.id)
        for column, cell in zip(grid.columns, cells, strict=True):
            s, e = column.starts_at, column.ends_at
            assert (cell.state == "closed") == bool(day_refusals(column.day, rules, "")), (space.name, column)
            if cell.state == "closed":
                continue
            out = any(o[0] == space.id and o[1] < e and o[2] > s for o in outages)
            assert (cell.state == "out_of_service") == out, (space.name, column)
            if out:
                continue
            here = [(max(b[1], s), min(b[2], e)) for b in rows if b[0] == space.id and b[1] < e and b[2] > s]
            assert cell.taken == peak_overlap(here), (space.name, column, cell)
            assert (cell.state == "free") == (not here)


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=st.lists(booking_rows, max_size=30), outages=outage_rows, own_rule=st.booleans())
def test_availability_search_and_grid_agree_with_a_space_by_space_reference(
        store: Store, rows: list, outages: list, own_rule: bool) -> None:
    if not hasattr(store, "_booking_site"):
        store._booking_site = make_site(store, now=NOW)  # type: ignore[attr-defined]
    site: BookingSite = store._booking_site  # type: ignore[attr-defined]
    with store.write() as session:  # a fresh calendar for every example
        session.execute(text("DELETE FROM bookings"))
        session.execute(text("DELETE FROM out_of_service_periods"))
        for name, offset, start, quarters, status in rows:
            starts = _instant(offset, start)
            insert_row(session, Booking, space_id=getattr(site, name), agent_id=None, guest_name="Invité",
                       starts_at=starts, ends_at=min(starts + timedelta(minutes=15 * quarters), _instant(offset + 1, 0)),
                       status=status)
        for name, offset, hour, hours in outages:
            starts = _instant(offset, hour * 4)
            insert_row(session, OutOfServicePeriod, space_id=getattr(site, name), starts_at=starts,
                       ends_at=starts + timedelta(hours=hours), reason="Travaux")
    rule_ids = [r.id for r in _own_rules(store)]
    if own_rule and not rule_ids:
        set_rule(store, space_id=site.desk2, opening_time="10:00", closing_time="14:00", closed_weekdays=[2])
    elif not own_rule:
        for rule_id in rule_ids:
            remove_rule(store, rule_id=rule_id)
    reference = _reference(store)
    for day in (MONDAY + timedelta(days=i) for i in range(7)):
        for window in WINDOWS:
            expected = reference(day, window)
            start, end = window or (None, None)
            found = search_availability(store, day=day, start=start, end=end, only_free=False, limit=None)
            assert {r.id: r.free_places for r in found} == expected, (day, window)
            free_first = search_availability(store, day=day, start=start, end=end, limit=None)
            assert [r.id for r in free_first] == [r.id for r in found if r.free_places > 0]  # same ranking, full ones left out
            assert [r.capacity for r in found] == sorted(r.capacity for r in found)  # smallest first
    _grid_reference(store, site)


def _own_rules(store: Store) -> list:
    from nomad_desktop.services.rules import list_rules

    return [r for r in list_rules(store) if r.space_id is not None]
