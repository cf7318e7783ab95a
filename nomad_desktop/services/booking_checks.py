"""Gathering the facts of a booking request inside a transaction and checking every rule.

Used by every write that places a booking (book, move, recur) and by the "why not?" answer, so
what the UI explains is exactly what the service enforces. Runs inside the caller's session:
for writes that is the BEGIN IMMEDIATE transaction, so the capacity count cannot go stale
before the insert.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from nomad_desktop.errors import BookingRefused
from nomad_desktop.model import Agent, Booking, BookingRule, OutOfServicePeriod, Site, Space
from nomad_desktop.model.enums import ACTIVE_BOOKING_STATUSES
from nomad_desktop.rules.check import Refusal, Request, SpaceFacts, check_request, places
from nomad_desktop.rules.effective import EffectiveRules, resolve

ACTIVE = tuple(s.value for s in ACTIVE_BOOKING_STATUSES)
#: No booking lasts longer than a day (the rules refuse it), so "starts after end − 1 day" bounds
#: overlap queries and lets them use the (space|agent, starts_at) indexes instead of a scan.
LONGEST_BOOKING = timedelta(days=1)


def rule_layers(session: Session, site_id: str, space: Space) -> list[dict]:
    """The site's, the kind's and the space's rules, widest first, as plain dicts."""
    rows = session.scalars(
        select(BookingRule).where(
            BookingRule.site_id == site_id,
            BookingRule.deleted_at.is_(None),
            or_(BookingRule.space_id.is_(None), BookingRule.space_id == space.id),
        )
    ).all()

    def rank(rule: BookingRule) -> int:
        return 2 if rule.space_id else 1 if rule.space_kind else 0

    layers = [r for r in rows if r.space_id or r.space_kind in (None, space.kind)]
    layers.sort(key=rank)
    return [{c: getattr(r, c) for c in (*_RULE_COLUMNS, "extra")} for r in layers]


_RULE_COLUMNS = (
    "unit", "opening_time", "closing_time", "closed_weekdays", "max_advance_days", "max_duration_minutes",
    "max_active_per_agent", "cancel_cutoff_minutes", "no_show_release_minutes", "guests_allowed",
)


def rules_for(session: Session, site: Site, space: Space) -> EffectiveRules:
    return resolve(rule_layers(session, site.id, space))


def space_facts(space: Space) -> SpaceFacts:
    extra = space.extra or {}
    open_days = frozenset(date.fromisoformat(d) for d in extra.get("open_days", []) if isinstance(d, str))
    return SpaceFacts(
        id=space.id, name=space.name, kind=space.kind, capacity=max(space.capacity, 1),
        bookable=space.bookable and space.deleted_at is None, owner_agent_id=space.owner_agent_id,
        restricted_units=tuple(space.restricted_units or ()),
        allowed_agent_ids=tuple(extra.get("allowed_agent_ids", [])), open_days=open_days,
    )


def active_count(session: Session, agent_id: str, now: datetime, ignore: Collection[str] = ()) -> int:
    """The agent's active bookings not yet ended."""
    statement = select(func.count()).select_from(Booking).where(
        Booking.agent_id == agent_id,
        Booking.starts_at > now - LONGEST_BOOKING,
        Booking.ends_at > now,
        Booking.status.in_(ACTIVE),
        Booking.deleted_at.is_(None),
    )
    if ignore:
        statement = statement.where(Booking.id.not_in(list(ignore)))
    return session.scalar(statement) or 0


def peak_taken(session: Session, space_id: str, starts_at: datetime, ends_at: datetime,
               ignore: Collection[str] = ()) -> int:
    """The most places taken at any one instant of [starts_at, ends_at) (active bookings)."""
    statement = select(Booking.starts_at, Booking.ends_at).where(
        Booking.space_id == space_id,
        Booking.starts_at < ends_at,
        Booking.starts_at > starts_at - LONGEST_BOOKING,
        Booking.ends_at > starts_at,
        Booking.status.in_(ACTIVE),
        Booking.deleted_at.is_(None),
    )
    if ignore:
        statement = statement.where(Booking.id.not_in(list(ignore)))
    intervals = session.execute(statement).all()
    return peak_overlap([(max(s, starts_at), min(e, ends_at)) for s, e in intervals])


def peak_overlap(intervals: list[tuple[datetime, datetime]]) -> int:
    """Largest number of half-open intervals covering one instant (sweep over the ends)."""
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals])
    peak = current = 0
    for _at, delta in events:  # ends sort before starts at the same instant: half-open
        current += delta
        peak = max(peak, current)
    return peak


def database_refusals(session: Session, space: Space, agent_id: str | None, starts_at: datetime,
                      ends_at: datetime, ignore: Collection[str] = ()) -> list[Refusal]:
    refusals = []
    out = session.scalar(
        select(OutOfServicePeriod).where(
            OutOfServicePeriod.space_id == space.id,
            OutOfServicePeriod.starts_at < ends_at,
            OutOfServicePeriod.ends_at > starts_at,
            OutOfServicePeriod.deleted_at.is_(None),
        ).limit(1)
    )
    if out is not None:
        refusals.append(Refusal("out_of_service", {"space": space.name, "reason": out.reason}))
    if peak_taken(session, space.id, starts_at, ends_at, ignore) >= places(space.kind, space.capacity):
        refusals.append(Refusal("full", {"space": space.name, "capacity": space.capacity}))
    if agent_id is not None:
        busy = session.scalar(
            select(Space.name).join(Booking, Booking.space_id == Space.id).where(
                Booking.agent_id == agent_id,
                Booking.starts_at < ends_at,
                Booking.starts_at > starts_at - LONGEST_BOOKING,
                Booking.ends_at > starts_at,
                Booking.status.in_(ACTIVE),
                Booking.deleted_at.is_(None),
                Booking.id.not_in(list(ignore)) if ignore else True,
            ).limit(1)
        )
        if busy is not None:
            refusals.append(Refusal("agent_busy", {"space": busy}))
    return refusals


def evaluate(session: Session, *, site: Site, space: Space, agent: Agent | None, starts_at: datetime,
             ends_at: datetime, now: datetime, ignore: Collection[str] = (),
             rules: EffectiveRules | None = None) -> list[Refusal]:
    """Every reason the request is refused, rules first, then capacity and availability."""
    rules = rules or rules_for(session, site, space)
    request = Request(starts_at, ends_at, agent.id if agent else None, agent.unit if agent else "")
    count = active_count(session, agent.id, now, ignore) if agent else 0
    refusals = check_request(
        rules, space_facts(space), request, tz=site.timezone, region=site.holiday_region, now=now, active_count=count
    )
    if ends_at > starts_at:
        refusals.extend(database_refusals(session, space, request.agent_id, starts_at, ends_at, ignore))
    return refusals


def raise_first(refusals: list[Refusal]) -> None:
    """Raise BookingRefused for the first reason, carrying all of them (`params["reasons"]`)."""
    if refusals:
        first = refusals[0]
        raise BookingRefused(first.code, **first.params, reasons=refusals)
