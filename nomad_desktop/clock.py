"""One source of "now" for the core, so tests can freeze time (auto-release, retention, purges)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

_now: Callable[[], datetime] = lambda: datetime.now(UTC)  # noqa: E731


def utc_now() -> datetime:
    """The current instant, timezone-aware in UTC."""
    return _now()


def set_clock(now: Callable[[], datetime] | None) -> None:
    """Replace the clock (tests); None restores the real one."""
    global _now
    _now = now or (lambda: datetime.now(UTC))
