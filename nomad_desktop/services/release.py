"""No-show auto-release: a booking nobody checked in for within the delay frees its place.

The booking is kept with status "no_show" (it counts in statistics) and stops holding the
place. Runs on a timer while the app is open and once at start (catch-up); idempotent, so
running it twice, or late, releases exactly the same bookings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from nomad_desktop.clock import utc_now
from nomad_desktop.model import Booking, Space
from nomad_desktop.model.enums import BookingStatus
from nomad_desktop.services.booking_checks import LONGEST_BOOKING, rules_for
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.outbox import patch_row
from nomad_desktop.services.sites import current_site
from nomad_desktop.services.waitlist import promote_waiting
from nomad_desktop.store.database import Store

#: How far back a catch-up looks: older unreleased bookings are history, not places to free.
CATCH_UP = timedelta(days=7)


@dataclass(frozen=True)
class ReleaseReport:
    released: int
    booking_ids: tuple[str, ...]


def release_no_shows(store: Store, *, now: datetime | None = None) -> Outcome[ReleaseReport]:
    """Mark as no-show every confirmed booking whose start + release delay has passed unchecked.

    The delay is the rules' `no_show_release_minutes` for the space (None: never released).
    """
    now = now or utc_now()
    with store.write() as session:
        site = current_site(session)
        candidates = session.scalars(
            select(Booking).where(
                Booking.status == BookingStatus.CONFIRMED.value,
                Booking.starts_at <= now,
                Booking.starts_at > now - CATCH_UP - LONGEST_BOOKING,
                Booking.deleted_at.is_(None),
            )
        ).all()
        delays: dict[str, int | None] = {}
        released = []
        for booking in candidates:
            if booking.space_id not in delays:
                space = session.get(Space, booking.space_id)
                delays[booking.space_id] = rules_for(session, site, space).no_show_release_minutes if space else None
            delay = delays[booking.space_id]
            if delay is None or booking.starts_at + timedelta(minutes=delay) > now:
                continue
            patch_row(session, booking, intent="booking.no_show", status=BookingStatus.NO_SHOW.value)
            released.append(booking.id)
            session.flush()
            promote_waiting(session, site=site, space_id=booking.space_id, starts_at=booking.starts_at,
                            ends_at=booking.ends_at, now=now)
        changes = Changes(bookings=True, outbox=True) if released else Changes()
        return Outcome(ReleaseReport(len(released), tuple(released)), changes)
