"""Where a booking could go: the places a manager is offered when moving it to another space or time.

The move itself is `bookings.move_booking` (atomic, every rule checked again in the write
transaction); this only proposes. Proposals are spaces of the same kind free over the new
period, nearest to the booking's current place first, with the current space on top when the
booking may simply change time there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from nomad_desktop.errors import NotFoundError
from nomad_desktop.model import Booking, Space
from nomad_desktop.model.enums import BookingUnit
from nomad_desktop.rules.units import period_times
from nomad_desktop.services.availability import AvailableSpace, search_availability
from nomad_desktop.services.booking_checks import rules_for
from nomad_desktop.services.bookings import why_not
from nomad_desktop.services.sites import current_site
from nomad_desktop.sitetime import local_instant, to_local
from nomad_desktop.store.database import Store


@dataclass(frozen=True)
class MoveStart:
    """What the move dialog opens with: the booking's place, kind and local period, and the unit's periods."""

    booking_id: str
    agent_id: str | None
    space_id: str
    space_name: str
    kind: str
    day: date
    start: time
    end: time
    #: "morning" / "afternoon" / "day" → local (start, end) where the space is booked by half-days
    #: or days; empty for 15-minute slots (any quarter hour then).
    periods: dict[str, tuple[time, time]]


@dataclass(frozen=True)
class MoveChoice:
    space: AvailableSpace
    #: The booking's own space (a change of time only).
    current: bool


def move_start(store: Store, *, booking_id: str) -> MoveStart:
    with store.read() as session:
        booking = session.get(Booking, booking_id)
        if booking is None or booking.deleted_at is not None:
            raise NotFoundError(booking_id, what="booking")
        space = session.get(Space, booking.space_id)
        assert space is not None
        site = current_site(session)
        rules = rules_for(session, site, space)
        start, end = to_local(booking.starts_at, site.timezone), to_local(booking.ends_at, site.timezone)
        periods = period_times(rules) if rules.unit in (BookingUnit.HALF_DAY, BookingUnit.DAY) else {}
        if rules.unit == BookingUnit.DAY:
            periods = {k: v for k, v in periods.items() if k == "day"}
        return MoveStart(booking.id, booking.agent_id, space.id, space.name, space.kind, start.date(), start.time(),
                         time.max if end.date() > start.date() else end.time(), dict(periods))


def period_instants(day: date, start: time, end: time, timezone: str) -> tuple[datetime, datetime]:
    """The instants of a local period; an end of `time.max` means the next midnight (open until the day ends)."""
    if end == time.max:
        return local_instant(day, start, timezone), local_instant(day + timedelta(days=1), time(0), timezone)
    return local_instant(day, start, timezone), local_instant(day, end, timezone)


def move_choices(store: Store, *, booking_id: str, day: date, start: time, end: time, timezone: str,
                 limit: int = 40) -> list[MoveChoice]:
    """Spaces the booking could move to on the local `day` from `start` to `end`, best first."""
    origin = move_start(store, booking_id=booking_id)
    found = search_availability(store, day=day, start=start, end=None if end == time.max else end, kind=origin.kind,
                                near_space_id=origin.space_id, limit=limit + 1)
    choices = [MoveChoice(s, False) for s in found if s.id != origin.space_id][:limit]
    starts_at, ends_at = period_instants(day, start, end, timezone)
    same_time = (day, start, end) == (origin.day, origin.start, origin.end)
    if not same_time and not why_not(store, space_id=origin.space_id, starts_at=starts_at, ends_at=ends_at,
                                     agent_id=origin.agent_id, ignore_booking_id=booking_id):
        own = next((s for s in found if s.id == origin.space_id), None)
        if own is None:
            own = AvailableSpace(origin.space_id, origin.space_name, origin.kind, 0, "", 1, (), (), 0.0, 0.0)
        choices.insert(0, MoveChoice(own, True))
    return choices
