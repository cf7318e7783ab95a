"""Local days and hours of a site, converted to UTC instants with the site's IANA time zone.

DST-safe: a local day is from local midnight to the next local midnight, whatever its length.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def local_instant(day: date, at: time, tz: str) -> datetime:
    """The UTC instant of wall-clock `at` on `day` at the site (fold=0 on ambiguous times)."""
    return datetime.combine(day, at, tzinfo=zone(tz)).astimezone(UTC)


def day_bounds(day: date, tz: str) -> tuple[datetime, datetime]:
    """[start, end) of the site's local `day`, in UTC."""
    return local_instant(day, time(0), tz), local_instant(day + timedelta(days=1), time(0), tz)


def local_date(instant: datetime, tz: str) -> date:
    return instant.astimezone(zone(tz)).date()


def to_local(instant: datetime, tz: str) -> datetime:
    return instant.astimezone(zone(tz))
