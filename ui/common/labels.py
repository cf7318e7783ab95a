"""Translated names of the domain's vocabularies (space kinds, statuses, categories)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def space_kind_label(kind: str) -> str:
    labels = {
        "desk": QCoreApplication.translate("Labels", "Desk"),
        "office": QCoreApplication.translate("Labels", "Office"),
        "meeting_room": QCoreApplication.translate("Labels", "Meeting room"),
        "leisure": QCoreApplication.translate("Labels", "Leisure space"),
        "zone": QCoreApplication.translate("Labels", "Zone"),
        "circulation": QCoreApplication.translate("Labels", "Circulation"),
        "service": QCoreApplication.translate("Labels", "Service room"),
    }
    return labels.get(kind, kind)


#: Kinds a person can book; in the plan's live mode one of these without a status is not bookable.
BOOKABLE_KINDS = frozenset({"desk", "office", "meeting_room", "leisure"})


def not_bookable_label() -> str:
    return QCoreApplication.translate("Labels", "Not bookable")


def booking_status_label(status: str) -> str:
    labels = {
        "confirmed": QCoreApplication.translate("Labels", "Confirmed"),
        "checked_in": QCoreApplication.translate("Labels", "Checked in"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
        "no_show": QCoreApplication.translate("Labels", "No-show"),
        "released": QCoreApplication.translate("Labels", "Released"),
    }
    return labels.get(status, status)


def visit_status_label(status: str) -> str:
    labels = {
        "expected": QCoreApplication.translate("Labels", "Expected"),
        "checked_in": QCoreApplication.translate("Labels", "On site"),
        "checked_out": QCoreApplication.translate("Labels", "Left"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }
    return labels.get(status, status)


def visitor_category_label(category: str) -> str:
    labels = {
        "visitor": QCoreApplication.translate("Labels", "Visitor"),
        "contractor": QCoreApplication.translate("Labels", "Contractor"),
        "official": QCoreApplication.translate("Labels", "Official"),
        "delivery": QCoreApplication.translate("Labels", "Delivery"),
        "candidate": QCoreApplication.translate("Labels", "Candidate"),
    }
    return labels.get(category, category)


def entity_label(entity: str) -> str:
    labels = {
        "site": QCoreApplication.translate("Labels", "Site"),
        "building": QCoreApplication.translate("Labels", "Buildings"),
        "floor": QCoreApplication.translate("Labels", "Floors"),
        "space": QCoreApplication.translate("Labels", "Spaces"),
        "out_of_service": QCoreApplication.translate("Labels", "Out-of-service periods"),
        "agent": QCoreApplication.translate("Labels", "Agents"),
        "booking": QCoreApplication.translate("Labels", "Bookings"),
        "booking_rule": QCoreApplication.translate("Labels", "Booking rules"),
        "visitor": QCoreApplication.translate("Labels", "Visitors"),
        "visit": QCoreApplication.translate("Labels", "Visits"),
    }
    return labels.get(entity, entity)
