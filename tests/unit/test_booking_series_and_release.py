"""Recurring bookings (holidays skipped, this-and-following, date ranges) and no-show release with a frozen clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from booking_site import make_site

from nomad_desktop.clock import set_clock
from nomad_desktop.errors import BookingRefused
from nomad_desktop.services import bookings
from nomad_desktop.services.recurrence import book_series, cancel_series, change_series, occurrence_days
from nomad_desktop.services.release import release_no_shows
from nomad_desktop.sitetime import local_instant
from nomad_desktop.store.database import Store

PARIS = "Europe/Paris"


def test_recurrence_days_daily_weekly_until_or_count() -> None:
    assert occurrence_days(first_day=date(2026, 3, 2), frequency="daily", count=3) == [date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)]
    assert occurrence_days(first_day=date(2026, 3, 2), frequency="weekly", weekdays=(1, 3), until=date(2026, 3, 12)) == [
        date(2026, 3, 3), date(2026, 3, 5), date(2026, 3, 10), date(2026, 3, 12)]


def test_daily_series_skips_weekend_and_public_holiday(store: Store) -> None:
    s = make_site(store, now=datetime(2026, 4, 28, 7, 0, tzinfo=UTC))
    result = book_series(store, space_id=s.desk, agent_id=s.helene, first_day=date(2026, 4, 29), start=time(8),
                         end=time(12), frequency="daily", until=date(2026, 5, 5)).value
    days = [b.starts_at.astimezone(UTC).date() for b in result.bookings]
    assert days == [date(2026, 4, 29), date(2026, 4, 30), date(2026, 5, 4), date(2026, 5, 5)]
    assert dict(result.skipped) == {date(2026, 5, 1): "public_holiday", date(2026, 5, 2): "closed_weekday",
                                    date(2026, 5, 3): "closed_weekday"}
    assert {b.series_id for b in result.bookings} == {result.series_id}


def test_a_series_is_all_or_nothing_when_one_day_is_taken(store: Store) -> None:
    s = make_site(store)
    taken = date(2026, 3, 5)
    bookings.book_space(store, space_id=s.desk, agent_id=s.francois, starts_at=local_instant(taken, time(8), PARIS),
                        ends_at=local_instant(taken, time(12), PARIS))
    with pytest.raises(BookingRefused) as refused:
        book_series(store, space_id=s.desk, agent_id=s.helene, first_day=date(2026, 3, 3), start=time(8), end=time(12),
                    frequency="daily", count=5)
    assert refused.value.code == "full" and refused.value.params["day"] == "2026-03-05"
    assert [b for b in bookings.list_bookings_for_day(store, day=date(2026, 3, 3))] == []


def test_cancel_one_following_and_holiday_range(store: Store) -> None:
    s = make_site(store)
    series = book_series(store, space_id=s.room, agent_id=s.helene, first_day=date(2026, 3, 2), start=time(14),
                         end=time(15), frequency="weekly", weekdays=(0, 2), count=8).value
    ids = [b.id for b in series.bookings]
    assert cancel_series(store, series_id=series.series_id, scope="one", booking_id=ids[1], reason="Absente").value == 1
    assert cancel_series(store, series_id=series.series_id, scope="range", from_day=date(2026, 3, 9),
                         to_day=date(2026, 3, 11), reason="Congés").value == 2
    assert cancel_series(store, series_id=series.series_id, scope="following", booking_id=ids[6]).value == 2
    statuses = [bookings.list_bookings_for_day(store, day=b.starts_at.astimezone(UTC).date())[0].status for b in series.bookings]
    assert statuses == ["confirmed", "cancelled", "cancelled", "cancelled", "confirmed", "confirmed", "cancelled", "cancelled"]


def test_change_this_and_following_moves_to_another_room_atomically(store: Store) -> None:
    s = make_site(store)
    series = book_series(store, space_id=s.room, agent_id=s.helene, first_day=date(2026, 3, 2), start=time(9),
                         end=time(10), frequency="weekly", weekdays=(0,), count=3).value
    ids = [b.id for b in series.bookings]
    assert change_series(store, series_id=series.series_id, booking_id=ids[1], scope="following", start=time(10),
                         end=time(11, 30)).value == 2
    days = [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]
    starts = [bookings.list_bookings_for_day(store, day=d)[0].starts_at for d in days]
    assert starts == [local_instant(days[0], time(9), PARIS), local_instant(days[1], time(10), PARIS),
                      local_instant(days[2], time(10), PARIS)]


def test_no_show_is_released_after_the_delay_and_catch_up_is_idempotent(store: Store) -> None:
    s = make_site(store)
    tuesday = date(2026, 3, 3)
    morning = bookings.book_space(store, space_id=s.desk, agent_id=s.helene, starts_at=local_instant(tuesday, time(8), PARIS),
                                  ends_at=local_instant(tuesday, time(12), PARIS)).value
    present = bookings.book_space(store, space_id=s.desk2, agent_id=s.francois, starts_at=local_instant(tuesday, time(8), PARIS),
                                  ends_at=local_instant(tuesday, time(12), PARIS)).value
    set_clock(lambda: local_instant(tuesday, time(9), PARIS))
    bookings.check_in_booking(store, booking_id=present.id)
    assert release_no_shows(store).value.released == 0  # the delay (120 min) has not passed yet
    set_clock(lambda: local_instant(tuesday, time(10), PARIS))
    report = release_no_shows(store).value
    assert report.booking_ids == (morning.id,)
    assert release_no_shows(store).value.released == 0
    by_id = {b.id: b for b in bookings.list_bookings_for_day(store, day=tuesday)}
    assert by_id[morning.id].status == "no_show" and by_id[present.id].status == "checked_in"
    # The place is free again for someone else.
    assert bookings.why_not(store, space_id=s.desk, starts_at=local_instant(tuesday, time(10), PARIS) - timedelta(hours=2),
                            ends_at=local_instant(tuesday, time(12), PARIS)) == []


def test_catch_up_at_start_releases_yesterdays_no_shows(store: Store) -> None:
    s = make_site(store)
    tuesday = date(2026, 3, 3)
    booked = bookings.book_space(store, space_id=s.room, agent_id=s.helene, starts_at=local_instant(tuesday, time(14), PARIS),
                                 ends_at=local_instant(tuesday, time(15), PARIS)).value
    set_clock(lambda: datetime(2026, 3, 4, 7, 0, tzinfo=UTC))  # the app was closed all afternoon
    assert release_no_shows(store).value.booking_ids == (booked.id,)


def test_check_out_frees_the_rest_of_the_slot(store: Store) -> None:
    s = make_site(store)
    tuesday = date(2026, 3, 3)
    room = bookings.book_space(store, space_id=s.room, agent_id=s.helene, starts_at=local_instant(tuesday, time(9), PARIS),
                               ends_at=local_instant(tuesday, time(11), PARIS)).value
    set_clock(lambda: local_instant(tuesday, time(9, 5), PARIS))
    bookings.check_in_booking(store, booking_id=room.id)
    set_clock(lambda: local_instant(tuesday, time(10), PARIS))
    bookings.check_out_booking(store, booking_id=room.id)
    assert bookings.why_not(store, space_id=s.room, agent_id=s.francois, starts_at=local_instant(tuesday, time(10), PARIS),
                            ends_at=local_instant(tuesday, time(11), PARIS)) == []
