"""Gathering the facts of a booking request inside a transaction and checking every rule.

Used by every write that places a booking (book, move, recur) and by the "why not?" answer, so
what the UI explains is exactly what the service enforces. Runs inside the caller's session:
for writes that is the BEGIN IMMEDIATE transaction, so the capacity count cannot go stale
before the insert.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from nomad_desktop.errors import BookingRefused, NotFoundError
from nomad_desktop.model import Agent, Site, Space
from nomad_desktop.model.enums import ACTIVE_BOOKING_STATUSES
from nomad_desktop.rules.check import Refusal, Request, SpaceFacts, check_request, places
from nomad_desktop.rules.effective import EffectiveRules
from nomad_desktop.services.site_rules import site_rules

ACTIVE = tuple(s.value for s in ACTIVE_BOOKING_STATUSES)
#: No booking lasts longer than a day (the rules refuse it), so "starts after end − 1 day" bounds
#: overlap queries and lets them use the (space|agent, starts_at) indexes instead of a scan.
LONGEST_BOOKING = timedelta(days=1)


def raw(session: Session) -> sqlite3.Connection:
    """The session's own DB-API connection, inside its transaction (BEGIN already issued)."""
    return session.connection().connection.driver_connection  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class SiteFacts:
    """What the rules and checks need of the site (the `Site` row has the same attributes)."""

    id: str
    timezone: str
    holiday_region: str


def site_facts(conn: sqlite3.Connection) -> SiteFacts:
    """The site of this file in one driver query: an ORM load of the row costs ~50 times more."""
    row = conn.execute("SELECT id, timezone, holiday_region FROM sites WHERE deleted_at IS NULL LIMIT 1").fetchone()
    if row is None:
        raise NotFoundError("no site in this file", what="site")
    return SiteFacts(*row)


def rule_layers(session: Session, site_id: str, space: Space) -> list[dict[str, Any]]:
    """The site's, the kind's and the space's rules, widest first, as plain dicts."""
    return site_rules(raw(session), site_id).layers(space.kind, space.id)


def rules_for(session: Session, site: Site | SiteFacts, space: Space | SpaceFacts) -> EffectiveRules:
    """The rules in force for `space`: resolved once per content of the rule table (see site_rules)."""
    return site_rules(raw(session), site.id).rules(space.kind, space.id)


def _facts(id_: str, name: str, kind: str, capacity: int, bookable: bool, owner: str | None,
           restricted_units: list[str] | None, extra: dict[str, Any] | None) -> SpaceFacts:
    extra = extra or {}
    open_days = frozenset(date.fromisoformat(d) for d in extra.get("open_days", []) if isinstance(d, str))
    return SpaceFacts(
        id=id_, name=name, kind=kind, capacity=max(capacity, 1), bookable=bookable, owner_agent_id=owner,
        restricted_units=tuple(restricted_units or ()), allowed_agent_ids=tuple(extra.get("allowed_agent_ids", [])),
        open_days=open_days,
    )


def space_facts(space: Space) -> SpaceFacts:
    return _facts(space.id, space.name, space.kind, space.capacity, space.bookable and space.deleted_at is None,
                  space.owner_agent_id, space.restricted_units, space.extra)


def load_space_facts(conn: sqlite3.Connection, space_id: str) -> tuple[SpaceFacts, bool] | None:
    """(facts, deleted) of a space in one driver query, or None when no such space.

    For the booking path, where loading the ORM row costs several times the checks themselves.
    """
    row = conn.execute(
        "SELECT id, name, kind, capacity, bookable, owner_agent_id, restricted_units, extra, deleted_at IS NOT NULL"
        " FROM spaces WHERE id = ?", (space_id,)).fetchone()
    if row is None:
        return None
    id_, name, kind, capacity, bookable, owner, units, extra, deleted = row
    facts = _facts(id_, name, kind, capacity, bool(bookable) and not deleted, owner,
                   json.loads(units) if units else None, json.loads(extra) if extra else None)
    return facts, bool(deleted)


@dataclass(frozen=True, slots=True)
class AgentFacts:
    """What booking needs of an agent (the `Agent` row has the same attributes)."""

    id: str
    unit: str
    first_name: str
    last_name: str


def load_agent_facts(conn: sqlite3.Connection, agent_id: str) -> AgentFacts | None:
    """An agent not deleted, in one driver query, or None."""
    row = conn.execute("SELECT id, unit, first_name, last_name FROM agents WHERE id = ? AND deleted_at IS NULL",
                       (agent_id,)).fetchone()
    return AgentFacts(*row) if row else None


# The checks below run for every booking placed: plain SQL on the DB-API connection with
# instants as stored text skips SQLAlchemy's statement building and result objects, which cost
# more than the indexed lookups themselves.
_ACTIVE_SQL = "status IN ('confirmed', 'checked_in') AND deleted_at IS NULL"


