"""The reception desk's day: who is expected (visitors and agents with a booking), arrived, left, late.

Read-only queries of bookings and agents live here (the bookings feature owns their writes);
checking an agent in goes through `bookings.check_in_booking`. A scanned QR code is a visit
or booking id, possibly prefixed ("visit:<id>", "NOMAD:booking:<id>").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from nomad_desktop.clock import utc_now
from nomad_desktop.errors import NotFoundError
from nomad_desktop.model import Agent, Booking, Space, Visit, Visitor
from nomad_desktop.model.enums import BookingStatus, VisitStatus
from nomad_desktop.services import bookings as booking_services
from nomad_desktop.services import visits as visit_services
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.sites import current_site
from nomad_desktop.sitetime import day_bounds
from nomad_desktop.store.database import Store
from nomad_desktop.text import search_key

#: Bookings never span more than this (units: slot, half-day, day): bounds the day's index range scan.
LONGEST_BOOKING = timedelta(days=2)
#: An expected person becomes "late" this long after the expected time.
LATE_AFTER = timedelta(minutes=15)

EXPECTED, LATE, ARRIVED, LEFT = "expected", "late", "arrived", "left"
VISITOR, AGENT = "visitor", "agent"

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


@dataclass(frozen=True)
class BoardEntry:
    """One person of the day's board. `id` is the visit id (visitors) or the booking id (agents)."""

    kind: str  # VISITOR or AGENT
    id: str
    name: str
    company: str  # visitor's company, or the agent's unit
    host_name: str  # visitor's host, or the booked space for an agent
    expected_at: datetime
    state: str  # EXPECTED, LATE, ARRIVED, LEFT
    category: str  # visitor category, "agent" for agents
    badge_number: str
    escort_required: bool
    id_check_required: bool
    arrived_at: datetime | None
    left_at: datetime | None
    key: str  # accent-folded text searched as you type


@dataclass(frozen=True)
class Board:
    day: date
    timezone: str
    site_name: str
    entries: tuple[BoardEntry, ...]


def _visit_state(status: str, expected_at: datetime, now: datetime) -> str | None:
    if status == VisitStatus.CHECKED_IN:
        return ARRIVED
    if status == VisitStatus.CHECKED_OUT:
        return LEFT
    if status == VisitStatus.EXPECTED:
        return LATE if now > expected_at + LATE_AFTER else EXPECTED
    return None  # cancelled: not on the board


def _booking_state(status: str, starts_at: datetime, checked_out_at: datetime | None, ends_at: datetime, now: datetime) -> str | None:
    if status == BookingStatus.CHECKED_IN:
        return LEFT if checked_out_at is not None or ends_at <= now else ARRIVED
    if status == BookingStatus.CONFIRMED:
        return LATE if now > starts_at + LATE_AFTER else EXPECTED
    return None


def today_board(store: Store, *, day: date, now: datetime | None = None) -> Board:
    """Everyone expected on the site's local `day`: visitors, then agents (one line per agent: the
    first active booking of the day), sorted by expected time."""
    now = now or utc_now()
    entries: list[BoardEntry] = []
    with store.read() as session:
        site = current_site(session)
        start, end = day_bounds(day, site.timezone)
        visits = session.execute(
            select(
                Visit.id, Visitor.first_name, Visitor.last_name, Visitor.company, Agent.first_name, Agent.last_name,
                Visit.expected_at, Visit.status, Visit.category, Visit.badge_number, Visit.escort_required,
                Visit.id_check_required, Visit.checked_in_at, Visit.checked_out_at,
            )
            .join(Visitor, Visitor.id == Visit.visitor_id)
            .outerjoin(Agent, Agent.id == Visit.host_agent_id)
            .where(Visit.site_id == site.id, Visit.expected_at >= start, Visit.expected_at < end,
                   Visit.deleted_at.is_(None), Visit.anonymised.is_(False))
        )
        for (vid, first, last, company, hfirst, hlast, expected, status, category, badge, escort, idreq,
             arrived, left) in visits:
            state = _visit_state(status, expected, now)
            if state is None:
                continue
            name = f"{first} {last}".strip()
            host = f"{hfirst} {hlast}" if hlast else ""
            entries.append(BoardEntry(
                VISITOR, vid, name, company, host, expected, state, category, badge, escort, idreq, arrived, left,
                search_key(name, company, host, badge),
            ))
        bookings = session.execute(
            select(
                Booking.id, Booking.agent_id, Booking.guest_name, Agent.first_name, Agent.last_name, Agent.unit,
                Space.name, Booking.starts_at, Booking.ends_at, Booking.status, Booking.checked_in_at,
                Booking.checked_out_at,
            )
            .join(Space, Space.id == Booking.space_id)
            .outerjoin(Agent, Agent.id == Booking.agent_id)
            .where(Booking.starts_at < end, Booking.starts_at >= start - LONGEST_BOOKING, Booking.ends_at > start,
                   Booking.deleted_at.is_(None), Booking.status.in_([BookingStatus.CONFIRMED.value, BookingStatus.CHECKED_IN.value]))
            .order_by(Booking.starts_at)
        )
        seen: dict[str, int] = {}
        for (bid, agent_id, guest, first, last, unit, space, starts, ends, status, arrived, left) in bookings:
            state = _booking_state(status, starts, left, ends, now)
            if state is None:
                continue
            person = agent_id or f"guest:{guest}"
            name = f"{first} {last}" if last else guest
            entry = BoardEntry(
                AGENT, bid, name, unit or "", space, starts, state, AGENT, "", False, False, arrived, left,
                search_key(name, unit, space),
            )
            if person in seen:
                # One line per person: an arrival on any booking of the day counts.
                index = seen[person]
                if entries[index].state in (EXPECTED, LATE) and state == ARRIVED:
                    entries[index] = entry
                continue
            seen[person] = len(entries)
            entries.append(entry)
    entries.sort(key=lambda e: (e.expected_at, e.name))
    return Board(day, site.timezone, site.name, tuple(entries))


