"""Recurring bookings: a series of individual bookings sharing a series id.

Occurrences are computed on the site's wall clock (a weekly 09:00 meeting stays at 09:00 across
a daylight-saving change). Days the space is closed (weekends, public holidays) are skipped and
reported; any other refusal aborts the whole series, so a person never gets half a series
without knowing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from nomad_desktop.clock import utc_now
from nomad_desktop.errors import BookingRefused, NotFoundError, ValidationError
from nomad_desktop.model import Booking, Space
from nomad_desktop.model.base import new_id
from nomad_desktop.rules.check import day_refusals
from nomad_desktop.services.booking_checks import ACTIVE, evaluate, rules_for
from nomad_desktop.services.bookings import (
    _agent,
    _booking_info,
    _person,
    _space,
    cancel_in_session,
    place_booking,
)
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.outbox import patch_row
from nomad_desktop.services.records import BookingInfo
from nomad_desktop.services.sites import current_site
from nomad_desktop.sitetime import local_date, local_instant, to_local
from nomad_desktop.store.database import Store

DAILY, WEEKLY = "daily", "weekly"
#: A series longer than this is surely a typo in the end date.
MAX_OCCURRENCES = 366


@dataclass(frozen=True)
class SeriesResult:
    series_id: str
    bookings: tuple[BookingInfo, ...]
    #: Days skipped because the space is closed then: (day, reason code).
    skipped: tuple[tuple[date, str], ...]


def occurrence_days(*, first_day: date, frequency: str, weekdays: tuple[int, ...] = (), until: date | None = None,
                    count: int | None = None) -> list[date]:
    """The days of a recurrence rule, first day included when it matches (weekly: on `weekdays`)."""
    if frequency not in (DAILY, WEEKLY):
        raise ValidationError(f"unknown frequency {frequency!r}", field="frequency")
    if until is None and count is None:
        raise ValidationError("a series needs an end date or a number of occurrences", field="until")
    if count is not None and count < 1:
        raise ValidationError("a series has at least one occurrence", field="count")
    days = set(weekdays) if frequency == WEEKLY and weekdays else {first_day.weekday()} if frequency == WEEKLY else None
    result: list[date] = []
    day = first_day
    limit = min(count or MAX_OCCURRENCES, MAX_OCCURRENCES)
    while len(result) < limit and (until is None or day <= until):
        if days is None or day.weekday() in days:
            result.append(day)
        day += timedelta(days=1)
        if (day - first_day).days > 3 * 366:
            break
    return result


def book_series(
    store: Store, *, space_id: str, agent_id: str | None, first_day: date, start: time, end: time,
    frequency: str, weekdays: tuple[int, ...] = (), until: date | None = None, count: int | None = None,
    guest_name: str = "",
) -> Outcome[SeriesResult]:
    """Book `start`–`end` (site wall clock) on every day of the rule; closed days are skipped.

    `count` counts occurrences actually booked (closed days do not use one up).
    """
    if agent_id is None and not guest_name.strip():
        raise ValidationError("a booking is for an agent or a named guest", field="agent_id")
    candidates = occurrence_days(first_day=first_day, frequency=frequency, weekdays=weekdays, until=until,
                                 count=None if until else MAX_OCCURRENCES)
    series_id = new_id()
    with store.write() as session:
        site = current_site(session)
        space = _space(session, space_id)
        agent = _agent(session, agent_id)
        rules = rules_for(session, site, space)
        now = utc_now()
        booked: list[BookingInfo] = []
        skipped: list[tuple[date, str]] = []
        for day in candidates:
            if count is not None and len(booked) >= count:
                break
            closed = day_refusals(day, rules, site.holiday_region)
            if closed:
                skipped.append((day, closed[0].code))
                continue
            try:
                booking = place_booking(
                    session, site=site, space=space, agent=agent, starts_at=local_instant(day, start, site.timezone),
                    ends_at=local_instant(day, end, site.timezone), guest_name=guest_name, series_id=series_id,
                    now=now, rules=rules,
                )
            except BookingRefused as exc:
                # The whole series is rolled back; say which day failed.
                raise BookingRefused(exc.code, **{**exc.params, "day": day.isoformat()}) from exc
            booked.append(_booking_info(booking, space.name, _person(agent, guest_name)))
        if not booked:
            raise BookingRefused("series_empty")
        result = SeriesResult(series_id, tuple(booked), tuple(skipped))
        return Outcome(result, Changes(bookings=True, outbox=True))


ONE, FOLLOWING, RANGE, ALL = "one", "following", "range", "all"


def _series_members(session: Session, series_id: str) -> list[Booking]:
    return list(session.scalars(
        select(Booking).where(Booking.series_id == series_id, Booking.deleted_at.is_(None)).order_by(Booking.starts_at)
    ))


def _select(members: list[Booking], *, scope: str, booking_id: str | None, from_day: date | None,
            to_day: date | None, tz: str) -> list[Booking]:
    if scope == ALL:
        return members
    if scope in (ONE, FOLLOWING):
        pivot = next((b for b in members if b.id == booking_id), None)
        if pivot is None:
            raise NotFoundError(str(booking_id), what="booking")
        return [pivot] if scope == ONE else [b for b in members if b.starts_at >= pivot.starts_at]
    if scope == RANGE:
        if from_day is None or to_day is None or to_day < from_day:
            raise ValidationError("a range needs a first and a last day", field="from_day")
        return [b for b in members if from_day <= local_date(b.starts_at, tz) <= to_day]
    raise ValidationError(f"unknown scope {scope!r}", field="scope")


def cancel_series(
    store: Store, *, series_id: str, scope: str = ALL, booking_id: str | None = None, from_day: date | None = None,
    to_day: date | None = None, reason: str = "",
) -> Outcome[int]:
    """Cancel one occurrence, this-and-following, a date range (holidays) or the whole series.

    Occurrences already past or no longer active are left as they are. Returns how many were cancelled.
    """
    with store.write() as session:
        site = current_site(session)
        members = _series_members(session, series_id)
        if not members:
            raise NotFoundError(series_id, what="series")
        chosen = _select(members, scope=scope, booking_id=booking_id, from_day=from_day, to_day=to_day, tz=site.timezone)
        now = utc_now()
        cancelled = 0
        for booking in chosen:
            if booking.status in ACTIVE and booking.ends_at > now:
                cancel_in_session(session, booking, reason=reason, now=now, site=site, enforce_cutoff=False)
                cancelled += 1
        return Outcome(cancelled, Changes(bookings=True, outbox=True))


def change_series(
    store: Store, *, series_id: str, booking_id: str, scope: str = FOLLOWING, space_id: str | None = None,
    start: time | None = None, end: time | None = None,
) -> Outcome[int]:
    """Move one occurrence or this-and-following to another space and/or wall-clock time, atomically.

    Every moved occurrence is checked against the rules with the series' own old places ignored;
    one refusal rolls the whole change back.
    """
    with store.write() as session:
        site = current_site(session)
        members = _series_members(session, series_id)
        chosen = [b for b in _select(members, scope=scope, booking_id=booking_id, from_day=None, to_day=None,
                                     tz=site.timezone) if b.status in ACTIVE]
        if not chosen:
            raise NotFoundError(booking_id, what="booking")
        space = _space(session, space_id) if space_id else None
        now = utc_now()
        ids = [b.id for b in chosen]
        plans = []
        for booking in chosen:
            target = space or session.get(Space, booking.space_id)
            assert target is not None
            day = local_date(booking.starts_at, site.timezone)
            new_start = local_instant(day, start, site.timezone) if start else booking.starts_at
            new_end = local_instant(day, end, site.timezone) if end else booking.ends_at
            plans.append((booking, target, new_start, new_end))
        # Release the old places first so occurrences may swap among themselves, then check each.
        for booking, target, new_start, new_end in plans:
            agent = _agent(session, booking.agent_id)
            refusals = evaluate(session, site=site, space=target, agent=agent, starts_at=new_start, ends_at=new_end,
                                now=now, ignore=ids)
            if refusals:
                first = refusals[0]
                raise BookingRefused(first.code, **first.params, reasons=refusals,
                                     day=to_local(booking.starts_at, site.timezone).date().isoformat())
            patch_row(session, booking, intent="booking.move", space_id=target.id, starts_at=new_start, ends_at=new_end)
            session.flush()
            ids.remove(booking.id)
        return Outcome(len(plans), Changes(bookings=True, outbox=True))
