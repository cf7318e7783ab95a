"""Bookings: booking a space for an agent, cancelling, checking in, and the day's lists.

The capacity check runs inside the write transaction (BEGIN IMMEDIATE holds the write lock),
so two bookings made at once on this station can never both take the last place.
Booking rules (opening hours, advance, quotas…) are layered on top by the bookings feature.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nomad_desktop.clock import utc_now
from nomad_desktop.errors import BookingRefused, NotFoundError, ValidationError
from nomad_desktop.model import Agent, Booking, Floor, OutOfServicePeriod, Site, Space, Visit
from nomad_desktop.model.enums import ACTIVE_BOOKING_STATUSES, BookingStatus, SpaceKind, VisitStatus
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.outbox import create_row, patch_row
from nomad_desktop.services.records import BookingInfo, DayOccupancy
from nomad_desktop.services.sites import current_site
from nomad_desktop.sitetime import day_bounds
from nomad_desktop.store.database import Store

NOT_BOOKABLE_KINDS = frozenset({SpaceKind.ZONE, SpaceKind.CIRCULATION, SpaceKind.SERVICE})


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


def places_taken(session: Session, space_id: str, starts_at: datetime, ends_at: datetime, *, ignore_id: str | None = None) -> int:
    """Active bookings of `space_id` overlapping [starts_at, ends_at)."""
    statement = select(func.count()).select_from(Booking).where(
        Booking.space_id == space_id,
        Booking.starts_at < ends_at,
        Booking.ends_at > starts_at,
        Booking.status.in_([s.value for s in ACTIVE_BOOKING_STATUSES]),
        Booking.deleted_at.is_(None),
    )
    if ignore_id:
        statement = statement.where(Booking.id != ignore_id)
    return session.scalar(statement) or 0


def check_space_can_take(session: Session, space: Space, starts_at: datetime, ends_at: datetime, *, ignore_id: str | None = None) -> None:
    """Raise BookingRefused with the reason when `space` cannot take one more person then."""
    if ends_at <= starts_at:
        raise ValidationError("a booking must end after it starts", field="ends_at")
    if space.deleted_at is not None:
        raise BookingRefused("space_deleted")
    if not space.bookable or space.kind in NOT_BOOKABLE_KINDS:
        raise BookingRefused("not_bookable", space=space.name)
    out = session.scalar(
        select(OutOfServicePeriod).where(
            OutOfServicePeriod.space_id == space.id,
            OutOfServicePeriod.starts_at < ends_at,
            OutOfServicePeriod.ends_at > starts_at,
            OutOfServicePeriod.deleted_at.is_(None),
        ).limit(1)
    )
    if out is not None:
        raise BookingRefused("out_of_service", space=space.name, reason=out.reason)
    if places_taken(session, space.id, starts_at, ends_at, ignore_id=ignore_id) >= max(space.capacity, 1):
        raise BookingRefused("full", space=space.name, capacity=space.capacity)


def book_space(
    store: Store, *, space_id: str, agent_id: str | None, starts_at: datetime, ends_at: datetime,
    guest_name: str = "", series_id: str | None = None,
) -> Outcome[BookingInfo]:
    """Book one place of a space for an agent (or a named guest) over [starts_at, ends_at)."""
    if agent_id is None and not guest_name.strip():
        raise ValidationError("a booking is for an agent or a named guest", field="agent_id")
    with store.write() as session:
        space = session.get(Space, space_id)
        if space is None:
            raise NotFoundError(space_id, what="space")
        agent = session.get(Agent, agent_id) if agent_id else None
        if agent_id and agent is None:
            raise NotFoundError(agent_id, what="agent")
        check_space_can_take(session, space, starts_at, ends_at)
        booking = create_row(
            session, Booking, space_id=space_id, agent_id=agent_id, guest_name=guest_name.strip(),
            starts_at=starts_at, ends_at=ends_at, status=BookingStatus.CONFIRMED.value, series_id=series_id,
        )
        person = f"{agent.first_name} {agent.last_name}" if agent else guest_name.strip()
        return Outcome(_booking_info(booking, space.name, person), Changes(bookings=True, outbox=True))


def _active_booking(session: Session, booking_id: str) -> Booking:
    booking = session.get(Booking, booking_id)
    if booking is None or booking.deleted_at is not None:
        raise NotFoundError(booking_id, what="booking")
    return booking


def cancel_booking(store: Store, *, booking_id: str, reason: str = "") -> Outcome[str]:
    with store.write() as session:
        booking = _active_booking(session, booking_id)
        if booking.status not in (BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN):
            raise BookingRefused("not_active", status=booking.status)
        patch_row(session, booking, intent="booking.cancel", status=BookingStatus.CANCELLED.value, cancel_reason=reason)
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


def list_bookings_for_day(store: Store, *, day: date, floor_id: str | None = None) -> list[BookingInfo]:
    """Bookings of the site's local `day` (every status), by start time then space."""
    with store.read() as session:
        site = current_site(session)
        start, end = day_bounds(day, site.timezone)
        statement = (
            select(Booking, Space.name, Agent.first_name, Agent.last_name)
            .join(Space, Space.id == Booking.space_id)
            .outerjoin(Agent, Agent.id == Booking.agent_id)
            .where(Booking.starts_at < end, Booking.ends_at > start, Booking.deleted_at.is_(None))
            .order_by(Booking.starts_at, Space.name)
        )
        if floor_id:
            statement = statement.where(Space.floor_id == floor_id)
        return [
            _booking_info(b, space_name, f"{first} {last}" if last else b.guest_name)
            for b, space_name, first, last in session.execute(statement)
        ]


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
            Booking.starts_at < end, Booking.ends_at > start, Booking.deleted_at.is_(None)
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
