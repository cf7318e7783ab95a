"""The site's calendar: French public holidays (with Alsace-Moselle and overseas subdivisions).

The `holidays` package maintains the calendar; we only map the site's region code to its
subdivision ("67"/"68" are "6AE" there, "57" is Moselle).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import holidays

_SUBDIVISION_ALIASES = {"67": "6AE", "68": "6AE"}


def subdivision(region: str) -> str | None:
    """The `holidays` subdivision of a site's region code, or None for metropolitan France."""
    region = (region or "").strip()
    if not region:
        return None
    code = _SUBDIVISION_ALIASES.get(region, region)
    return code if code in holidays.France.subdivisions else None


@lru_cache(maxsize=64)
def _year(region: str, year: int) -> dict[date, str]:
    # French names: they are shown as the reason why a day is closed.
    return dict(holidays.country_holidays("FR", subdiv=subdivision(region), years=year, language="fr"))


def public_holidays(year: int, region: str = "") -> dict[date, str]:
    """Public holidays of `year` at a site of `region`: {day: French name}."""
    return dict(_year(region, year))


def holiday_name(day: date, region: str = "") -> str | None:
    """The French name of the public holiday on `day`, or None on an ordinary day."""
    return _year(region, day.year).get(day)
