"""Occupancy figures over a period, for the dashboard: what managers decide real estate on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from nomad_desktop.model import Booking, Space
from nomad_desktop.model.enums import BookingStatus, SpaceKind
from nomad_desktop.services.booking_checks import LONGEST_BOOKING
from nomad_desktop.services.sites import current_site
from nomad_desktop.sitetime import day_bounds
from nomad_desktop.store.database import Store

#: Kinds whose occupancy is a workplace figure (leisure spaces are counted apart).
WORKPLACE_KINDS = (SpaceKind.DESK.value, SpaceKind.OFFICE.value)


@dataclass(frozen=True)
class DailyOccupancy:
    day: date
    workplaces: int  # bookable desks and offices
    booked: int  # of those, booked (confirmed, checked in, or no-show) at least once that day
    checked_in: int
    no_show: int

    @property
    def booked_rate(self) -> float:
        return self.booked / self.workplaces if self.workplaces else 0.0

    @property
    def used_rate(self) -> float:
        return self.checked_in / self.workplaces if self.workplaces else 0.0


def occupancy_by_day(store: Store, *, first_day: date, days: int) -> list[DailyOccupancy]:
    """Desk and office occupancy for each local day of [first_day, first_day + days)."""
    with store.read() as session:
        site = current_site(session)
        workplaces = session.scalar(
            select(func.count()).select_from(Space).where(
                Space.deleted_at.is_(None), Space.bookable.is_(True), Space.kind.in_(WORKPLACE_KINDS)
            )
        ) or 0
        result = []
        for offset in range(days):
            day = first_day + timedelta(days=offset)
            start, end = day_bounds(day, site.timezone)
            per_status = dict(
                session.execute(
                    select(Booking.status, func.count(func.distinct(Booking.space_id)))
                    .join(Space, Space.id == Booking.space_id)
                    .where(
                        Booking.starts_at < end, Booking.starts_at > start - LONGEST_BOOKING, Booking.ends_at > start,
                        Booking.deleted_at.is_(None),
                        Space.kind.in_(WORKPLACE_KINDS),
                    )
                    .group_by(Booking.status)
                ).all()
            )
            checked_in = per_status.get(BookingStatus.CHECKED_IN.value, 0)
            no_show = per_status.get(BookingStatus.NO_SHOW.value, 0)
            booked = min(workplaces, checked_in + no_show + per_status.get(BookingStatus.CONFIRMED.value, 0))
            result.append(DailyOccupancy(day=day, workplaces=workplaces, booked=booked, checked_in=checked_in, no_show=no_show))
        return result
