"""The checks of one booking request against the rules in force: every reason it is refused.

Pure: the caller gathers the facts (space, agent, counts) inside its transaction and adds the
checks that need the database (capacity, out of service, the agent elsewhere). Returning every
reason, not only the first, lets the UI answer "why can't I book this?" completely.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from nomad_desktop.model.enums import BookingUnit, SpaceKind
from nomad_desktop.rules.calendar import holiday_name
from nomad_desktop.rules.effective import EffectiveRules
from nomad_desktop.rules.units import allowed_shapes, on_step

NOT_BOOKABLE_KINDS = frozenset({SpaceKind.ZONE, SpaceKind.CIRCULATION, SpaceKind.SERVICE})
#: Kinds where each booking takes one place among `capacity` (a gym session); elsewhere a
#: booking takes the whole space (a meeting room's capacity is its seats, not its bookings).
SHARED_KINDS = frozenset({SpaceKind.LEISURE})


def places(kind: str, capacity: int) -> int:
    """How many bookings a space holds at once."""
    return max(capacity, 1) if kind in SHARED_KINDS else 1


@dataclass(frozen=True)
class Refusal:
    """One reason a request is refused: a stable code and the values its sentence needs."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SpaceFacts:
    id: str
    name: str
    kind: str
    capacity: int
    bookable: bool
    owner_agent_id: str | None = None
    restricted_units: tuple[str, ...] = ()
    allowed_agent_ids: tuple[str, ...] = ()
    #: Local days a personal office's owner opened it to others.
    open_days: frozenset[date] = frozenset()


@dataclass(frozen=True)
class Request:
    starts_at: datetime
    ends_at: datetime
    agent_id: str | None
    agent_unit: str = ""


def _hhmm(at: time) -> str:
    return "24:00" if at == time.max else at.strftime("%H:%M")


def day_refusals(day: date, rules: EffectiveRules, region: str) -> list[Refusal]:
    """Why the whole local `day` is closed (weekday or public holiday), if it is."""
    refusals = []
    if day.weekday() in rules.closed_weekdays:
        refusals.append(Refusal("closed_weekday", {"weekday": day.weekday(), "day": day.isoformat()}))
    if rules.holidays_closed:
        name = holiday_name(day, region)
        if name:
            refusals.append(Refusal("public_holiday", {"holiday": name, "day": day.isoformat()}))
    return refusals


def check_request(
    rules: EffectiveRules, space: SpaceFacts, request: Request, *, tz: str, region: str, now: datetime,
    active_count: int = 0,
) -> list[Refusal]:
    """Every rule `request` breaks on `space` (empty: the rules allow it).

    `active_count` is the agent's number of active bookings still to come, this one excluded.
    """
    refusals: list[Refusal] = []
    if request.ends_at <= request.starts_at:
        return [Refusal("invalid_period")]
    if not space.bookable or space.kind in NOT_BOOKABLE_KINDS:
        refusals.append(Refusal("not_bookable", {"space": space.name}))
    if request.ends_at <= now:
        refusals.append(Refusal("in_past"))
    zone = ZoneInfo(tz)
    start = request.starts_at.astimezone(zone)
    end = request.ends_at.astimezone(zone)
    day = start.date()
    ends_at_midnight = end.time() == time(0) and (end.date() - day).days == 1
    if end.date() != day and not ends_at_midnight:
        refusals.append(Refusal("spans_days"))
    refusals.extend(day_refusals(day, rules, region))
    start_t, wall_end = start.time().replace(tzinfo=None), end.time().replace(tzinfo=None)
    # A booking ending at midnight ends at the end of its day, not at its start.
    end_t = time.max if ends_at_midnight else wall_end
    if start_t < rules.opening or end_t > rules.closing:
        refusals.append(Refusal("outside_hours", {"opening": _hhmm(rules.opening), "closing": _hhmm(rules.closing)}))
    shapes = allowed_shapes(rules)
    if rules.unit in (BookingUnit.HALF_DAY, BookingUnit.DAY):
        if (start_t, end_t) not in shapes:
            code = "unit_day" if rules.unit == BookingUnit.DAY else "unit_half_day"
            refusals.append(Refusal(code, {"shapes": [f"{_hhmm(a)}–{_hhmm(b)}" for a, b in shapes]}))
    elif not (on_step(start_t) and on_step(wall_end)):
        refusals.append(Refusal("unit_slot", {"minutes": 15}))
    if rules.max_advance_days is not None:
        ahead = (day - now.astimezone(zone).date()).days
        if ahead > rules.max_advance_days:
            refusals.append(Refusal("too_far_ahead", {"days": rules.max_advance_days}))
    minutes = (request.ends_at - request.starts_at).total_seconds() / 60
    if rules.max_duration_minutes is not None and minutes > rules.max_duration_minutes:
        refusals.append(Refusal("too_long", {"minutes": rules.max_duration_minutes}))
    if request.agent_id is None:
        if not rules.guests_allowed:
            refusals.append(Refusal("guests_not_allowed"))
    elif rules.max_active_per_agent is not None and active_count >= rules.max_active_per_agent:
        refusals.append(Refusal("quota_reached", {"max": rules.max_active_per_agent}))
    if space.restricted_units or space.allowed_agent_ids:
        allowed = request.agent_id is not None and (
            request.agent_unit in space.restricted_units or request.agent_id in space.allowed_agent_ids
        )
        if not allowed:
            refusals.append(Refusal("restricted", {"space": space.name, "units": list(space.restricted_units)}))
    if space.owner_agent_id and request.agent_id != space.owner_agent_id and day not in space.open_days:
        refusals.append(Refusal("owner_not_opened", {"space": space.name}))
    return refusals
