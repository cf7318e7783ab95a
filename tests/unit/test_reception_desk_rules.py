"""Reception desk in the core: the day's board, scanning, check-in with badge and host notice, walk-ins."""

from __future__ import annotations

import pytest
from reception_helpers import NOW, TODAY, small_site, visit_row
from sqlalchemy import select

from nomad_desktop.errors import BadgeInUse, NotFoundError, ValidationError, WatchListMatch
from nomad_desktop.model import Booking, OutboxMutation
from nomad_desktop.services import reception, visits, watchlist
from nomad_desktop.store.database import Store


def _intents(store: Store) -> list[str]:
    with store.read() as session:
        return list(session.scalars(select(OutboxMutation.intent).order_by(OutboxMutation.seq)))


def test_board_lists_visitors_and_agents_with_late_and_expected_states(store: Store) -> None:
    site = small_site(store)
    board = reception.today_board(store, day=TODAY, now=NOW)
    states = {e.name: (e.kind, e.state) for e in board.entries}
    assert states == {
        "Hélène Dupré": ("visitor", "late"),
        "Marc Martin": ("visitor", "expected"),
        "Zoé Garnier": ("agent", "late"),
    }
    reception.check_in_scanned(store, code=f"NOMAD:booking:{site.booking_id}")
    board = reception.today_board(store, day=TODAY, now=NOW)
    assert {e.name: e.state for e in board.entries}["Zoé Garnier"] == "arrived"


def test_board_search_is_accent_and_case_insensitive(store: Store) -> None:
    small_site(store)
    entries = reception.today_board(store, day=TODAY, now=NOW).entries
    assert [e.name for e in reception.filter_board(entries, query="HELENE")] == ["Hélène Dupré"]
    assert [e.name for e in reception.filter_board(entries, query="lemaitre")] == ["Hélène Dupré", "Marc Martin"]
    assert [e.name for e in reception.filter_board(entries, query="zoe sga")] == ["Zoé Garnier"]
    assert reception.filter_board(entries, query="personne") == []
    assert [e.name for e in reception.filter_board(entries, kinds=frozenset({"agent"}))] == ["Zoé Garnier"]
    assert len(reception.filter_board(entries, states=frozenset({"late"}))) == 2


def test_scanning_a_visit_code_checks_in_with_a_pool_badge_and_notifies_the_host(store: Store) -> None:
    site = small_site(store)
    result = reception.check_in_scanned(store, code=site.helene + "\n").value
    assert (result.kind, result.name, result.needs_desk) == ("visitor", "Hélène Dupré", False)
    visit = visit_row(store, site.helene)
    assert (visit.status, visit.badge_number, visit.checked_in_at) == ("checked_in", "V-0001", NOW)
    assert _intents(store)[-2:] == ["visit.check_in", "notification.host_arrival"]
    with store.read() as session:
        notice = session.scalars(select(OutboxMutation).order_by(OutboxMutation.seq.desc()).limit(1)).one()
    assert notice.fields["host_agent_id"] == site.host_id and "Dupré" not in str(notice.fields)
    assert visits.next_free_badge(store) == "V-0002"


def test_scanning_a_visit_needing_an_id_check_sends_the_person_to_the_desk(store: Store) -> None:
    site = small_site(store)
    result = reception.check_in_scanned(store, code=site.marc).value
    assert result.needs_desk
    assert visit_row(store, site.marc).status == "expected"
    with pytest.raises(ValidationError):
        visits.check_in_visit(store, visit_id=site.marc, badge_number="V-0005")
    visits.check_in_visit(store, visit_id=site.marc, badge_number="V-0005", id_checked_by="Accueil 1")
    visit = visit_row(store, site.marc)
    assert (visit.id_checked_by, visit.id_checked_at) == ("Accueil 1", NOW)


def test_unknown_code_and_badge_already_held_are_refused(store: Store) -> None:
    site = small_site(store)
    with pytest.raises(NotFoundError):
        reception.check_in_scanned(store, code="00000000-0000-0000-0000-000000000000")
    visits.check_in_visit(store, visit_id=site.helene, badge_number="B12")
    with pytest.raises(BadgeInUse):
        visits.check_in_visit(store, visit_id=site.marc, badge_number="B12", id_checked_by="Accueil")


def test_walk_in_is_registered_and_checked_in_at_once(store: Store) -> None:
    site = small_site(store)
    walk_in = visits.register_walk_in(store, last_name="Nguyen", first_name="Loïc", company="Sodexo",
                                      host_agent_id=site.host_id, category="delivery", badge_number="V-0001").value
    assert (walk_in.status, walk_in.checked_in_at, walk_in.badge_number) == ("checked_in", NOW, "V-0001")
    people = reception.on_site_now(store, now=NOW)
    assert [p.name for p in people] == ["Loïc Nguyen"]


def test_on_site_now_and_closing_time_check_out(store: Store) -> None:
    site = small_site(store)
    visits.check_in_visit(store, visit_id=site.helene, badge_number="V-0001")
    reception.check_in_scanned(store, code=site.booking_id)
    assert {p.name for p in reception.on_site_now(store, now=NOW)} == {"Hélène Dupré", "Zoé Garnier"}
    assert visits.check_out_everyone(store).value == 1
    assert [p.name for p in reception.on_site_now(store, now=NOW)] == ["Zoé Garnier"]
    assert visit_row(store, site.helene).status == "checked_out"
    with store.read() as session:
        assert session.get(Booking, site.booking_id).status == "checked_in"  # type: ignore[union-attr]


def test_watch_list_name_stops_registration_and_check_in_until_acknowledged(store: Store) -> None:
    site = small_site(store)
    watchlist.add_watch_entry(store, last_name="DUPRE", first_name="helene", reason="Accès refusé en 2025")
    watchlist.add_watch_entry(store, last_name="Martin", reason="Homonymes à vérifier")
    with pytest.raises(WatchListMatch) as caught:
        visits.check_in_visit(store, visit_id=site.helene, badge_number="V-0001")
    assert caught.value.params["reasons"] == ["Accès refusé en 2025"]
    with pytest.raises(WatchListMatch):
        visits.register_visit(store, last_name="Martin", first_name="Paul", host_agent_id=None, expected_at=NOW)
    registered = visits.register_visit(store, last_name="Martin", first_name="Paul", host_agent_id=None,
                                       expected_at=NOW, acknowledge_watch=True).value
    assert registered.visitor_name == "Paul Martin"
    assert watchlist.watch_warnings(store, first_name="Hélène", last_name="Dupré") == ["Accès refusé en 2025"]
    assert watchlist.watch_warnings(store, first_name="Anne", last_name="Dupré") == []
    entry = watchlist.list_watch_entries(store)[0]
    watchlist.remove_watch_entry(store, entry_id=entry.id)
    assert len(watchlist.list_watch_entries(store)) == 1
