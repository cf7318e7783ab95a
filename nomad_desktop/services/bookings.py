"""Bookings: booking a space for an agent, cancelling, checking in, and the day's lists.

The capacity check runs inside the write transaction (BEGIN IMMEDIATE holds the write lock),
so two bookings made at once on this station can never both take the last place.
Every placement (book, move, recur) checks the booking rules through `booking_checks.evaluate`,
which also answers "why can't I book this?" (`why_not`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nomad_desktop.clock import utc_now
from nomad_desktop.errors import BookingRefused, NotFoundError, ValidationError
from nomad_desktop.model import Agent, Booking, Floor, Site, Space, Visit
from nomad_desktop.model.enums import ACTIVE_BOOKING_STATUSES, BookingStatus, VisitStatus
from nomad_desktop.rules.check import NOT_BOOKABLE_KINDS, Refusal, SpaceFacts
from nomad_desktop.rules.effective import EffectiveRules
from nomad_desktop.rules.units import period
from nomad_desktop.services.booking_checks import (
    ACTIVE,
    LONGEST_BOOKING,
    AgentFacts,
    SiteFacts,
    evaluate,
    load_agent_facts,
    load_space_facts,
    raise_first,
    raw,
    rules_for,
    site_facts,
)
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.outbox import insert_row, patch_row
from nomad_desktop.services.records import BookingInfo, DayOccupancy
from nomad_desktop.services.sites import current_site
from nomad_desktop.sitetime import day_bounds, local_instant
from nomad_desktop.store.database import Store

#: A scan this long before the start checks in (an agent arriving at 07:50 for 08:00).
CHECK_IN_EARLY = timedelta(minutes=30)

def _booking_info(booking: Booking, space_name: str, person_name: str) -> BookingInfo:
    return BookingInfo(
        id=booking.id,
        space_id=booking.space_id,
        space_name=space_name,
        agent_id=booking.agent_id,
        person_name=person_name,
        starts_at=booking.starts_at,
        ends_at=booking.ends_at,
        status=booking.status,
        series_id=booking.series_id,
        checked_in_at=booking.checked_in_at,
        checked_out_at=booking.checked_out_at,
    )


def require_instants(*values: datetime) -> None:
    """Refuse naive datetimes: a wall-clock time must be converted with the site's zone first."""
    if any(v.tzinfo is None for v in values):
        raise ValueError("naive datetime given where an instant (aware datetime) is required")


def _space(session: Session, space_id: str) -> Space:
    space = session.get(Space, space_id)
    if space is None:
        raise NotFoundError(space_id, what="space")
    if space.deleted_at is not None:
        raise BookingRefused("space_deleted")
    return space


def _agent(session: Session, agent_id: str | None) -> Agent | None:
    if agent_id is None:
        return None
    agent = session.get(Agent, agent_id)
    if agent is None or agent.deleted_at is not None:
        raise NotFoundError(agent_id, what="agent")
    return agent


def _person(agent: Agent | AgentFacts | None, guest_name: str) -> str:
    return f"{agent.first_name} {agent.last_name}" if agent else guest_name.strip()


def place_booking(
    session: Session, *, site: Site | SiteFacts, space: Space | SpaceFacts, agent: Agent | AgentFacts | None,
    starts_at: datetime, ends_at: datetime, guest_name: str = "", series_id: str | None = None, now: datetime | None = None,
    rules: EffectiveRules | None = None,
) -> Booking:
    """Check every rule and capacity, then insert the booking with its outbox mutation (caller's transaction)."""
    require_instants(starts_at, ends_at)
    if ends_at <= starts_at:
        raise ValidationError("a booking must end after it starts", field="ends_at")
    raise_first(evaluate(
        session, site=site, space=space, agent=agent, starts_at=starts_at, ends_at=ends_at,
        now=now or utc_now(), rules=rules,
    ))
    # A Core insert: executed at once, so later checks in the same transaction (a series) see it.
    return insert_row(
        session, Booking, space_id=space.id, agent_id=agent.id if agent else None, guest_name=guest_name.strip(),
        starts_at=starts_at, ends_at=ends_at, status=BookingStatus.CONFIRMED.value, series_id=series_id,
    )