def _stored(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _excluding(ignore: Collection[str]) -> str:
    return (" AND id NOT IN (" + ", ".join("?" * len(ignore)) + ")") if ignore else ""


def active_count(session: Session, agent_id: str, now: datetime, ignore: Collection[str] = (),
                 at_most: int | None = None) -> int:
    """The agent's active bookings not yet ended; counted up to `at_most` only when given (a quota
    check needs no more: an agent holding months of bookings is not read through to the end)."""
    where = f"agent_id = ? AND starts_at > ? AND ends_at > ? AND {_ACTIVE_SQL}" + _excluding(ignore)
    params: tuple[object, ...] = (agent_id, _stored(now - LONGEST_BOOKING), _stored(now), *ignore)
    if at_most is None:
        sql = f"SELECT count(*) FROM bookings WHERE {where}"
    else:
        sql = f"SELECT count(*) FROM (SELECT 1 FROM bookings WHERE {where} LIMIT ?)"
        params = (*params, at_most)
    return raw(session).execute(sql, params).fetchone()[0] or 0


def peak_taken(session: Session, space_id: str, starts_at: datetime, ends_at: datetime,
               ignore: Collection[str] = ()) -> int:
    """The most places taken at any one instant of [starts_at, ends_at) (active bookings)."""
    sql = (f"SELECT starts_at, ends_at FROM bookings WHERE space_id = ? AND starts_at < ? AND starts_at > ?"
           f" AND ends_at > ? AND {_ACTIVE_SQL}" + _excluding(ignore))
    s, e = _stored(starts_at), _stored(ends_at)
    rows = raw(session).execute(sql, (space_id, e, _stored(starts_at - LONGEST_BOOKING), s, *ignore)).fetchall()
    # Text instants of one format sort like the instants themselves.
    return peak_overlap([(max(bs, s), min(be, e)) for bs, be in rows])


def peak_overlap(intervals: list[tuple[Any, Any]]) -> int:
    """Largest number of half-open intervals covering one instant (sweep over the ends)."""
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals])
    peak = current = 0
    for _at, delta in events:  # ends sort before starts at the same instant: half-open
        current += delta
        peak = max(peak, current)
    return peak


def database_refusals(session: Session, space: Space | SpaceFacts, agent_id: str | None, starts_at: datetime,
                      ends_at: datetime, ignore: Collection[str] = ()) -> list[Refusal]:
    refusals = []
    conn = raw(session)
    s, e = _stored(starts_at), _stored(ends_at)
    out = conn.execute(
        "SELECT reason FROM out_of_service_periods WHERE space_id = ? AND starts_at < ? AND ends_at > ?"
        " AND deleted_at IS NULL LIMIT 1", (space.id, e, s)).fetchone()
    if out is not None:
        refusals.append(Refusal("out_of_service", {"space": space.name, "reason": out[0]}))
    if peak_taken(session, space.id, starts_at, ends_at, ignore) >= places(space.kind, space.capacity):
        refusals.append(Refusal("full", {"space": space.name, "capacity": space.capacity}))
    if agent_id is not None:
        busy = conn.execute(
            "SELECT s.name FROM bookings b JOIN spaces s ON s.id = b.space_id WHERE b.agent_id = ? AND b.starts_at < ?"
            " AND b.starts_at > ? AND b.ends_at > ? AND b.status IN ('confirmed', 'checked_in')"
            " AND b.deleted_at IS NULL" + _excluding(ignore).replace(" id ", " b.id ") + " LIMIT 1",
            (agent_id, e, _stored(starts_at - LONGEST_BOOKING), s, *ignore)).fetchone()
        if busy is not None:
            refusals.append(Refusal("agent_busy", {"space": busy[0]}))
    return refusals


def evaluate(session: Session, *, site: Site | SiteFacts, space: Space | SpaceFacts, agent: Agent | AgentFacts | None,
             starts_at: datetime, ends_at: datetime, now: datetime, ignore: Collection[str] = (),
             rules: EffectiveRules | None = None) -> list[Refusal]:
    """Every reason the request is refused, rules first, then capacity and availability."""
    facts = space if isinstance(space, SpaceFacts) else space_facts(space)
    rules = rules or rules_for(session, site, facts)
    request = Request(starts_at, ends_at, agent.id if agent else None, agent.unit if agent else "")
    # Counted only where a quota applies, and only up to it: the rules compare, never show, the count.
    quota = rules.max_active_per_agent
    count = active_count(session, agent.id, now, ignore, at_most=quota) if agent and quota is not None else 0
    refusals = check_request(
        rules, facts, request, tz=site.timezone, region=site.holiday_region, now=now, active_count=count
    )
    if ends_at > starts_at:
        refusals.extend(database_refusals(session, space, request.agent_id, starts_at, ends_at, ignore))
    return refusals


def raise_first(refusals: list[Refusal]) -> None:
    """Raise BookingRefused for the first reason, carrying all of them (`params["reasons"]`)."""
    if refusals:
        first = refusals[0]
        raise BookingRefused(first.code, **first.params, reasons=refusals)
