"""The rules in force for one space: site rule, narrowed by its kind's rule, narrowed by its own.

A None field of a narrower rule inherits from the wider one. Without any rule a site is open
every day but public holidays, all day, in 15-minute steps: rules only ever narrow that.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import time
from typing import Any

from nomad_desktop.model.enums import BookingUnit

#: Rule fields that narrower rules may override.
RULE_FIELDS = (
    "unit", "opening_time", "closing_time", "closed_weekdays", "max_advance_days", "max_duration_minutes",
    "max_active_per_agent", "cancel_cutoff_minutes", "no_show_release_minutes", "guests_allowed",
)


@dataclass(frozen=True)
class EffectiveRules:
    """Every rule that applies to one space, resolved. Times are local wall-clock times."""

    unit: str = BookingUnit.SLOT.value
    opening: time = time(0, 0)
    #: END_OF_DAY (the default) means open until midnight.
    closing: time = time.max
    closed_weekdays: frozenset[int] = frozenset()
    max_advance_days: int | None = None
    max_duration_minutes: int | None = None
    max_active_per_agent: int | None = None
    cancel_cutoff_minutes: int = 0
    no_show_release_minutes: int | None = None
    guests_allowed: bool = True
    #: Half-day boundaries: morning = [opening, midday), afternoon = [afternoon_start, closing).
    midday: time = time(12, 0)
    afternoon_start: time = time(13, 0)
    holidays_closed: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


def parse_time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def resolve(layers: Iterable[dict[str, Any]]) -> EffectiveRules:
    """Fold rule layers, widest first (site, then kind, then space), into the rules in force."""
    rules = EffectiveRules()
    for layer in layers:
        changes: dict[str, Any] = {}
        for name in RULE_FIELDS:
            value = layer.get(name)
            if value is None:
                continue
            if name == "opening_time":
                changes["opening"] = parse_time(value)
            elif name == "closing_time":
                changes["closing"] = parse_time(value)
            elif name == "closed_weekdays":
                changes["closed_weekdays"] = frozenset(int(d) for d in value)
            else:
                changes[name] = value
        extra = layer.get("extra") or {}
        for key in ("midday", "afternoon_start"):
            if extra.get(key):
                changes[key] = parse_time(extra[key])
        if "holidays_closed" in extra:
            changes["holidays_closed"] = bool(extra["holidays_closed"])
        if extra:
            changes["extra"] = {**rules.extra, **extra}
        rules = replace(rules, **changes)
    return rules
