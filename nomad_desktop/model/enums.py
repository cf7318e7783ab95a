"""Closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class SpaceKind(StrEnum):
    DESK = "desk"
    OFFICE = "office"
    MEETING_ROOM = "meeting_room"
    LEISURE = "leisure"  # gym, cinema room, …: many people per slot
    ZONE = "zone"  # a flex-office area grouping desks; not bookable itself
    CIRCULATION = "circulation"  # corridors, stairs: drawn, never booked
    SERVICE = "service"  # toilets, technical rooms, reception desk


class BookingStatus(StrEnum):
    CONFIRMED = "confirmed"
    CHECKED_IN = "checked_in"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"
    RELEASED = "released"


#: Statuses that hold the place (count against capacity).
ACTIVE_BOOKING_STATUSES = (BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN)


class BookingUnit(StrEnum):
    HALF_DAY = "half_day"  # matin / après-midi
    DAY = "day"
    SLOT = "slot"  # 15-minute steps


class VisitStatus(StrEnum):
    EXPECTED = "expected"
    CHECKED_IN = "checked_in"
    CHECKED_OUT = "checked_out"
    CANCELLED = "cancelled"


class VisitorCategory(StrEnum):
    VISITOR = "visitor"
    CONTRACTOR = "contractor"
    OFFICIAL = "official"
    DELIVERY = "delivery"
    CANDIDATE = "candidate"


class MutationState(StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"