def book_space(
    store: Store, *, space_id: str, agent_id: str | None, starts_at: datetime, ends_at: datetime,
    guest_name: str = "", series_id: str | None = None,
) -> Outcome[BookingInfo]:
    """Book one place of a space for an agent (or a named guest) over [starts_at, ends_at).

    Raises BookingRefused (code = the first reason, `params["reasons"]` = all of them) when a
    rule, the capacity or an out-of-service period forbids it.
    """
    if agent_id is None and not guest_name.strip():
        raise ValidationError("a booking is for an agent or a named guest", field="agent_id")
    require_instants(starts_at, ends_at)
    with store.write() as session:
        # The facts as plain rows (driver SQL): loading the site, space and agent as ORM objects
        # cost more than every check and the insert together.
        conn = raw(session)
        site = site_facts(conn)
        found = load_space_facts(conn, space_id)
        if found is None:
            raise NotFoundError(space_id, what="space")
        space, deleted = found
        if deleted:
            raise BookingRefused("space_deleted")
        agent = None
        if agent_id is not None:
            agent = load_agent_facts(conn, agent_id)
            if agent is None:
                raise NotFoundError(agent_id, what="agent")
        booking = place_booking(
            session, site=site, space=space, agent=agent, starts_at=starts_at, ends_at=ends_at,
            guest_name=guest_name, series_id=series_id,
        )
        return Outcome(_booking_info(booking, space.name, _person(agent, guest_name)), Changes(bookings=True, outbox=True))


def why_not(
    store: Store, *, space_id: str, starts_at: datetime, ends_at: datetime, agent_id: str | None = None,
    ignore_booking_id: str | None = None,
) -> list[Refusal]:
    """Every reason booking `space_id` over [starts_at, ends_at) would be refused (empty: it can be booked).

    Without an agent, the agent-specific rules (quota, restrictions, owner) are checked as for a
    guest; pass the agent to get their own answer.
    """
    require_instants(starts_at, ends_at)
    with store.read() as session:
        site = current_site(session)
        space = session.get(Space, space_id)
        if space is None:
            raise NotFoundError(space_id, what="space")
        if space.deleted_at is not None:
            return [Refusal("space_deleted")]
        agent = _agent(session, agent_id)
        refusals = evaluate(
            session, site=site, space=space, agent=agent, starts_at=starts_at, ends_at=ends_at, now=utc_now(),
            ignore=[ignore_booking_id] if ignore_booking_id else (),
        )
        if agent is None:
            # Asked about the place, not a person: guest-only reasons would mislead.
            refusals = [r for r in refusals if r.code not in ("guests_not_allowed", "restricted", "owner_not_opened")]
        return refusals


@dataclass(frozen=True)
class ProposedSlot:
    """The period a grid cell stands for on one space, and why it cannot be booked (empty: it can)."""

    space_id: str
    space_name: str
    space_kind: str
    starts_at: datetime
    ends_at: datetime
    refusals: tuple[Refusal, ...]


def propose_slot(store: Store, *, space_id: str, day: date, part: str, hour: int | None = None) -> ProposedSlot:
    """The booking a grid cell offers: the space's own morning/afternoon (its rules' hours), or one hour.

    `part` is "morning", "afternoon", "day" or "hour" (then `hour` is the local start hour).
    """
    with store.read() as session:
        site = current_site(session)
        space = session.get(Space, space_id)
        if space is None or space.deleted_at is not None:
            raise NotFoundError(space_id, what="space")
        rules = rules_for(session, site, space)
        if part == "hour":
            starts_at = local_instant(day, time(hour or 0), site.timezone)
            ends_at = starts_at + timedelta(hours=1)
        else:
            starts_at, ends_at = period(day, part, rules, site.timezone)
        refusals = evaluate(session, site=site, space=space, agent=None, starts_at=starts_at, ends_at=ends_at,
                            now=utc_now(), rules=rules)
        refusals = [r for r in refusals if r.code not in ("guests_not_allowed", "restricted", "owner_not_opened")]
        return ProposedSlot(space.id, space.name, space.kind, starts_at, ends_at, tuple(refusals))


