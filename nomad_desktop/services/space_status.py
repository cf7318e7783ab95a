"""Availability of a floor's spaces for a period: free, booked, occupied (checked in), out of service.

Read-only; the plan's live mode colours the map from it. A period is a local day, half-day or
moment at the site, turned into UTC here so that overseas sites are right.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from nomad_desktop.model import Booking, OutOfServicePeriod, Space
from nomad_desktop.model.enums import ACTIVE_BOOKING_STATUSES, BookingStatus
from nomad_desktop.rules.check import Refusal, day_refusals
from nomad_desktop.rules.effective import resolve
from nomad_desktop.services.booking_checks import LONGEST_BOOKING, rule_layers
from nomad_desktop.services.sites import current_site
from nomad_desktop.sitetime import zone
from nomad_desktop.store.database import Store

#: Half-days as the site reads them (local times).
PERIODS = {"morning": (time(7, 0), time(13, 0)), "afternoon": (time(13, 0), time(21, 0)), "day": (time(7, 0), time(21, 0))}

#: "closed": nothing held on a day the site is closed (the plan must not show such a day as free).
STATUSES = ("free", "booked", "occupied", "out_of_service", "closed")


@dataclass(frozen=True)
class SpaceStatus:
    space_id: str
    status: str  # one of STATUSES
    taken: int  # places held in the period
    capacity: int


@dataclass(frozen=True)
class FloorStatus:
    starts_at: datetime
    ends_at: datetime
    by_space: dict[str, SpaceStatus]
    #: Why the site is closed that whole day under its site-wide rule (weekday, public holiday), if it is.
    closed: tuple[Refusal, ...] = ()

    def counts(self) -> dict[str, int]:
        result = dict.fromkeys(STATUSES, 0)
        for s in self.by_space.values():
            result[s.status] += 1
        return result


def period_bounds(day: date, period: str, tz: str, at: time | None = None) -> tuple[datetime, datetime]:
    """UTC bounds of a local period; `at` (a moment) gives a one-minute window."""
    local = zone(tz)
    if at is not None:
        start = datetime.combine(day, at, local)
        return start.astimezone(zone("UTC")), (start + timedelta(minutes=1)).astimezone(zone("UTC"))
    first, last = PERIODS[period]
    return (
        datetime.combine(day, first, local).astimezone(zone("UTC")),
        datetime.combine(day, last, local).astimezone(zone("UTC")),
    )


def floor_status(store: Store, *, floor_id: str, day: date, period: str = "day", at: time | None = None) -> FloorStatus:
    """Status of every bookable space of the floor over the period.

    Out of service wins; then a checked-in booking makes the space occupied; any other active
    booking makes it booked; on a day the site is closed, a space with nothing held is closed
    rather than free. Shared spaces (meeting rooms, leisure) count as booked as soon as
    one place is taken: the plan shows "someone is there", the bookings page shows how many.
    """
    with store.read() as session:
        site = current_site(session)
        start, end = period_bounds(day, period, site.timezone, at)
        # A space matching no kind or space rule reads the site-wide rule alone.
        site_rules = resolve(rule_layers(session, site.id, Space(id="", kind="")))
        closed = tuple(day_refusals(day, site_rules, site.holiday_region))
        spaces = session.execute(
            select(Space.id, Space.capacity).where(
                Space.floor_id == floor_id, Space.deleted_at.is_(None), Space.bookable.is_(True)
            )
        ).all()
        on_floor = select(Space.id).where(Space.floor_id == floor_id).scalar_subquery()
        taken: dict[str, int] = {}
        occupied: set[str] = set()
        for space_id, status in session.execute(
            select(Booking.space_id, Booking.status).where(
                Booking.space_id.in_(on_floor), Booking.starts_at < end, Booking.starts_at > start - LONGEST_BOOKING,
                Booking.ends_at > start,
                Booking.deleted_at.is_(None), Booking.status.in_([s.value for s in ACTIVE_BOOKING_STATUSES]),
            )
        ):
            taken[space_id] = taken.get(space_id, 0) + 1
            if status == BookingStatus.CHECKED_IN:
                occupied.add(space_id)
        out = set(
            session.scalars(
                select(OutOfServicePeriod.space_id).where(
                    OutOfServicePeriod.space_id.in_(on_floor), OutOfServicePeriod.starts_at < end,
                    OutOfServicePeriod.ends_at > start, OutOfServicePeriod.deleted_at.is_(None),
                )
            )
        )
    result = {}
    for space_id, capacity in spaces:
        if space_id in out:
            status = "out_of_service"
        elif space_id in occupied:
            status = "occupied"
        elif space_id in taken:
            status = "booked"
        elif closed:
            status = "closed"
        else:
            status = "free"
        result[space_id] = SpaceStatus(space_id, status, taken.get(space_id, 0), capacity)
    return FloorStatus(start, end, result, closed)
