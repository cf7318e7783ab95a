"""What the booking services keep between calls (parsed spaces, search selections, resolved rules)
never outlives a change, whoever makes it: this station's services, or sync writing rows with the
server's (older) timestamps; and the driver SQL of the hot paths keeps the store's guarantees."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from booking_site import make_site
from sqlalchemy import select, text

from nomad_desktop.clock import set_clock
from nomad_desktop.errors import StoreError
from nomad_desktop.model import Agent, Booking, OutboxMutation
from nomad_desktop.services import bookings, spaces
from nomad_desktop.services.availability import day_availability, search_availability
from nomad_desktop.services.booking_checks import raw
from nomad_desktop.services.outbox import insert_row, patch_row
from nomad_desktop.services.rules import set_rule
from nomad_desktop.sitetime import local_instant
from nomad_desktop.store.database import Store

PARIS = "Europe/Paris"
TUESDAY = date(2026, 3, 3)


def _desks(store: Store) -> set[str]:
    return {r.name for r in search_availability(store, day=TUESDAY, kind="desk")}


def test_a_rule_written_by_sync_with_an_old_timestamp_applies_at_once(store: Store) -> None:
    s = make_site(store)
    assert _desks(store) == {"Poste A1", "Poste A2"}
    # As sync applies a server row: new content, the server's version, an older updated_at.
    with store.write() as session:
        session.execute(text(
            "UPDATE booking_rules SET closed_weekdays = '[1]', version = 3, updated_at = '2020-01-01 00:00:00.000000'"
            " WHERE space_kind = 'desk'"))
    assert _desks(store) == set()  # Tuesday is closed for desks now
    refusals = bookings.why_not(store, space_id=s.desk, starts_at=local_instant(TUESDAY, time(8), PARIS),
                                ends_at=local_instant(TUESDAY, time(12), PARIS))
    assert "closed_weekday" in [r.code for r in refusals]
    assert [r.name for r in search_availability(store, day=TUESDAY, kind="meeting_room")] == ["Salle Vauban"]


def test_a_rule_set_here_changes_the_next_search(store: Store) -> None:
    make_site(store)
    assert _desks(store) == {"Poste A1", "Poste A2"}
    set_rule(store, space_kind="desk", closed_weekdays=[1])
    assert _desks(store) == set()
    set_rule(store, space_kind="desk", closed_weekdays=[])
    assert _desks(store) == {"Poste A1", "Poste A2"}


def test_a_space_changed_here_or_by_sync_leaves_the_search_at_once(store: Store) -> None:
    s = make_site(store)
    assert _desks(store) == {"Poste A1", "Poste A2"}
    # The clock moves on between a person's edits (the site was built at the frozen "now").
    set_clock(lambda: datetime(2026, 3, 2, 7, 5, tzinfo=UTC))
    spaces.update_space(store, space_id=s.desk, bookable=False)
    assert _desks(store) == {"Poste A2"}
    # Sync: the server's version, a timestamp older than any local one.
    with store.write() as session:
        session.execute(text("UPDATE spaces SET bookable = 0, version = 9, updated_at = '2020-01-01 00:00:00.000000'"
                             " WHERE id = :id"), {"id": s.desk2})
    assert _desks(store) == set()
    assert {r.name for r in day_availability(store, day=TUESDAY)} >= {"Salle Vauban", "Salle de sport", "Bureau 12"}


def test_a_new_space_is_found_by_a_search_already_made(store: Store) -> None:
    s = make_site(store)
    assert _desks(store) == {"Poste A1", "Poste A2"}
    spaces.create_space(store, floor_id=s.floor_id, kind="desk", name="Poste A3", geometry=[[0, 0], [1, 0], [1, 1]])
    assert _desks(store) == {"Poste A1", "Poste A2", "Poste A3"}


def test_the_prepared_insert_keeps_the_outbox_in_the_order_of_the_changes(store: Store) -> None:
    s = make_site(store)
    start = datetime(2026, 3, 3, 7, tzinfo=UTC)
    with store.write() as session:
        agent = session.get(Agent, s.helene)
        patch_row(session, agent, unit="DRH")  # its mutation is still pending in the session
        made = insert_row(session, Booking, space_id=s.desk, agent_id=s.helene, starts_at=start,
                          ends_at=start + timedelta(hours=4))
    with store.read() as session:
        intents = session.execute(select(OutboxMutation.intent, OutboxMutation.entity_id)
                                  .order_by(OutboxMutation.seq)).all()
    assert intents[-2:] == [("agent.patch", s.helene), ("booking.create", made.id)]


def test_driver_sql_errors_come_out_as_store_errors_and_roll_back(store: Store) -> None:
    s = make_site(store)
    start = datetime(2026, 3, 3, 7, tzinfo=UTC)
    with pytest.raises(StoreError), store.write() as session:
        made = insert_row(session, Booking, space_id=s.desk, agent_id=s.helene, starts_at=start,
                          ends_at=start + timedelta(hours=4))
        raw(session).execute("INSERT INTO no_such_table VALUES (1)")
    with store.read() as session:
        assert session.get(Booking, made.id) is None
