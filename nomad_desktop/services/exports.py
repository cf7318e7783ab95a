"""Files made from bookings: an agent's calendar (iCalendar, RFC 5545) and QR labels for desks and rooms.

The QR code on a label holds the space's `label_code`, which is what a USB scanner types at
check-in (see `bookings.check_in_by_label`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import segno
from icalendar import Calendar, Event
from sqlalchemy import select

from nomad_desktop.clock import utc_now
from nomad_desktop.errors import NotFoundError
from nomad_desktop.model import Agent, Booking, Building, Floor, Space
from nomad_desktop.services.sites import current_site
from nomad_desktop.sitetime import day_bounds, to_local
from nomad_desktop.store.database import Store

_ICS_STATUS = {"confirmed": "CONFIRMED", "checked_in": "CONFIRMED", "cancelled": "CANCELLED",
               "no_show": "CANCELLED", "released": "CANCELLED"}


def agent_calendar_ics(store: Store, *, agent_id: str, from_day: date | None = None, days: int = 90) -> bytes:
    """The agent's bookings from `from_day` (default: today at the site) for `days` days, as an .ics file.

    Instants are written in UTC (unambiguous across daylight-saving changes); each event's UID is
    the booking id, so re-importing updates events instead of duplicating them.
    """
    with store.read() as session:
        site = current_site(session)
        agent = session.get(Agent, agent_id)
        if agent is None:
            raise NotFoundError(agent_id, what="agent")
        first = from_day or to_local(utc_now(), site.timezone).date()
        start, _ = day_bounds(first, site.timezone)
        end, _ = day_bounds(first + timedelta(days=days), site.timezone)
        rows = session.execute(
            select(Booking, Space.name, Floor.name, Building.name)
            .join(Space, Space.id == Booking.space_id).join(Floor, Floor.id == Space.floor_id)
            .join(Building, Building.id == Floor.building_id)
            .where(Booking.agent_id == agent_id, Booking.starts_at >= start, Booking.starts_at < end,
                   Booking.deleted_at.is_(None))
            .order_by(Booking.starts_at)
        ).all()
        calendar = Calendar()
        calendar.add("prodid", "-//NOMAD//NOMAD Desktop//FR")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", f"NOMAD — {agent.first_name} {agent.last_name}")
        for booking, space, floor, building in rows:
            event = Event()
            event.add("uid", f"{booking.id}@nomad")
            event.add("dtstamp", booking.updated_at or utc_now())
            event.add("dtstart", booking.starts_at)
            event.add("dtend", booking.ends_at)
            event.add("summary", space)
            event.add("location", f"{site.name}, {building}, {floor}, {space}")
            event.add("status", _ICS_STATUS.get(booking.status, "CONFIRMED"))
            calendar.add_component(event)
        return calendar.to_ical()


@dataclass(frozen=True)
class SpaceLabel:
    space_id: str
    name: str
    code: str
    #: The QR code of `code` as an SVG document (scales to any printer).
    qr_svg: str


def space_labels(store: Store, *, floor_id: str) -> list[SpaceLabel]:
    """Labels of the floor's bookable spaces that have a label code, with their QR codes."""
    with store.read() as session:
        if session.get(Floor, floor_id) is None:
            raise NotFoundError(floor_id, what="floor")
        rows = session.execute(
            select(Space.id, Space.name, Space.label_code).where(
                Space.floor_id == floor_id, Space.deleted_at.is_(None), Space.bookable.is_(True), Space.label_code != ""
            ).order_by(Space.name)
        ).all()
    # Error correction "M": a label survives a scratch or a bit of tape.
    return [SpaceLabel(i, n, c, segno.make(c, error="m", micro=False).svg_inline(scale=4)) for i, n, c in rows]
