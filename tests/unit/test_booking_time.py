"""Time zones and daylight-saving changes: a morning is a morning on the site's clock, overseas too."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from booking_site import make_site

from nomad_desktop.errors import BookingRefused
from nomad_desktop.rules.units import period
from nomad_desktop.services import bookings
from nomad_desktop.services.recurrence import book_series
from nomad_desktop.services.rules import rules_in_force, set_rule
from nomad_desktop.sitetime import local_instant
from nomad_desktop.store.database import Store

PARIS = "Europe/Paris"


def test_morning_keeps_its_wall_clock_hours_across_the_spring_change(store: Store) -> None:
    s = make_site(store, now=datetime(2026, 3, 20, 7, 0, tzinfo=UTC))
    set_rule(store, closed_weekdays=[])
    rules = rules_in_force(store, space_id=s.desk)
    saturday, sunday = date(2026, 3, 28), date(2026, 3, 29)  # Paris goes from UTC+1 to UTC+2 on the 29th
    assert period(saturday, "morning", rules, PARIS) == (datetime(2026, 3, 28, 7, tzinfo=UTC), datetime(2026, 3, 28, 11, tzinfo=UTC))
    assert period(sunday, "morning", rules, PARIS) == (datetime(2026, 3, 29, 6, tzinfo=UTC), datetime(2026, 3, 29, 10, tzinfo=UTC))
    start, end = period(sunday, "morning", rules, PARIS)
    booked = bookings.book_space(store, space_id=s.desk, agent_id=s.helene, starts_at=start, ends_at=end).value
    assert [b.id for b in bookings.list_bookings_for_day(store, day=sunday)] == [booked.id]
    assert bookings.list_bookings_for_day(store, day=saturday) == []


def test_duration_is_real_time_on_the_autumn_night_with_an_extra_hour(store: Store) -> None:
    s = make_site(store, now=datetime(2026, 10, 20, 7, 0, tzinfo=UTC))
    set_rule(store, closed_weekdays=[], opening_time="00:00", closing_time="23:45")
    set_rule(store, space_kind="meeting_room", max_duration_minutes=180)
    night = date(2026, 10, 25)  # 03:00 becomes 02:00 again: 01:00–04:00 lasts four hours
    starts, ends = local_instant(night, time(1), PARIS), local_instant(night, time(4), PARIS)
    assert (ends - starts) == timedelta(hours=4)
    reasons = bookings.why_not(store, space_id=s.room, agent_id=s.helene, starts_at=starts, ends_at=ends)
    assert [r.code for r in reasons] == ["too_long"]
    assert bookings.why_not(store, space_id=s.room, agent_id=s.helene, starts_at=starts,
                            ends_at=local_instant(night, time(3), PARIS)) == []


def test_overseas_site_books_on_its_own_day_and_hours(store: Store) -> None:
    # Nouméa is UTC+11: a Tuesday morning there starts on Monday evening in UTC.
    s = make_site(store, timezone="Pacific/Noumea", now=datetime(2026, 3, 2, 0, 0, tzinfo=UTC))
    tuesday = date(2026, 3, 3)
    starts, ends = local_instant(tuesday, time(8), "Pacific/Noumea"), local_instant(tuesday, time(12), "Pacific/Noumea")
    assert starts == datetime(2026, 3, 2, 21, 0, tzinfo=UTC)
    booked = bookings.book_space(store, space_id=s.desk, agent_id=s.helene, starts_at=starts, ends_at=ends).value
    assert [b.id for b in bookings.list_bookings_for_day(store, day=tuesday)] == [booked.id]
    # 08:00 Paris time is 18:00 in Nouméa: outside the desk's hours there.
    with pytest.raises(BookingRefused) as refused:
        bookings.book_space(store, space_id=s.desk2, agent_id=s.francois, starts_at=local_instant(tuesday, time(8), PARIS),
                            ends_at=local_instant(tuesday, time(12), PARIS))
    assert refused.value.code in {"outside_hours", "unit_half_day", "spans_days"}


def test_weekly_series_stays_at_nine_across_daylight_saving(store: Store) -> None:
    s = make_site(store, now=datetime(2026, 3, 20, 7, 0, tzinfo=UTC))
    result = book_series(store, space_id=s.room, agent_id=s.helene, first_day=date(2026, 3, 23), start=time(9),
                         end=time(10), frequency="weekly", weekdays=(0,), count=2).value
    assert [b.starts_at for b in result.bookings] == [datetime(2026, 3, 23, 8, tzinfo=UTC), datetime(2026, 3, 30, 7, tzinfo=UTC)]
