"""A station and the reference server on loopback: download, offline changes, push, pull, conflicts."""

from __future__ import annotations

from sqlalchemy import select
from sync_helpers import bookable_morning, make_engine

from nomad_desktop.model import Booking, Conflict, Space
from nomad_desktop.services import bookings as booking_services
from nomad_desktop.services import spaces as space_services


def _free_desk(store):
    with store.read() as session:
        return session.scalars(select(Space).where(Space.kind == "desk", Space.bookable.is_(True),
                                                   Space.deleted_at.is_(None)).order_by(Space.id)).first()


def _agent(store):
    from nomad_desktop.model import Agent

    with store.read() as session:
        return session.scalars(select(Agent).order_by(Agent.id)).first()


def test_empty_station_downloads_the_whole_site(server, seeded_site, manager_token, empty_copy) -> None:
    store = empty_copy("a")
    report = make_engine(store, server.url, seeded_site, manager_token).sync()
    assert report.downloaded > 100
    with store.read() as session:
        assert session.scalar(select(Space).limit(1)) is not None
        assert session.scalars(select(Booking)).all()


def test_offline_booking_reaches_the_other_station_after_reconnect(server, seeded_site, manager_token, empty_copy) -> None:
    a, b = empty_copy("a"), empty_copy("b")
    make_engine(a, server.url, seeded_site, manager_token).sync()
    make_engine(b, server.url, seeded_site, manager_token).sync()
    desk, agent = _free_desk(a), _agent(a)
    start, end = bookable_morning(a, desk.id)
    made = booking_services.book_space(a, space_id=desk.id, agent_id=agent.id, starts_at=start, ends_at=end).value
    report = make_engine(a, server.url, seeded_site, manager_token).sync()
    assert report.applied == 1 and report.rejected == 0
    make_engine(b, server.url, seeded_site, manager_token).sync()
    with b.read() as session:
        seen = session.get(Booking, made.id)
        assert seen is not None and seen.version == 1 and seen.space_id == desk.id


def test_second_booking_of_the_same_desk_lands_in_the_conflict_inbox(server, seeded_site, manager_token, empty_copy) -> None:
    a, b = empty_copy("a"), empty_copy("b")
    for s in (a, b):
        make_engine(s, server.url, seeded_site, manager_token).sync()
    desk, agent = _free_desk(a), _agent(a)
    start, end = bookable_morning(a, desk.id)
    winner = booking_services.book_space(a, space_id=desk.id, agent_id=agent.id, starts_at=start, ends_at=end).value
    loser = booking_services.book_space(b, space_id=desk.id, agent_id=agent.id, starts_at=start, ends_at=end).value
    make_engine(a, server.url, seeded_site, manager_token).sync()
    report = make_engine(b, server.url, seeded_site, manager_token).sync()
    assert report.rejected == 1
    with b.read() as session:
        assert session.get(Booking, loser.id) is None  # the server never had it
        assert session.get(Booking, winner.id) is not None
        conflict = session.scalars(select(Conflict)).one()
        assert conflict.reason == "full" and conflict.entity_id == loser.id
        assert conflict.server_row["id"] == winner.id
        assert session.connection().exec_driver_sql("SELECT count(*) FROM outbox").scalar() == 0


def test_space_edits_on_different_fields_merge_and_same_field_is_a_conflict(
    server, seeded_site, manager_token, empty_copy
) -> None:
    a, b = empty_copy("a"), empty_copy("b")
    for s in (a, b):
        make_engine(s, server.url, seeded_site, manager_token).sync()
    desk = _free_desk(a)
    space_services.update_space(a, space_id=desk.id, name="Bureau A", notes="note A")
    space_services.update_space(b, space_id=desk.id, capacity=2, notes="note B")
    make_engine(a, server.url, seeded_site, manager_token).sync()
    report = make_engine(b, server.url, seeded_site, manager_token).sync()
    assert report.rejected == 1
    with b.read() as session:
        conflict = session.scalars(select(Conflict)).one()
        assert conflict.reason == "conflict" and "notes" in conflict.local_fields["_fields"]
        space = session.get(Space, desk.id)
        assert space.name == "Bureau A" and space.notes == "note A"  # server value restored


