"""Moving a booking: what is proposed (same kind, free, own space for a change of time) and an agent's bookings."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from booking_site import make_site

from nomad_desktop.clock import set_clock
from nomad_desktop.services import bookings
from nomad_desktop.services.booking_moves import move_choices, move_start, period_instants
from nomad_desktop.sitetime import local_instant
from nomad_desktop.store.database import Store

PARIS = "Europe/Paris"
TUESDAY = date(2026, 3, 3)


def at(day: date, hh: int) -> datetime:
    return local_instant(day, time(hh), PARIS)


def test_a_desk_move_starts_from_its_half_day_and_offers_the_free_desks(store: Store) -> None:
    s = make_site(store)
    mine = bookings.book_space(store, space_id=s.desk, agent_id=s.helene, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 12)).value
    bookings.book_space(store, space_id=s.desk2, agent_id=s.francois, starts_at=at(TUESDAY, 13), ends_at=at(TUESDAY, 18))
    start = move_start(store, booking_id=mine.id)
    assert (start.kind, start.day, start.start, start.end) == ("desk", TUESDAY, time(8), time(12))
    assert start.periods == {"morning": (time(8), time(12)), "afternoon": (time(13), time(18)), "day": (time(8), time(18))}
    # Same morning: the other desk is free, its own desk is not offered (nothing would change).
    same = move_choices(store, booking_id=mine.id, day=TUESDAY, start=time(8), end=time(12), timezone=PARIS)
    assert [(c.space.id, c.current) for c in same] == [(s.desk2, False)]
    # The afternoon: the other desk is taken, its own desk can simply change time.
    later = move_choices(store, booking_id=mine.id, day=TUESDAY, start=time(13), end=time(18), timezone=PARIS)
    assert [(c.space.id, c.current) for c in later] == [(s.desk, True)]
    # The whole day overlaps its own morning: the service ignores the booking being moved.
    whole = move_choices(store, booking_id=mine.id, day=TUESDAY, start=time(8), end=time(18), timezone=PARIS)
    assert [(c.space.id, c.current) for c in whole] == [(s.desk, True)]
    moved = bookings.move_booking(store, booking_id=mine.id, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 18)).value
    assert (moved.space_id, moved.ends_at) == (s.desk, at(TUESDAY, 18))


def test_a_room_booked_by_quarter_hours_has_no_named_periods(store: Store) -> None:
    s = make_site(store)
    meeting = bookings.book_space(store, space_id=s.room, agent_id=s.helene, starts_at=at(TUESDAY, 9),
                                  ends_at=at(TUESDAY, 10)).value
    assert move_start(store, booking_id=meeting.id).periods == {}
    assert period_instants(TUESDAY, time(22), time.max, PARIS)[1] == local_instant(date(2026, 3, 4), time(0), PARIS)


def test_an_agents_bookings_upcoming_soonest_first_and_past_latest_first(store: Store) -> None:
    s = make_site(store)
    first = bookings.book_space(store, space_id=s.desk, agent_id=s.helene, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 12)).value
    second = bookings.book_space(store, space_id=s.room, agent_id=s.helene, starts_at=at(date(2026, 3, 4), 9),
                                 ends_at=at(date(2026, 3, 4), 10)).value
    bookings.book_space(store, space_id=s.desk2, agent_id=s.francois, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 12))
    bookings.cancel_booking(store, booking_id=second.id)
    upcoming = bookings.list_agent_bookings(store, agent_id=s.helene)
    assert [(b.id, b.status, b.person_name) for b in upcoming] == [
        (first.id, "confirmed", "Hélène Dupré"), (second.id, "cancelled", "Hélène Dupré")]
    assert bookings.list_agent_bookings(store, agent_id=s.helene, upcoming=False) == []
    set_clock(lambda: datetime(2026, 3, 5, 7, 0, tzinfo=UTC))
    assert [b.id for b in bookings.list_agent_bookings(store, agent_id=s.helene, upcoming=False)] == [second.id, first.id]
    assert bookings.list_agent_bookings(store, agent_id=s.helene) == []
