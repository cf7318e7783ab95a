"""Booking rules of the site: setting a rule (site-wide, per space kind, per space) and reading those in force."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from nomad_desktop.errors import NotFoundError, ValidationError
from nomad_desktop.model import BookingRule, Space
from nomad_desktop.model.enums import BookingUnit, SpaceKind
from nomad_desktop.rules.effective import RULE_FIELDS, EffectiveRules, parse_time
from nomad_desktop.services.booking_checks import rules_for
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.outbox import create_row, delete_row, patch_row
from nomad_desktop.services.sites import current_site
from nomad_desktop.store.database import Store
from nomad_desktop.text import search_key

#: Upper bounds only a typo would exceed (a cut-off of a month, a two-year advance).
_LIMITS = {
    "max_advance_days": 730, "max_duration_minutes": 24 * 60, "max_active_per_agent": 100_000,
    "cancel_cutoff_minutes": 7 * 24 * 60, "no_show_release_minutes": 24 * 60,
}


def _invalid(field: str, problem: str, **params: Any) -> ValidationError:
    """`problem` is a stable code the UI turns into a French sentence."""
    return ValidationError(f"{field}: {problem}", field=field, problem=problem, **params)


def _check(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(RULE_FIELDS) - {"extra", "notes"}
    if unknown:
        raise ValidationError(f"unknown rule fields {sorted(unknown)}", field=sorted(unknown)[0])
    if values.get("unit") is not None and values["unit"] not in set(BookingUnit):
        raise _invalid("unit", "unknown_unit")
    times = {}
    for key in ("opening_time", "closing_time"):
        if values.get(key) is not None:
            try:
                times[key] = parse_time(values[key])
            except ValueError as exc:
                raise _invalid(key, "bad_time") from exc
            if times[key].minute % 15:
                raise _invalid(key, "not_quarter_hour")
    if len(times) == 2 and times["closing_time"] <= times["opening_time"]:
        raise _invalid("closing_time", "closing_before_opening")
    weekdays = values.get("closed_weekdays")
    if weekdays is not None:
        if any(not isinstance(d, int) or not 0 <= d <= 6 for d in weekdays):
            raise _invalid("closed_weekdays", "bad_weekday")
        if len(set(weekdays)) == 7:
            raise _invalid("closed_weekdays", "closed_every_day")
        values["closed_weekdays"] = sorted(set(weekdays))
    for key, most in _LIMITS.items():
        value = values.get(key)
        if value is not None and (not isinstance(value, int) or not 0 <= value <= most):
            raise _invalid(key, "out_of_range", most=most)
    if values.get("max_duration_minutes") == 0 or values.get("max_active_per_agent") == 0:
        key = "max_duration_minutes" if values.get("max_duration_minutes") == 0 else "max_active_per_agent"
        raise _invalid(key, "zero_forbids_all")
    return values


def set_rule(store: Store, *, space_kind: str | None = None, space_id: str | None = None,
             **values: Any) -> Outcome[str]:
    """Create or update the rule of the site (no kind, no space), of a space kind, or of one space.

    Fields left out are unchanged; a field set to None inherits from the wider rule.
    """
    values = _check(values)
    if space_kind is not None and space_kind not in set(SpaceKind):
        raise ValidationError(f"unknown kind {space_kind!r}", field="space_kind")
    with store.write() as session:
        site = current_site(session)
        if space_id is not None and session.get(Space, space_id) is None:
            raise NotFoundError(space_id, what="space")
        rule = session.scalars(select(BookingRule).where(
            BookingRule.site_id == site.id, BookingRule.deleted_at.is_(None),
            BookingRule.space_kind.is_(None) if space_kind is None else BookingRule.space_kind == space_kind,
            BookingRule.space_id.is_(None) if space_id is None else BookingRule.space_id == space_id,
        ).limit(1)).first()
        if rule is None:
            rule = create_row(session, BookingRule, site_id=site.id, space_kind=space_kind, space_id=space_id, **values)
        else:
            patch_row(session, rule, **values)
        return Outcome(rule.id, Changes(rules=True, outbox=True))


def rules_in_force(store: Store, *, space_id: str) -> EffectiveRules:
    """The rules that apply to one space, resolved site → kind → space."""
    with store.read() as session:
        space = session.get(Space, space_id)
        if space is None:
            raise NotFoundError(space_id, what="space")
        return rules_for(session, current_site(session), space)


@dataclass(frozen=True)
class RuleInfo:
    """One rule row as set (None: inherited from the wider rule), and where it applies."""

    id: str
    space_kind: str | None
    space_id: str | None
    space_name: str
    values: dict[str, Any]
    notes: str
    #: For a space's own rule: the space's kind (whose rule it narrows).
    kind_of_space: str = ""


def list_rules(store: Store) -> list[RuleInfo]:
    """The site's rule, then the kinds' rules, then the spaces' own rules (by space name)."""
    with store.read() as session:
        site = current_site(session)
        rows = session.execute(
            select(BookingRule, Space.name, Space.kind).outerjoin(Space, Space.id == BookingRule.space_id)
            .where(BookingRule.site_id == site.id, BookingRule.deleted_at.is_(None))
        ).all()
        rules = [
            RuleInfo(r.id, r.space_kind, r.space_id, name or "", {f: getattr(r, f) for f in RULE_FIELDS}, r.notes,
                     kind or "")
            for r, name, kind in rows
        ]
    return sorted(rules, key=lambda r: (r.space_id is not None, r.space_kind is not None, r.space_kind or "", r.space_name))


def remove_rule(store: Store, *, rule_id: str) -> Outcome[str]:
    """Drop a kind's or a space's own rule: the wider rule applies again. The site's rule stays."""
    with store.write() as session:
        rule = session.get(BookingRule, rule_id)
        if rule is None or rule.deleted_at is not None:
            raise NotFoundError(rule_id, what="rule")
        if rule.space_kind is None and rule.space_id is None:
            raise _invalid("rule", "site_rule_kept")
        delete_row(session, rule)
        return Outcome(rule.id, Changes(rules=True, outbox=True))


def find_spaces(store: Store, *, query: str, limit: int = 30) -> list[tuple[str, str, str]]:
    """Bookable spaces whose name contains every word of `query` (accents ignored): (id, name, kind)."""
    words = search_key(query).split()
    with store.read() as session:
        rows = session.execute(
            select(Space.id, Space.name, Space.kind).where(
                Space.deleted_at.is_(None), Space.kind.in_(["desk", "office", "meeting_room", "leisure"])
            )
        ).all()
    keyed = sorted((search_key(n), i, n, k) for i, n, k in rows)
    return [(i, n, k) for key, i, n, k in keyed if all(w in key for w in words)][:limit]
