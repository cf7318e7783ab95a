"""Booking rules of the site: setting a rule (site-wide, per space kind, per space) and reading those in force."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from nomad_desktop.errors import NotFoundError, ValidationError
from nomad_desktop.model import BookingRule, Space
from nomad_desktop.model.enums import BookingUnit, SpaceKind
from nomad_desktop.rules.effective import RULE_FIELDS, EffectiveRules, parse_time
from nomad_desktop.services.booking_checks import rules_for
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.outbox import create_row, patch_row
from nomad_desktop.services.sites import current_site
from nomad_desktop.store.database import Store


def _check(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(RULE_FIELDS) - {"extra", "notes"}
    if unknown:
        raise ValidationError(f"unknown rule fields {sorted(unknown)}", field=sorted(unknown)[0])
    if values.get("unit") is not None and values["unit"] not in set(BookingUnit):
        raise ValidationError(f"unknown unit {values['unit']!r}", field="unit")
    for key in ("opening_time", "closing_time"):
        if values.get(key) is not None:
            try:
                parse_time(values[key])
            except ValueError as exc:
                raise ValidationError(f"bad time {values[key]!r}", field=key) from exc
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
