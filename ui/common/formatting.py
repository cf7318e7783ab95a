"""Dates, times and numbers as the site's people read them: site time zone, locale formats."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime


def local(instant: datetime, tz: str) -> datetime:
    return instant.astimezone(ZoneInfo(tz))


def format_time(instant: datetime | None, tz: str) -> str:
    if instant is None:
        return ""
    t = local(instant, tz)
    return QLocale().toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)


def format_date(day: date, *, long: bool = True) -> str:
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def format_number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals) if decimals else QLocale().toString(round(value))


def format_percent(ratio: float) -> str:
    return QLocale().toString(ratio * 100, "f", 0) + "\u202f%"


def today_at_site(tz: str) -> date:
    from nomad_desktop.clock import utc_now

    return utc_now().astimezone(ZoneInfo(tz)).date()
