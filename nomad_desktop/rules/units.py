"""Booking units as local wall-clock periods: half-days, whole days, and 15-minute steps.

Periods are built in the site's zone and converted to UTC instants, so a morning is 08:00–12:00
on the site's clock on the day daylight-saving time starts or ends, whatever its UTC length.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from nomad_desktop.model.enums import BookingUnit
from nomad_desktop.rules.effective import EffectiveRules
from nomad_desktop.sitetime import local_instant

SLOT_MINUTES = 15

MORNING, AFTERNOON, DAY = "morning", "afternoon", "day"


def period_times(rules: EffectiveRules) -> dict[str, tuple[time, time]]:
    """Local times of the morning, the afternoon and the whole day under `rules`."""
    return {
        MORNING: (rules.opening, min(rules.midday, rules.closing)),
        AFTERNOON: (max(rules.afternoon_start, rules.opening), rules.closing),
        DAY: (rules.opening, rules.closing),
    }


def period(day: date, name: str, rules: EffectiveRules, tz: str) -> tuple[datetime, datetime]:
    """[start, end) in UTC of the named period ("morning", "afternoon", "day") of the local `day`."""
    start, end = period_times(rules)[name]
    if end == time.max:  # open until midnight: the period ends at the next day's 00:00
        return local_instant(day, start, tz), local_instant(day + timedelta(days=1), time(0), tz)
    return local_instant(day, start, tz), local_instant(day, end, tz)


def allowed_shapes(rules: EffectiveRules) -> tuple[tuple[time, time], ...]:
    """The exact local (start, end) pairs a half-day or day unit accepts."""
    times = period_times(rules)
    if rules.unit == BookingUnit.DAY:
        return (times[DAY],)
    if rules.unit == BookingUnit.HALF_DAY:
        return (times[MORNING], times[AFTERNOON], times[DAY])
    return ()


def on_step(at: time) -> bool:
    return at.minute % SLOT_MINUTES == 0 and at.second == 0 and at.microsecond == 0
