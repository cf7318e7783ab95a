"""French sentences for every reason a booking is refused: the answer to "why can't I book this?"."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from nomad_desktop.errors import NomadError
from ui.common.messages import error_message


def _weekday(index: Any) -> str:
    # Qt counts from Monday = 1.
    return QLocale().dayName(int(index) + 1) if isinstance(index, int) else ""


# lupdate only extracts literal translate(...) calls, hence the long mapping.
def refusal_text(code: str, params: dict[str, Any]) -> str:
    """One sentence for one refusal code and its parameters."""
    p = params
    texts = {
        "invalid_period": QCoreApplication.translate("Refusals", "The end must come after the start."),
        "not_bookable": QCoreApplication.translate("Refusals", "%1 cannot be booked.").replace("%1", str(p.get("space", ""))),
        "space_deleted": QCoreApplication.translate("Refusals", "This space has been deleted."),
        "in_past": QCoreApplication.translate("Refusals", "This period is already over."),
        "spans_days": QCoreApplication.translate("Refusals", "A booking must start and end on the same day."),
        "closed_weekday": QCoreApplication.translate("Refusals", "The site is closed on %1.").replace("%1", _weekday(p.get("weekday"))),
        "public_holiday": QCoreApplication.translate("Refusals", "The site is closed: public holiday (%1).").replace("%1", str(p.get("holiday", ""))),
        "outside_hours": QCoreApplication.translate("Refusals", "Outside opening hours (%1 to %2).").replace("%1", str(p.get("opening", ""))).replace("%2", str(p.get("closing", ""))),
        "unit_half_day": QCoreApplication.translate("Refusals", "This space is booked by half-day or whole day only (%1).").replace("%1", ", ".join(p.get("shapes", []))),
        "unit_day": QCoreApplication.translate("Refusals", "This space is booked by whole day only (%1).").replace("%1", ", ".join(p.get("shapes", []))),
        "unit_slot": QCoreApplication.translate("Refusals", "Times must be on the quarter hour (15-minute steps)."),
        "too_far_ahead": QCoreApplication.translate("Refusals", "Bookings open at most %1 days ahead.").replace("%1", str(p.get("days", ""))),
        "too_long": QCoreApplication.translate("Refusals", "A booking lasts at most %1 minutes here.").replace("%1", str(p.get("minutes", ""))),
        "quota_reached": QCoreApplication.translate("Refusals", "This agent already has %1 active bookings, the most allowed.").replace("%1", str(p.get("max", ""))),
        "guests_not_allowed": QCoreApplication.translate("Refusals", "Guests cannot be booked into this space."),
        "restricted": QCoreApplication.translate("Refusals", "%1 is reserved for some units or agents (%2).").replace("%1", str(p.get("space", ""))).replace("%2", ", ".join(p.get("units", [])) or "—"),
        "owner_not_opened": QCoreApplication.translate("Refusals", "%1 is a personal office its owner has not opened to booking that day.").replace("%1", str(p.get("space", ""))),
        "out_of_service": QCoreApplication.translate("Refusals", "%1 is out of service for this period (%2).").replace("%1", str(p.get("space", ""))).replace("%2", str(p.get("reason", ""))),
        "full": QCoreApplication.translate("Refusals", "%1 is already fully booked for this period.").replace("%1", str(p.get("space", ""))),
        "agent_busy": QCoreApplication.translate("Refusals", "This person already has a booking at that time (%1).").replace("%1", str(p.get("space", ""))),
        "cancel_too_late": QCoreApplication.translate("Refusals", "Too late to cancel: cancellations close %1 minutes before the start.").replace("%1", str(p.get("minutes", ""))),
        "not_active": QCoreApplication.translate("Refusals", "This booking is no longer active."),
        "not_checked_in": QCoreApplication.translate("Refusals", "This booking is not checked in."),
        "series_empty": QCoreApplication.translate("Refusals", "No day of this series can be booked."),
        "unknown_label": QCoreApplication.translate("Refusals", "No space carries the label code “%1”.").replace("%1", str(p.get("code", ""))),
        "not_full": QCoreApplication.translate("Refusals", "%1 still has a free place: book it directly.").replace("%1", str(p.get("space", ""))),
        "no_booking_now": QCoreApplication.translate("Refusals", "Nobody is booked on %1 right now.").replace("%1", str(p.get("space", ""))),
    }
    return texts.get(code, QCoreApplication.translate("Refusals", "This booking is not allowed."))


def refusal_lines(refusals: Iterable[Any]) -> list[str]:
    """Sentences for refusal records (anything with `code` and `params`)."""
    return [refusal_text(r.code, r.params) for r in refusals]


def explain(exc: BaseException) -> str:
    """Every reason carried by a refused booking, one per line; other errors as the general message."""
    if isinstance(exc, NomadError):
        reasons = exc.params.get("reasons")
        if reasons:
            return "\n".join(refusal_lines(reasons))
        if exc.code in _CODES:
            return refusal_text(exc.code, exc.params)
    return error_message(exc)


_CODES = frozenset({
    "invalid_period", "not_bookable", "space_deleted", "in_past", "spans_days", "closed_weekday", "public_holiday",
    "outside_hours", "unit_half_day", "unit_day", "unit_slot", "too_far_ahead", "too_long", "quota_reached",
    "guests_not_allowed", "restricted", "owner_not_opened", "out_of_service", "full", "agent_busy", "cancel_too_late",
    "not_active", "not_checked_in", "series_empty", "unknown_label", "no_booking_now", "not_full",
})
