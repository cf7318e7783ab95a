"""Booking rules as a manager meets them: units, hours, holidays, quotas, restrictions, the "why not?" answer."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from booking_site import make_site

from nomad_desktop.clock import set_clock
from nomad_desktop.errors import BookingRefused
from nomad_desktop.rules.calendar import holiday_name, public_holidays
from nomad_desktop.rules.effective import resolve
from nomad_desktop.services import bookings, spaces
from nomad_desktop.services.rules import rules_in_force, set_rule
from nomad_desktop.sitetime import local_instant
from nomad_desktop.store.database import Store

PARIS = "Europe/Paris"


def at(day: date, hh: int, mm: int = 0, tz: str = PARIS) -> datetime:
    return local_instant(day, time(hh, mm), tz)


MONDAY = date(2026, 3, 2)
TUESDAY = date(2026, 3, 3)


def codes(refusals: list) -> list[str]:
    return [r.code for r in refusals]


def test_rules_resolve_site_then_kind_then_space(store: Store) -> None:
    s = make_site(store)
    set_rule(store, space_id=s.desk, max_advance_days=3)
    desk = rules_in_force(store, space_id=s.desk)
    assert (desk.unit, desk.opening, desk.closing, desk.max_advance_days) == ("half_day", time(8), time(18), 3)
    other_desk = rules_in_force(store, space_id=s.desk2)
    assert other_desk.max_advance_days == 30  # inherited from the site
    room = rules_in_force(store, space_id=s.room)
    assert (room.unit, room.max_duration_minutes, room.cancel_cutoff_minutes) == ("slot", 240, 60)


def test_a_site_without_rules_is_open_all_day_in_quarter_hours_and_rules_narrow_it() -> None:
    assert (resolve([]).unit, resolve([]).opening, resolve([]).closed_weekdays) == ("slot", time(0), frozenset())
    narrowed = resolve([{"unit": "half_day", "opening_time": "08:00"}, {"unit": None, "closing_time": "18:00"}])
    assert (narrowed.unit, narrowed.opening, narrowed.closing) == ("half_day", time(8), time(18))


def test_desk_books_by_half_day_only(store: Store) -> None:
    s = make_site(store)
    morning = bookings.book_space(store, space_id=s.desk, agent_id=s.helene, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 12))
    assert morning.value.status == "confirmed"
    with pytest.raises(BookingRefused) as refused:
        bookings.book_space(store, space_id=s.desk2, agent_id=s.francois, starts_at=at(TUESDAY, 9), ends_at=at(TUESDAY, 11))
    assert refused.value.code == "unit_half_day"
    day = bookings.book_space(store, space_id=s.desk2, agent_id=s.francois, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 18))
    assert day.value.space_name == "Poste A2"


def test_meeting_room_books_in_fifteen_minute_steps_within_opening_hours(store: Store) -> None:
    s = make_site(store)
    assert bookings.why_not(store, space_id=s.room, agent_id=s.helene, starts_at=at(TUESDAY, 9, 15), ends_at=at(TUESDAY, 10, 45)) == []
    assert codes(bookings.why_not(store, space_id=s.room, agent_id=s.helene, starts_at=at(TUESDAY, 9, 10), ends_at=at(TUESDAY, 10))) == ["unit_slot"]
    assert "outside_hours" in codes(bookings.why_not(store, space_id=s.room, agent_id=s.helene, starts_at=at(TUESDAY, 20), ends_at=at(TUESDAY, 22)))
    assert codes(bookings.why_not(store, space_id=s.room, agent_id=s.helene, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 13))) == ["too_long"]


def test_why_not_lists_every_reason_for_a_forbidden_slot(store: Store) -> None:
    s = make_site(store)
    saturday = date(2026, 3, 7)
    far = saturday + timedelta(days=35)
    reasons = bookings.why_not(store, space_id=s.desk, agent_id=s.helene, starts_at=at(far, 9), ends_at=at(far, 11))
    assert set(codes(reasons)) == {"closed_weekday", "unit_half_day", "too_far_ahead"}
    assert next(r for r in reasons if r.code == "too_far_ahead").params == {"days": 30}


def test_public_holiday_is_closed_and_named(store: Store) -> None:
    s = make_site(store, now=datetime(2026, 3, 30, 7, 0, tzinfo=UTC))
    easter_monday = date(2026, 4, 6)
    reasons = bookings.why_not(store, space_id=s.desk, agent_id=s.helene, starts_at=at(easter_monday, 8), ends_at=at(easter_monday, 12))
    assert codes(reasons) == ["public_holiday"]
    assert reasons[0].params["holiday"] == "Lundi de Pâques"


def test_holidays_of_2026_in_metropolitan_france_and_alsace_moselle() -> None:
    paris = public_holidays(2026)
    assert len(paris) == 11
    assert date(2026, 7, 14) in paris and date(2026, 5, 25) in paris  # Pentecost Monday stays a holiday
    moselle = public_holidays(2026, "57")
    alsace = public_holidays(2026, "67")
    for region in (moselle, alsace):
        assert set(region) - set(paris) == {date(2026, 4, 3), date(2026, 12, 26)}  # Good Friday, St Stephen
    assert holiday_name(date(2026, 12, 26), "68") == "Saint-Étienne"
    assert holiday_name(date(2026, 12, 26)) is None
    assert holiday_name(date(2027, 3, 26), "57") == "Vendredi saint"  # another year, computed by the library


def test_good_friday_is_closed_only_on_an_alsace_moselle_site(store: Store) -> None:
    s = make_site(store, region="57", now=datetime(2026, 3, 30, 7, 0, tzinfo=UTC))
    good_friday = date(2026, 4, 3)
    assert codes(bookings.why_not(store, space_id=s.desk, agent_id=s.helene, starts_at=at(good_friday, 8), ends_at=at(good_friday, 12))) == ["public_holiday"]


def test_quota_of_active_bookings_per_agent(store: Store) -> None:
    s = make_site(store)
    for i in range(3):
        day = TUESDAY + timedelta(days=i)
        bookings.book_space(store, space_id=s.gym, agent_id=s.helene, starts_at=at(day, 12), ends_at=at(day, 13))
    with pytest.raises(BookingRefused) as refused:
        bookings.book_space(store, space_id=s.gym, agent_id=s.helene, starts_at=at(date(2026, 3, 9), 12), ends_at=at(date(2026, 3, 9), 13))
    assert refused.value.code == "quota_reached" and refused.value.params["max"] == 3


def test_gym_takes_many_people_up_to_capacity(store: Store) -> None:
    s = make_site(store)
    set_rule(store, space_kind="leisure", guests_allowed=True)
    for person in range(3):
        bookings.book_space(store, space_id=s.gym, agent_id=None, guest_name=f"Invité {person}",
                            starts_at=at(TUESDAY, 12), ends_at=at(TUESDAY, 13))
    with pytest.raises(BookingRefused) as refused:
        bookings.book_space(store, space_id=s.gym, agent_id=s.helene, starts_at=at(TUESDAY, 12, 30), ends_at=at(TUESDAY, 13))
    assert refused.value.code == "full"
    # The next session is free again.
    bookings.book_space(store, space_id=s.gym, agent_id=s.helene, starts_at=at(TUESDAY, 13), ends_at=at(TUESDAY, 14))


def test_guests_refused_where_the_site_forbids_them(store: Store) -> None:
    s = make_site(store)
    with pytest.raises(BookingRefused) as refused:
        bookings.book_space(store, space_id=s.gym, agent_id=None, guest_name="M. Martin", starts_at=at(TUESDAY, 12), ends_at=at(TUESDAY, 13))
    assert refused.value.code == "guests_not_allowed"


def test_restricted_space_and_personal_office_opened_on_chosen_days(store: Store) -> None:
    s = make_site(store)
    spaces.update_space(store, space_id=s.desk, restricted_units=["DIRISI"])
    assert bookings.why_not(store, space_id=s.desk, agent_id=s.helene, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 12)) == []
    assert codes(bookings.why_not(store, space_id=s.desk, agent_id=s.francois, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 12))) == ["restricted"]
    # Hélène's office: she may always book it, François only on the days she opened.
    assert codes(bookings.why_not(store, space_id=s.office, agent_id=s.francois, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 12))) == ["owner_not_opened"]
    from nomad_desktop.services.spaces import get_space  # noqa: F401 - the office exists
    with store.write() as session:
        from nomad_desktop.model import Space
        from nomad_desktop.services.outbox import patch_row
        office = session.get(Space, s.office)
        patch_row(session, office, extra={"open_days": [TUESDAY.isoformat()]})
    assert bookings.why_not(store, space_id=s.office, agent_id=s.francois, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 12)) == []


def test_out_of_service_period_refuses_with_its_reason(store: Store) -> None:
    s = make_site(store)
    with store.write() as session:
        from nomad_desktop.model import OutOfServicePeriod
        from nomad_desktop.services.outbox import create_row
        create_row(session, OutOfServicePeriod, space_id=s.room, starts_at=at(TUESDAY, 0), ends_at=at(TUESDAY, 23), reason="Travaux")
    reasons = bookings.why_not(store, space_id=s.room, agent_id=s.helene, starts_at=at(TUESDAY, 9), ends_at=at(TUESDAY, 10))
    assert codes(reasons) == ["out_of_service"] and reasons[0].params["reason"] == "Travaux"


def test_agent_cannot_hold_two_places_at_once(store: Store) -> None:
    s = make_site(store)
    bookings.book_space(store, space_id=s.desk, agent_id=s.helene, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 12))
    assert codes(bookings.why_not(store, space_id=s.desk2, agent_id=s.helene, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 12))) == ["agent_busy"]


def test_move_is_atomic_and_checked(store: Store) -> None:
    s = make_site(store)
    first = bookings.book_space(store, space_id=s.desk, agent_id=s.helene, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 12)).value
    bookings.book_space(store, space_id=s.desk2, agent_id=s.francois, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 12))
    with pytest.raises(BookingRefused) as refused:
        bookings.move_booking(store, booking_id=first.id, space_id=s.desk2)
    assert refused.value.code == "full"
    moved = bookings.move_booking(store, booking_id=first.id, starts_at=at(TUESDAY, 13), ends_at=at(TUESDAY, 18)).value
    assert moved.starts_at == at(TUESDAY, 13)
    # Its old place is free again, and it does not collide with itself.
    assert codes(bookings.why_not(store, space_id=s.desk, agent_id=s.francois, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 12))) == ["agent_busy"]
    assert bookings.why_not(store, space_id=s.desk, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 12)) == []
    assert bookings.move_booking(store, booking_id=first.id, starts_at=at(TUESDAY, 8), ends_at=at(TUESDAY, 18)).value.ends_at == at(TUESDAY, 18)


def test_cancellation_cut_off_for_meeting_rooms(store: Store) -> None:
    s = make_site(store)
    soon = bookings.book_space(store, space_id=s.room, agent_id=s.helene, starts_at=at(MONDAY, 8, 30), ends_at=at(MONDAY, 9)).value
    with pytest.raises(BookingRefused) as refused:
        bookings.cancel_booking(store, booking_id=soon.id, reason="Réunion annulée")
    assert refused.value.code == "cancel_too_late" and refused.value.params["minutes"] == 60
    later = bookings.book_space(store, space_id=s.room, agent_id=s.helene, starts_at=at(MONDAY, 14), ends_at=at(MONDAY, 15)).value
    bookings.cancel_booking(store, booking_id=later.id, reason="Réunion annulée")
    assert bookings.why_not(store, space_id=s.room, agent_id=s.francois, starts_at=at(MONDAY, 14), ends_at=at(MONDAY, 15)) == []


def test_bookings_in_the_past_are_refused(store: Store) -> None:
    s = make_site(store)
    set_clock(lambda: datetime(2026, 3, 3, 15, 0, tzinfo=UTC))
    assert "in_past" in codes(bookings.why_not(store, space_id=s.desk, agent_id=s.helene, starts_at=at(MONDAY, 8), ends_at=at(MONDAY, 12)))
    # The afternoon under way can still be booked (a late arrival).
    assert bookings.why_not(store, space_id=s.desk, agent_id=s.helene, starts_at=at(TUESDAY, 13), ends_at=at(TUESDAY, 18)) == []