def test_keeping_mine_in_the_inbox_sends_my_value_over_the_servers(
    server, seeded_site, manager_token, empty_copy, server_engine
) -> None:
    from sync.conflicts import list_conflicts, resolve_conflict

    a, b = empty_copy("a"), empty_copy("b")
    for s in (a, b):
        make_engine(s, server.url, seeded_site, manager_token).sync()
    desk = _free_desk(a)
    space_services.update_space(a, space_id=desk.id, notes="côté A")
    space_services.update_space(b, space_id=desk.id, notes="côté B")
    make_engine(a, server.url, seeded_site, manager_token).sync()
    make_engine(b, server.url, seeded_site, manager_token).sync()
    (conflict,) = list_conflicts(b)
    assert [(d.field, d.mine, d.theirs) for d in conflict.differences] == [("notes", "côté B", "côté A")]
    resolve_conflict(b, conflict_id=conflict.id, choice="mine")
    assert make_engine(b, server.url, seeded_site, manager_token).sync().applied == 1
    assert list_conflicts(b) == []
    make_engine(a, server.url, seeded_site, manager_token).sync()
    with a.read() as session:
        assert session.get(Space, desk.id).notes == "côté B"


def test_deleting_a_space_edited_elsewhere_is_surfaced_not_silent(
    server, seeded_site, manager_token, empty_copy
) -> None:
    from sync.conflicts import list_conflicts

    a, b = empty_copy("a"), empty_copy("b")
    for s in (a, b):
        make_engine(s, server.url, seeded_site, manager_token).sync()
    desk = _free_desk(a)
    space_services.update_space(a, space_id=desk.id, name="Renommé")
    space_services.delete_spaces(b, space_ids=[desk.id])
    make_engine(a, server.url, seeded_site, manager_token).sync()
    make_engine(b, server.url, seeded_site, manager_token).sync()
    (conflict,) = list_conflicts(b)
    assert conflict.reason == "edited"
    with b.read() as session:
        space = session.get(Space, desk.id)
        assert space.deleted_at is None and space.name == "Renommé"  # the server's value is back


def test_every_feature_intent_reaches_the_server_without_a_conflict(server, seeded_site, manager_token, empty_copy) -> None:
    """Reception, plan and watch-list changes made offline all land: no op ends in the inbox."""
    from nomad_desktop.services import visits as visit_services
    from nomad_desktop.services import watchlist

    a, b = empty_copy("a"), empty_copy("b")
    for s in (a, b):
        make_engine(s, server.url, seeded_site, manager_token).sync()
    host, desk = _agent(a), _free_desk(a)
    walk_in = visit_services.register_walk_in(a, last_name="Nguyen", first_name="Thi", company="Naval Group",
                                              host_agent_id=host.id, badge_number="V-0501").value
    watchlist.add_watch_entry(a, last_name="Personne", first_name="Anne", reason="Accès suspendu")
    space_services.delete_spaces(a, space_ids=[desk.id])
    space_services.restore_spaces(a, space_ids=[desk.id])  # the plan editor's undo

    report = make_engine(a, server.url, seeded_site, manager_token).sync()
    assert report.rejected == 0
    with a.read() as session:
        assert session.scalars(select(Conflict)).all() == []
        assert session.connection().exec_driver_sql("SELECT count(*) FROM outbox").scalar() == 0
    make_engine(b, server.url, seeded_site, manager_token).sync()
    assert visit_services.get_visit(b, visit_id=walk_in.id).badge_number == "V-0501"
    assert [w.last_name for w in watchlist.list_watch_entries(b)] == ["Personne"]
    assert space_services.get_space(b, space_id=desk.id).name == desk.name  # restored, not deleted
