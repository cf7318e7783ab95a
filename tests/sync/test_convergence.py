"""Convergence, property-based: stations work offline, sync in any order under faults, and end equal.

Each example gets a new small site on the reference server (a real uvicorn process on loopback)
and 2–3 stations, each with its own SQLite file, talking through a fault-injecting proxy.
After everyone has synced, every station equals the server row for row, and the invariants of
the issue hold: no double booking, one effect per op id, every op applied or in an inbox,
deleted things stay deleted, a page applied twice equals once.
"""

from __future__ import annotations

import itertools
import json
import shutil
from datetime import UTC, datetime, timedelta

import pytest
from fault_proxy import FaultProxy
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule, run_state_machine_as_test
from sqlalchemy import select
from sync_helpers import client_rows, server_rows

from nomad_desktop.errors import NomadError
from nomad_desktop.model import Agent, Booking, Space
from nomad_desktop.services import bookings as booking_services
from nomad_desktop.services import spaces as space_services
from nomad_desktop.store.database import Store
from sync import apply
from sync.api import CentralApi
from sync.engine import SyncEngine
from sync.errors import SyncError
from sync.server import admin, db
from sync.transport import Transport, TransportConfig

BASE = datetime(2031, 3, 3, 8, 0, tzinfo=UTC)
FAULTS = ("none", "none", "lost", "lost500", "error500", "truncate", "malformed", "cancel")
_sites = itertools.count(1)


def _engine_for(store: Store, url: str, code: str, token: str, cancel_after: int | None = None) -> SyncEngine:
    transport = Transport(TransportConfig(base_url=url, proxy="", attempts=2, backoff_base=0.001), token=lambda: token)
    calls = itertools.count()

    def check() -> None:
        if cancel_after is not None and next(calls) >= cancel_after:
            raise RuntimeError("cancelled by the test")

    return SyncEngine(store, CentralApi(transport, code), batch_size=3, page_size=4, check_cancelled=check)


