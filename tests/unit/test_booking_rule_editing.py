"""Site managers editing the booking rules: every save writes the rule and its outbox mutation together,
nonsense is refused with a stable problem code (the UI's French sentence), overrides can be dropped."""

from __future__ import annotations

from datetime import time

import pytest
from booking_site import make_site
from sqlalchemy import select

from nomad_desktop.errors import ValidationError
from nomad_desktop.model import OutboxMutation
from nomad_desktop.services.rules import find_spaces, list_rules, remove_rule, rules_in_force, set_rule
from nomad_desktop.store.database import Store


def _mutations(store: Store, entity_id: str) -> list[tuple[str, dict]]:
    with store.read() as session:
        rows = session.scalars(select(OutboxMutation).where(OutboxMutation.entity_id == entity_id)
                               .order_by(OutboxMutation.seq)).all()
        return [(m.intent, dict(m.fields)) for m in rows]


def test_rules_are_listed_site_first_then_kinds_then_spaces(store: Store) -> None:
    s = make_site(store)
    set_rule(store, space_id=s.room, max_duration_minutes=90)
    rules = list_rules(store)
    scopes = [(r.space_kind, r.space_name) for r in rules]
    assert scopes == [(None, ""), ("desk", ""), ("leisure", ""), ("meeting_room", ""), ("office", ""), (None, "Salle Vauban")]
    assert rules[0].values["opening_time"] == "07:00" and rules[0].values["closed_weekdays"] == [5, 6]
    assert rules[-1].values["max_duration_minutes"] == 90 and rules[-1].values["unit"] is None


def test_a_space_override_is_saved_with_its_mutation_then_dropped_to_inherit_again(store: Store) -> None:
    s = make_site(store)
    rule_id = set_rule(store, space_id=s.desk, max_advance_days=3, guests_allowed=False).value
    assert rules_in_force(store, space_id=s.desk).max_advance_days == 3
    set_rule(store, space_id=s.desk, max_advance_days=None)
    assert rules_in_force(store, space_id=s.desk).max_advance_days == 30  # the site's again
    remove_rule(store, rule_id=rule_id)
    assert rules_in_force(store, space_id=s.desk).guests_allowed is True
    intents = [intent for intent, _ in _mutations(store, rule_id)]
    assert intents == ["booking_rule.create", "booking_rule.patch", "booking_rule.delete"]
    assert _mutations(store, rule_id)[1][1] == {"max_advance_days": None}
    assert all(r.space_id != s.desk for r in list_rules(store))


def test_the_site_rule_cannot_be_removed(store: Store) -> None:
    make_site(store)
    site_rule = list_rules(store)[0]
    with pytest.raises(ValidationError) as refused:
        remove_rule(store, rule_id=site_rule.id)
    assert refused.value.params["problem"] == "site_rule_kept"


@pytest.mark.parametrize(("values", "field", "problem"), [
    ({"opening_time": "18:00", "closing_time": "08:00"}, "closing_time", "closing_before_opening"),
    ({"opening_time": "8h"}, "opening_time", "bad_time"),
    ({"closing_time": "17:10"}, "closing_time", "not_quarter_hour"),
    ({"closed_weekdays": [0, 1, 2, 3, 4, 5, 6]}, "closed_weekdays", "closed_every_day"),
    ({"closed_weekdays": [7]}, "closed_weekdays", "bad_weekday"),
    ({"max_advance_days": -1}, "max_advance_days", "out_of_range"),
    ({"cancel_cutoff_minutes": 100_000}, "cancel_cutoff_minutes", "out_of_range"),
    ({"max_active_per_agent": 0}, "max_active_per_agent", "zero_forbids_all"),
    ({"unit": "week"}, "unit", "unknown_unit"),
])
def test_nonsense_is_refused_and_the_rule_left_intact(store: Store, values: dict, field: str, problem: str) -> None:
    s = make_site(store)
    before = rules_in_force(store, space_id=s.desk)
    with pytest.raises(ValidationError) as refused:
        set_rule(store, space_kind="desk", **values)
    assert (refused.value.params["field"], refused.value.params["problem"]) == (field, problem)
    after = rules_in_force(store, space_id=s.desk)
    assert after == before and after.opening == time(8)


def test_spaces_are_found_by_name_without_accents(store: Store) -> None:
    s = make_site(store)
    assert [(i, n) for i, n, _k in find_spaces(store, query="salle")] == [(s.gym, "Salle de sport"), (s.room, "Salle Vauban")]
    assert [n for _i, n, _k in find_spaces(store, query="SALLE VAU")] == ["Salle Vauban"]
