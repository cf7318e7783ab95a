"""Property: whatever sequence of book / cancel / move / recur under whatever rules, no space is ever
over capacity, no agent is in two places at once, and nothing a rule forbids is ever accepted."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from booking_site import BookingSite, make_site
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from nomad_desktop.errors import BookingRefused
from nomad_desktop.rules.check import check_request
from nomad_desktop.rules.units import period
from nomad_desktop.services import bookings
from nomad_desktop.services.booking_checks import peak_overlap, space_facts
from nomad_desktop.services.recurrence import book_series
from nomad_desktop.services.rules import rules_in_force, set_rule
from nomad_desktop.sitetime import local_instant
from nomad_desktop.store.database import Store

PARIS = "Europe/Paris"
NOW = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
TODAY = date(2026, 3, 2)

rule_sets = st.fixed_dictionaries({
    "opening_time": st.sampled_from(["07:00", "08:00", "09:00"]),
    "closing_time": st.sampled_from(["20:00", "18:00", "17:00"]),
    "closed_weekdays": st.lists(st.integers(0, 6), max_size=2, unique=True),
    "max_advance_days": st.sampled_from([20, 10, 3]),
    "max_duration_minutes": st.sampled_from([600, 240, 60]),
    "max_active_per_agent": st.sampled_from([8, 4, 1]),
    "guests_allowed": st.sampled_from([True, False]),
})

# Times on the quarter hour, plus a few off-step ones the rules must refuse.
times = st.builds(lambda h, m: time(h, m), st.integers(7, 19), st.sampled_from([0, 15, 30, 45, 0, 30, 10]))
#: What is asked: a named half-day/day period (what desks accept) or a start and a number of quarters.
shapes = st.one_of(
    st.tuples(st.just("period"), st.sampled_from(["morning", "afternoon", "day"])),
    st.tuples(st.just("at"), times, st.integers(1, 8)),
)
who = st.sampled_from(["helene", "francois", "helene", "francois", None])
where = st.sampled_from(["desk", "desk2", "room", "gym", "gym", "office"])
book = st.tuples(st.just("book"), where, who, st.integers(1, 3) | st.sampled_from([-1, 12]), shapes)
cancel = st.tuples(st.just("cancel"), st.integers(0, 50))
move = st.tuples(st.just("move"), st.integers(0, 50), where, st.integers(1, 3), shapes)
recur = st.tuples(st.just("recur"), where, who, st.integers(1, 3), shapes, st.integers(1, 5))
operations = st.lists(st.one_of(book, book, cancel, move, recur), min_size=3, max_size=12)


def _period(site: BookingSite, space_id: str, day: date, shape: tuple) -> tuple[datetime, datetime]:
    if shape[0] == "period":
        return period(day, shape[1], rules_in_force(site.store, space_id=space_id), PARIS)
    starts = local_instant(day, shape[1], PARIS)
    return starts, starts + timedelta(minutes=15 * shape[2])


def _space(site: BookingSite, name: str) -> str:
    return getattr(site, name)


def _agent(site: BookingSite, name: str | None) -> str | None:
    return getattr(site, name) if name else None


def _invariants(site: BookingSite) -> None:
    store = site.store
    with store.read() as session:
        rows = session.execute(text(
            "SELECT b.space_id, b.agent_id, b.starts_at, b.ends_at, CASE s.kind WHEN 'leisure' THEN s.capacity ELSE 1 END FROM bookings b JOIN spaces s ON s.id = b.space_id"
            " WHERE b.status IN ('confirmed', 'checked_in')"
        )).all()
    by_space: dict[str, list] = {}
    by_agent: dict[str, list] = {}
    capacity = {}
    for space_id, agent_id, starts, ends, cap in rows:
        interval = (datetime.fromisoformat(starts), datetime.fromisoformat(ends))
        by_space.setdefault(space_id, []).append(interval)
        capacity[space_id] = cap
        if agent_id:
            by_agent.setdefault(agent_id, []).append(interval)
    for space_id, intervals in by_space.items():
        assert peak_overlap(intervals) <= max(capacity[space_id], 1)
    for intervals in by_agent.values():
        assert peak_overlap(intervals) <= 1


def _assert_allowed(site: BookingSite, space_id: str, agent: str | None, starts: datetime, ends: datetime) -> None:
    """An accepted booking breaks no rule (the quota is checked as a global invariant instead)."""
    rules = rules_in_force(site.store, space_id=space_id)
    with site.store.read() as session:
        from nomad_desktop.model import Space
        facts = space_facts(session.get(Space, space_id))
    agent_unit = {site.helene: "DIRISI", site.francois: "SGA"}.get(agent or "", "")
    from nomad_desktop.rules.check import Request
    refusals = check_request(rules, facts, Request(starts, ends, agent, agent_unit), tz=PARIS, region="", now=NOW)
    assert refusals == [], refusals


# Derandomized: the same 30 examples every run, so the vacuity guard below cannot fail by chance
# (random runs booked anywhere from 2 to 30 times).
@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(desk_unit=st.sampled_from(["half_day", "day"]), site_rules=rule_sets, ops=operations)
def test_random_operations_never_break_capacity_or_rules(store: Store, desk_unit: str, site_rules: dict, ops: list) -> None:
    if not hasattr(store, "_booking_site"):
        store._booking_site = make_site(store, now=NOW)  # type: ignore[attr-defined]
    site: BookingSite = store._booking_site  # type: ignore[attr-defined]
    with store.write() as session:  # a fresh calendar for every example
        session.execute(text("DELETE FROM bookings"))
    set_rule(store, **site_rules)
    set_rule(store, space_kind="desk", unit=desk_unit)
    made: list[str] = []
    for op in ops:
        try:
            if op[0] == "book":
                _, space, person, offset, shape = op
                starts, ends = _period(site, _space(site, space), TODAY + timedelta(days=offset), shape)
                booked = bookings.book_space(store, space_id=_space(site, space), agent_id=_agent(site, person),
                                             guest_name="" if person else "Invité", starts_at=starts, ends_at=ends).value
                _assert_allowed(site, booked.space_id, booked.agent_id, booked.starts_at, booked.ends_at)
                made.append(booked.id)
            elif op[0] == "cancel" and made:
                bookings.cancel_booking(store, booking_id=made[op[1] % len(made)])
            elif op[0] == "move" and made:
                _, index, space, offset, shape = op
                starts, ends = _period(site, _space(site, space), TODAY + timedelta(days=offset), shape)
                moved = bookings.move_booking(store, booking_id=made[index % len(made)], space_id=_space(site, space),
                                              starts_at=starts, ends_at=ends).value
                _assert_allowed(site, moved.space_id, moved.agent_id, moved.starts_at, moved.ends_at)
            elif op[0] == "recur":
                _, space, person, offset, shape, count = op
                first_day = TODAY + timedelta(days=offset)
                starts, ends = _period(site, _space(site, space), first_day, shape)
                local_start, local_end = starts.astimezone(ZoneInfo(PARIS)), ends.astimezone(ZoneInfo(PARIS))
                if local_end.date() != first_day:
                    continue
                result = book_series(store, space_id=_space(site, space), agent_id=_agent(site, person),
                                     guest_name="" if person else "Invité", first_day=first_day,
                                     start=local_start.time(), end=local_end.time(), frequency="daily", count=count).value
                for b in result.bookings:
                    _assert_allowed(site, b.space_id, b.agent_id, b.starts_at, b.ends_at)
                made.extend(b.id for b in result.bookings)
        except BookingRefused as exc:
            REFUSED.append(exc.code)
        _invariants(site)
    # The quota: each booking was checked against its space's limit (the site's, or 3 for the gym).
    with store.read() as session:
        counts = session.execute(text(
            "SELECT agent_id, count(*) FROM bookings WHERE status IN ('confirmed','checked_in') AND agent_id IS NOT NULL"
            " GROUP BY agent_id")).all()
    limit = max(site_rules["max_active_per_agent"], 3)
    for _agent_id, count in counts:
        assert count <= limit
    ACCEPTED.append(len(made))


ACCEPTED: list[int] = []
REFUSED: list[str] = []


def test_the_random_operations_really_booked_something() -> None:
    # Guards the property above against vacuity (every request refused would prove nothing).
    if not ACCEPTED:
        pytest.skip("runs after the property test, in the same session")
    assert sum(ACCEPTED) >= 3 and len(set(REFUSED)) >= 5  # bookings were made, and many rules refused some