def filter_board(
    entries: tuple[BoardEntry, ...] | list[BoardEntry], *, query: str = "", states: frozenset[str] | None = None,
    kinds: frozenset[str] | None = None,
) -> list[BoardEntry]:
    """Entries whose text holds every word of `query` (accent- and case-insensitive), in the given states and kinds."""
    words = search_key(query).split()
    return [
        e for e in entries
        if (states is None or e.state in states) and (kinds is None or e.kind in kinds)
        and all(w in e.key for w in words)
    ]


def parse_scan(code: str) -> str | None:
    """The id inside a scanned code, or None when the text is not a code (a typed search)."""
    match = _UUID.search(code.strip())
    return match.group(0).lower() if match else None


@dataclass(frozen=True)
class ScanResult:
    kind: str  # VISITOR or AGENT
    id: str
    name: str
    needs_desk: bool  # a visitor who still needs an ID check or a badge: open the check-in dialog


def check_in_scanned(store: Store, *, code: str, badge_number: str = "") -> Outcome[ScanResult]:
    """Check in the person whose visit or booking QR code was scanned.

    A visitor whose visit requires an ID check is not checked in here: `needs_desk` tells the
    UI to open the check-in dialog. Raises NotFoundError for an unknown code.
    """
    found = parse_scan(code)
    if found is None:
        raise NotFoundError(code, what="code")
    with store.read() as session:
        visit = session.get(Visit, found)
        booking = session.get(Booking, found) if visit is None else None
        if visit is not None and visit.deleted_at is None:
            visitor = session.get(Visitor, visit.visitor_id)
            name = f"{visitor.first_name} {visitor.last_name}".strip() if visitor else ""
            needs_desk = visit.id_check_required
            kind = VISITOR
        elif booking is not None and booking.deleted_at is None:
            agent = session.get(Agent, booking.agent_id) if booking.agent_id else None
            name = f"{agent.first_name} {agent.last_name}" if agent else booking.guest_name
            needs_desk = False
            kind = AGENT
        else:
            raise NotFoundError(found, what="code")
    result = ScanResult(kind, found, name, needs_desk)
    if needs_desk:
        return Outcome(result, Changes())
    if kind == VISITOR:
        badge = badge_number or visit_services.next_free_badge(store)
        outcome = visit_services.check_in_visit(store, visit_id=found, badge_number=badge)
    else:
        outcome = booking_services.check_in_booking(store, booking_id=found)
    return Outcome(result, outcome.changes)


@dataclass(frozen=True)
class OnSitePerson:
    kind: str
    id: str
    name: str
    company: str
    host_name: str
    badge_number: str
    arrived_at: datetime | None


def on_site_now(store: Store, *, now: datetime | None = None) -> list[OnSitePerson]:
    """Everyone on site now: visitors checked in and not out, agents checked in on a booking running now.

    Sorted by name, for an evacuation roll call.
    """
    now = now or utc_now()
    people: list[OnSitePerson] = []
    with store.read() as session:
        rows = session.execute(
            select(Visit.id, Visitor.first_name, Visitor.last_name, Visitor.company, Agent.first_name, Agent.last_name,
                   Visit.badge_number, Visit.checked_in_at)
            .join(Visitor, Visitor.id == Visit.visitor_id)
            .outerjoin(Agent, Agent.id == Visit.host_agent_id)
            .where(Visit.status == VisitStatus.CHECKED_IN.value, Visit.deleted_at.is_(None))
        )
        for vid, first, last, company, hfirst, hlast, badge, arrived in rows:
            host = f"{hfirst} {hlast}" if hlast else ""
            people.append(OnSitePerson(VISITOR, vid, f"{first} {last}".strip(), company, host, badge, arrived))
        agents = session.execute(
            select(Booking.id, Booking.agent_id, Booking.guest_name, Agent.first_name, Agent.last_name, Agent.unit,
                   Space.name, Booking.checked_in_at)
            .join(Space, Space.id == Booking.space_id)
            .outerjoin(Agent, Agent.id == Booking.agent_id)
            .where(Booking.status == BookingStatus.CHECKED_IN.value, Booking.checked_out_at.is_(None),
                   Booking.starts_at <= now, Booking.starts_at >= now - LONGEST_BOOKING, Booking.ends_at > now,
                   Booking.deleted_at.is_(None))
        )
        seen: set[str] = set()
        for bid, agent_id, guest, first, last, unit, space, arrived in agents:
            person = agent_id or f"guest:{guest}"
            if person in seen:
                continue
            seen.add(person)
            people.append(OnSitePerson(AGENT, bid, f"{first} {last}" if last else guest, unit or "", space, "", arrived))
    people.sort(key=lambda p: search_key(p.name))
    return people