@pytest.mark.slow
def test_stations_converge_with_the_server_whatever_the_order_and_faults(
    server, server_engine, tiny_template, manager_token, empty_template, tmp_path
) -> None:
    proxy = FaultProxy(server.url)
    folders = itertools.count()

    class Stations(RuleBasedStateMachine):
        @initialize(count=st.integers(2, 3))
        def start(self, count: int) -> None:
            self.code = f"C{next(_sites)}x{next(folders)}"
            admin.import_store(server_engine, tiny_template, code=self.code)
            folder = tmp_path / f"run{next(folders)}"
            folder.mkdir()
            self.stores: list[Store] = []
            for i in range(count):
                shutil.copy(empty_template, folder / f"s{i}.sqlite")
                store = Store(folder / f"s{i}.sqlite")
                self.stores.append(store)
                _engine_for(store, server.url, self.code, manager_token).sync()
            self.submitted: set[str] = set()
            self.deleted_spaces: set[str] = set()

        def teardown(self) -> None:
            if not hasattr(self, "stores"):
                return
            try:
                self._check_convergence()
            finally:
                for store in self.stores:
                    store.close()

        def _spaces(self, store: Store) -> list[Space]:
            with store.read() as session:
                return list(session.scalars(select(Space).where(Space.deleted_at.is_(None), Space.kind != "zone")
                                            .order_by(Space.name)))

        @rule(station=st.integers(0, 2), space=st.integers(0, 3), slot=st.integers(0, 3), who=st.integers(0, 2))
        def book(self, station: int, space: int, slot: int, who: int) -> None:
            store = self.stores[station % len(self.stores)]
            spaces = self._spaces(store)
            if not spaces:
                return
            with store.read() as session:
                agents = list(session.scalars(select(Agent).order_by(Agent.first_name)))
            start = BASE + timedelta(hours=slot)
            try:
                booking_services.book_space(store, space_id=spaces[space % len(spaces)].id,
                                            agent_id=agents[who % len(agents)].id,
                                            starts_at=start, ends_at=start + timedelta(hours=2))
            except NomadError:
                pass  # refused locally: nothing queued

        @rule(station=st.integers(0, 2), pick=st.integers(0, 5))
        def cancel(self, station: int, pick: int) -> None:
            store = self.stores[station % len(self.stores)]
            with store.read() as session:
                active = list(session.scalars(select(Booking).where(
                    Booking.status == "confirmed", Booking.deleted_at.is_(None)).order_by(Booking.id)))
            if active:
                booking_services.cancel_booking(store, booking_id=active[pick % len(active)].id)

        @rule(station=st.integers(0, 2), space=st.integers(0, 3), field=st.sampled_from(["name", "notes"]),
              value=st.sampled_from(["A", "B", "C"]))
        def edit_space(self, station: int, space: int, field: str, value: str) -> None:
            store = self.stores[station % len(self.stores)]
            spaces = self._spaces(store)
            if spaces:
                space_services.update_space(store, space_id=spaces[space % len(spaces)].id, **{field: value})

        @precondition(lambda self: len(getattr(self, "deleted_spaces", ())) < 1)
        @rule(station=st.integers(0, 2), space=st.integers(0, 3))
        def delete_space(self, station: int, space: int) -> None:
            store = self.stores[station % len(self.stores)]
            spaces = self._spaces(store)
            if spaces:
                space_services.delete_spaces(store, space_ids=[spaces[space % len(spaces)].id])

        @rule(station=st.integers(0, 2), fault=st.sampled_from(FAULTS), at=st.integers(0, 4))
        def sync(self, station: int, fault: str, at: int) -> None:
            store = self.stores[station % len(self.stores)]
            self._note_outbox(store)
            proxy.plan.clear()
            if fault not in ("none", "cancel"):
                proxy.plan.extend(["pass"] * at + [fault])
            engine = _engine_for(store, proxy.url, self.code, manager_token,
                                 cancel_after=at if fault == "cancel" else None)
            try:
                engine.sync()
            except SyncError:
                pass  # interrupted: the next sync resumes
            finally:
                proxy.plan.clear()
                engine.api.transport.close()
            assert store.integrity_check() == "ok"

        def _note_outbox(self, store: Store) -> None:
            with store.read() as session:
                for op_id in session.connection().exec_driver_sql("SELECT op_id FROM outbox").scalars():
                    self.submitted.add(op_id)

        def _check_convergence(self) -> None:
            for _round in range(2):
                for store in self.stores:
                    self._note_outbox(store)
                    _engine_for(store, server.url, self.code, manager_token).sync()
            truth = server_rows(server_engine, self.code)
            for store in self.stores:
                with store.read() as session:
                    assert session.connection().exec_driver_sql("SELECT count(*) FROM outbox").scalar() == 0
                assert client_rows(store) == truth
            # No double booking: active overlapping bookings never exceed the space's capacity.
            capacity = {sid: row["capacity"] for sid, row in truth["space"].items()}
            active = [b for b in truth["booking"].values() if b["status"] in ("confirmed", "checked_in")]
            for b in active:
                overlapping = [o for o in active if o["space_id"] == b["space_id"]
                               and o["starts_at"] < b["ends_at"] and o["ends_at"] > b["starts_at"]]
                assert len(overlapping) <= max(capacity[b["space_id"]], 1)
            # Every op was answered once; refused ones are in the inbox of the station that made them.
            with server_engine.connect() as conn:
                answers = {r.op_id: json.loads(r.result) for r in conn.execute(
                    select(db.ops.c.op_id, db.ops.c.result).where(db.ops.c.site_code == self.code))}
                effects = conn.execute(
                    select(db.rows.c.op_id).where(db.rows.c.site_code == self.code, db.rows.c.op_id.is_not(None))
                ).scalars().all()
            assert self.submitted <= set(answers)
            assert len(effects) == len(set(effects))
            inbox: set[str] = set()
            for store in self.stores:
                with store.read() as session:
                    inbox |= set(session.connection().exec_driver_sql("SELECT op_id FROM conflicts").scalars())
            for op_id in self.submitted:
                assert answers[op_id]["status"] == "applied" or op_id in inbox
            # Deleted spaces stay deleted.
            for sid, row in truth["space"].items():
                if any(answers.get(o, {}).get("status") == "applied" and answers[o]["row"]["id"] == sid
                       and answers[o]["row"].get("deleted_at") for o in answers):
                    assert row["deleted_at"] is not None
            # A page applied twice equals once.
            store = self.stores[0]
            before = client_rows(store)
            transport = Transport(TransportConfig(base_url=server.url, proxy=""), token=lambda: manager_token)
            page = CentralApi(transport, self.code).changes(0, 1000)
            transport.close()
            with apply.applying(store) as conn:
                apply.apply_items(conn, page.items)
                apply.apply_items(conn, page.items)
            assert client_rows(store) == before

    Stations.TestCase.settings = settings(
        max_examples=12, stateful_step_count=12, deadline=None, database=None,
        # Shrinking a failing run of several processes takes minutes: the failing steps are printed anyway.
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    try:
        run_state_machine_as_test(Stations, settings=Stations.TestCase.settings)
    finally:
        proxy.close()
