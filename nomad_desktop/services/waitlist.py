"""Waitlist: join the line for a full gym session, film or room; the first in line gets a freed place.

Promotion runs inside the transaction that frees the place (a cancellation, a no-show release,
a move), so the freed place can never be taken by someone else in between, and every rule is
checked again for the waiting person (their quota may have filled up meanwhile: then the next
in line is tried).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from nomad_desktop.clock import utc_now
from nomad_desktop.errors import BookingRefused, NotFoundError, ValidationError
from nomad_desktop.model import Agent, Site, Space, WaitlistEntry
from nomad_desktop.rules.check import Refusal
from nomad_desktop.services.booking_checks import LONGEST_BOOKING, evaluate, raise_first
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.outbox import create_row, patch_row
from nomad_desktop.services.sites import current_site
from nomad_desktop.store.database import Store

WAITING, PROMOTED, CANCELLED = "waiting", "promoted", "cancelled"


def join_waitlist(store: Store, *, space_id: str, agent_id: str | None, starts_at: datetime, ends_at: datetime,
                  guest_name: str = "") -> Outcome[int]:
    """Queue for a full space over [starts_at, ends_at); returns the place in line (1 = next).

    Refused with the usual reasons when something other than "full" forbids the booking, and
    with "not_full" when a place is free (book it instead).
    """
    if agent_id is None and not guest_name.strip():
        raise ValidationError("a waitlist entry is for an agent or a named guest", field="agent_id")
    with store.write() as session:
        site = current_site(session)
        space = session.get(Space, space_id)
        if space is None or space.deleted_at is not None:
            raise NotFoundError(space_id, what="space")
        agent = session.get(Agent, agent_id) if agent_id else None
        if agent_id and agent is None:
            raise NotFoundError(agent_id, what="agent")
        refusals = evaluate(session, site=site, space=space, agent=agent, starts_at=starts_at, ends_at=ends_at,
                            now=utc_now())
        if not any(r.code == "full" for r in refusals):
            raise_first(refusals)
            raise BookingRefused("not_full", space=space.name)
        raise_first([r for r in refusals if r.code != "full"])
        create_row(session, WaitlistEntry, space_id=space_id, agent_id=agent_id, guest_name=guest_name.strip(),
                   starts_at=starts_at, ends_at=ends_at, requested_at=utc_now(), status=WAITING)
        session.flush()
        ahead = session.scalars(select(WaitlistEntry.id).where(
            WaitlistEntry.space_id == space_id, WaitlistEntry.status == WAITING, WaitlistEntry.deleted_at.is_(None),
            WaitlistEntry.starts_at == starts_at)).all()
        return Outcome(len(ahead), Changes(bookings=True, outbox=True))


def promote_waiting(session: Session, *, site: Site, space_id: str, starts_at: datetime, ends_at: datetime,
                    now: datetime | None = None) -> list[str]:
    """Give freed places of `space_id` around [starts_at, ends_at) to the people waiting, first come first served.

    Returns the ids of the bookings made. Runs in the caller's transaction.
    """
    from nomad_desktop.services.bookings import place_booking  # bookings calls us: import when used

    now = now or utc_now()
    waiting = session.scalars(
        select(WaitlistEntry).where(
            WaitlistEntry.space_id == space_id, WaitlistEntry.status == WAITING, WaitlistEntry.deleted_at.is_(None),
            WaitlistEntry.starts_at < ends_at, WaitlistEntry.starts_at > starts_at - LONGEST_BOOKING,
            WaitlistEntry.ends_at > starts_at, WaitlistEntry.ends_at > now,
        ).order_by(WaitlistEntry.requested_at)
    ).all()
    space = session.get(Space, space_id)
    made = []
    for entry in waiting:
        agent = session.get(Agent, entry.agent_id) if entry.agent_id else None
        try:
            booking = place_booking(session, site=site, space=space, agent=agent, starts_at=entry.starts_at,
                                    ends_at=entry.ends_at, guest_name=entry.guest_name, now=now)
        except BookingRefused:
            continue  # still full for this one, or a rule now refuses them: the next may fit
        patch_row(session, entry, intent="waitlist_entry.promote", status=PROMOTED, booking_id=booking.id)
        made.append(booking.id)
    return made


def waiting_refusal(refusals: list[Refusal]) -> bool:
    """True when "full" is the only reason: the person may join the waitlist."""
    return bool(refusals) and all(r.code == "full" for r in refusals)