def check_in_by_label(store: Store, *, label_code: str) -> Outcome[BookingInfo]:
    """Check in the booking under way (or starting soon) on the space whose label carries `label_code`.

    What a USB scanner types after reading the QR code on a desk or room label. Refused with
    "no_booking_now" when nobody is booked there now, "unknown_label" for a code of no space.
    """
    code = label_code.strip()
    if not code:
        raise ValidationError("empty label code", field="label_code")
    with store.write() as session:
        space = session.scalars(
            select(Space).where(Space.label_code == code, Space.deleted_at.is_(None)).limit(1)
        ).first()
        if space is None:
            raise BookingRefused("unknown_label", code=code[:40])
        now = utc_now()
        booking = session.scalars(
            select(Booking).where(
                Booking.space_id == space.id, Booking.status == BookingStatus.CONFIRMED.value,
                Booking.deleted_at.is_(None), Booking.starts_at <= now + CHECK_IN_EARLY, Booking.ends_at > now,
                Booking.starts_at > now - timedelta(days=1),
            ).order_by(Booking.starts_at).limit(1)
        ).first()
        if booking is None:
            raise BookingRefused("no_booking_now", space=space.name)
        patch_row(session, booking, intent="booking.check_in", status=BookingStatus.CHECKED_IN.value, checked_in_at=now)
        agent = _agent(session, booking.agent_id)
        info = _booking_info(booking, space.name, _person(agent, booking.guest_name))
        return Outcome(info, Changes(bookings=True, outbox=True))


def _active_booking(session: Session, booking_id: str) -> Booking:
    booking = session.get(Booking, booking_id)
    if booking is None or booking.deleted_at is not None:
        raise NotFoundError(booking_id, what="booking")
    return booking


def move_booking(
    store: Store, *, booking_id: str, space_id: str | None = None, starts_at: datetime | None = None,
    ends_at: datetime | None = None,
) -> Outcome[BookingInfo]:
    """Move a booking to another space and/or time in one step: it never holds two places, nor none."""
    with store.write() as session:
        site = current_site(session)
        booking = _active_booking(session, booking_id)
        if booking.status not in ACTIVE:
            raise BookingRefused("not_active", status=booking.status)
        space = _space(session, space_id or booking.space_id)
        agent = _agent(session, booking.agent_id)
        new_start, new_end = starts_at or booking.starts_at, ends_at or booking.ends_at
        if new_end <= new_start:
            raise ValidationError("a booking must end after it starts", field="ends_at")
        raise_first(evaluate(
            session, site=site, space=space, agent=agent, starts_at=new_start, ends_at=new_end, now=utc_now(),
            ignore=[booking.id],
        ))
        old_space, old_start, old_end = booking.space_id, booking.starts_at, booking.ends_at
        patch_row(session, booking, intent="booking.move", space_id=space.id, starts_at=new_start, ends_at=new_end)
        _promote(session, site, old_space, old_start, old_end, utc_now())
        info = _booking_info(booking, space.name, _person(agent, booking.guest_name))
        return Outcome(info, Changes(bookings=True, outbox=True))


def cancel_in_session(session: Session, booking: Booking, *, reason: str, now: datetime, site: Site,
                      enforce_cutoff: bool = True) -> None:
    if booking.status not in ACTIVE:
        raise BookingRefused("not_active", status=booking.status)
    if enforce_cutoff and booking.status == BookingStatus.CONFIRMED:
        space = session.get(Space, booking.space_id)
        rules = rules_for(session, site, space) if space is not None else None
        cutoff = rules.cancel_cutoff_minutes if rules else 0
        if cutoff and booking.starts_at - timedelta(minutes=cutoff) < now < booking.ends_at:
            raise BookingRefused("cancel_too_late", minutes=cutoff)
    patch_row(session, booking, intent="booking.cancel", status=BookingStatus.CANCELLED.value, cancel_reason=reason)
    _promote(session, site, booking.space_id, booking.starts_at, booking.ends_at, now)


def _promote(session: Session, site: Site, space_id: str, starts_at: datetime, ends_at: datetime, now: datetime) -> None:
    """A place was freed: the first in the waitlist gets it (same transaction)."""
    session.flush()
    from nomad_desktop.services.waitlist import promote_waiting  # waitlist books through us

    promote_waiting(session, site=site, space_id=space_id, starts_at=starts_at, ends_at=ends_at, now=now)


def cancel_booking(store: Store, *, booking_id: str, reason: str = "", enforce_cutoff: bool = True) -> Outcome[str]:
    """Cancel an active booking with a reason; the place frees up at once.

    Refused ("cancel_too_late") within the rules' cancellation cut-off before the start, unless
    `enforce_cutoff` is False (a manager's decision).
    """
    with store.write() as session:
        booking = _active_booking(session, booking_id)
        cancel_in_session(session, booking, reason=reason, now=utc_now(), site=current_site(session),
                          enforce_cutoff=enforce_cutoff)
        return Outcome(booking.id, Changes(bookings=True, outbox=True))


