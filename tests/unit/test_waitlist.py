"""Waitlist: a full gym session queues people; a cancellation or a no-show gives the place to the first in line."""

from __future__ import annotations

from datetime import date, time

import pytest
from booking_site import make_site

from nomad_desktop.clock import set_clock
from nomad_desktop.errors import BookingRefused
from nomad_desktop.services import agents, bookings
from nomad_desktop.services.release import release_no_shows
from nomad_desktop.services.rules import set_rule
from nomad_desktop.services.waitlist import join_waitlist
from nomad_desktop.sitetime import local_instant
from nomad_desktop.store.database import Store

PARIS = "Europe/Paris"
TUESDAY = date(2026, 3, 3)


def at(hh: int) -> object:
    return local_instant(TUESDAY, time(hh), PARIS)


def test_first_in_line_gets_the_freed_place_of_a_full_session(store: Store) -> None:
    s = make_site(store)
    set_rule(store, space_kind="leisure", guests_allowed=True, no_show_release_minutes=10)
    made = [bookings.book_space(store, space_id=s.gym, agent_id=None, guest_name=f"Invité {i}", starts_at=at(12),
                                ends_at=at(13)).value for i in range(3)]
    with pytest.raises(BookingRefused):
        join_waitlist(store, space_id=s.gym, agent_id=s.helene, starts_at=at(14), ends_at=at(15))  # not full: book it
    zoe = agents.create_agent(store, first_name="Zoé", last_name="Martin").value
    assert join_waitlist(store, space_id=s.gym, agent_id=s.helene, starts_at=at(12), ends_at=at(13)).value == 1
    assert join_waitlist(store, space_id=s.gym, agent_id=zoe.id, starts_at=at(12), ends_at=at(13)).value == 2
    bookings.cancel_booking(store, booking_id=made[0].id, reason="Malade")
    people = {b.person_name: b.status for b in bookings.list_bookings_for_day(store, day=TUESDAY)}
    assert people["Hélène Dupré"] == "confirmed" and "Zoé Martin" not in people
    # A no-show frees a second place: Zoé's turn.
    set_clock(lambda: local_instant(TUESDAY, time(12, 15), PARIS))
    assert len(release_no_shows(store).value.booking_ids) == 3  # nobody checked in
    people = {b.person_name: b.status for b in bookings.list_bookings_for_day(store, day=TUESDAY)}
    assert people["Zoé Martin"] == "confirmed"
    assert people["Hélène Dupré"] == "no_show"  # promoted, then absent too: released with the others