def check_in_booking(store: Store, *, booking_id: str) -> Outcome[str]:
    with store.write() as session:
        booking = _active_booking(session, booking_id)
        if booking.status != BookingStatus.CONFIRMED:
            raise BookingRefused("not_active", status=booking.status)
        patch_row(
            session, booking, intent="booking.check_in", status=BookingStatus.CHECKED_IN.value, checked_in_at=utc_now()
        )
        return Outcome(booking.id, Changes(bookings=True, outbox=True))


def check_out_booking(store: Store, *, booking_id: str) -> Outcome[str]:
    """The agent leaves: the booking ends now and the rest of the slot frees up."""
    with store.write() as session:
        booking = _active_booking(session, booking_id)
        if booking.status != BookingStatus.CHECKED_IN:
            raise BookingRefused("not_checked_in", status=booking.status)
        now = utc_now()
        changes: dict[str, object] = {"checked_out_at": now}
        if booking.starts_at < now < booking.ends_at:
            changes["ends_at"] = now
        patch_row(session, booking, intent="booking.check_out", **changes)
        return Outcome(booking.id, Changes(bookings=True, outbox=True))


def list_bookings_for_day(store: Store, *, day: date, floor_id: str | None = None) -> list[BookingInfo]:
    """Bookings of the site's local `day` (every status), by start time then space."""
    with store.read() as session:
        site = current_site(session)
        start, end = day_bounds(day, site.timezone)
        statement = (
            select(Booking, Space.name, Agent.first_name, Agent.last_name)
            .join(Space, Space.id == Booking.space_id)
            .outerjoin(Agent, Agent.id == Booking.agent_id)
            .where(Booking.starts_at < end, Booking.starts_at > start - LONGEST_BOOKING, Booking.ends_at > start,
                   Booking.deleted_at.is_(None))
            .order_by(Booking.starts_at, Space.name)
        )
        if floor_id:
            statement = statement.where(Space.floor_id == floor_id)
        return [
            _booking_info(b, space_name, f"{first} {last}" if last else b.guest_name)
            for b, space_name, first, last in session.execute(statement)
        ]


def list_agent_bookings(store: Store, *, agent_id: str, upcoming: bool = True, limit: int = 200) -> list[BookingInfo]:
    """An agent's bookings (every status): those not yet ended, soonest first, or the past ones, latest first."""
    with store.read() as session:
        agent = _agent(session, agent_id)
        now = utc_now()
        statement = (
            select(Booking, Space.name)
            .join(Space, Space.id == Booking.space_id)
            .where(Booking.agent_id == agent_id, Booking.deleted_at.is_(None))
        )
        if upcoming:
            # Bounded on starts_at so the (agent, start) index serves it.
            statement = statement.where(Booking.starts_at > now - LONGEST_BOOKING, Booking.ends_at > now
                                        ).order_by(Booking.starts_at)
        else:
            statement = statement.where(Booking.starts_at < now, Booking.ends_at <= now
                                        ).order_by(Booking.starts_at.desc())
        person = _person(agent, "")
        return [_booking_info(b, space_name, person) for b, space_name in session.execute(statement.limit(limit))]


def day_occupancy(store: Store, *, day: date) -> DayOccupancy:
    """Headline figures of one local day: bookable places, booked, checked in, visits."""
    with store.read() as session:
        site: Site = current_site(session)
        start, end = day_bounds(day, site.timezone)
        bookable = session.scalar(
            select(func.count()).select_from(Space).join(Floor, Floor.id == Space.floor_id).where(
                Space.deleted_at.is_(None), Space.bookable.is_(True), Space.kind.not_in([k.value for k in NOT_BOOKABLE_KINDS])
            )
        ) or 0
        booked_spaces = select(func.count(func.distinct(Booking.space_id))).where(
            Booking.starts_at < end, Booking.starts_at > start - LONGEST_BOOKING, Booking.ends_at > start,
            Booking.deleted_at.is_(None),
        )
        booked = session.scalar(booked_spaces.where(Booking.status.in_([s.value for s in ACTIVE_BOOKING_STATUSES]))) or 0
        checked_in = session.scalar(booked_spaces.where(Booking.status == BookingStatus.CHECKED_IN.value)) or 0
        visits = select(func.count()).select_from(Visit).where(
            Visit.expected_at >= start, Visit.expected_at < end, Visit.deleted_at.is_(None)
        )
        return DayOccupancy(
            day=day,
            bookable=bookable,
            booked=booked,
            checked_in=checked_in,
            visits_expected=session.scalar(visits.where(Visit.status != VisitStatus.CANCELLED.value)) or 0,
            visits_on_site=session.scalar(visits.where(Visit.status == VisitStatus.CHECKED_IN.value)) or 0,
        )
