"""PostgreSQL behind the reference server: stations racing for the same desk, exactly one wins.

PostgreSQL 15 is installed but not running on these machines, and refuses to run as root: the
fixture makes a cluster in a temporary folder owned by `postgres` and starts it on a free port.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from loopback_server import free_port, start_server
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from sync.api import CentralApi
from sync.protocol import Op
from sync.server import admin, db
from sync.server.db import open_database
from sync.transport import Transport, TransportConfig

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _as_postgres(args: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    if not (PG_BIN / "initdb").exists():
        pytest.skip("PostgreSQL 15 is not installed (no /usr/lib/postgresql/15/bin/initdb)")
    folder = Path(tempfile.mkdtemp(prefix="nomad-pg-"))
    data = folder / "data"
    port = free_port()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    try:
        subprocess.run(_as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                                     "-E", "UTF8"]), check=True, capture_output=True, timeout=120)
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "-o",
                                     f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=200",
                                     "start"]), check=True, capture_output=True, timeout=120)
    except (subprocess.CalledProcessError, OSError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"PostgreSQL could not be started: {exc}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


def test_stations_racing_for_the_same_desk_on_postgresql_exactly_one_wins(
    postgres_url, tiny_template, manager_token
) -> None:
    engine = open_database(postgres_url)
    code = f"PG{uuid.uuid4().hex[:6]}"
    admin.import_store(engine, tiny_template, code=code)
    token = admin.issue_token(engine, username="race", role="site_manager", sites=[code])
    with engine.connect() as conn:
        rows = conn.execute(select(db.rows.c.id, db.rows.c.data).where(db.rows.c.site_code == code,
                                                                       db.rows.c.entity.in_(["space", "agent"]))).all()
    desk = next(r.id for r in rows if '"kind":"desk"' in r.data)
    agent = next(r.id for r in rows if '"last_name"' in r.data)
    server = start_server(postgres_url)
    start = datetime(2035, 1, 8, 9, tzinfo=UTC)
    results: list[str] = []
    barrier = threading.Barrier(12)

    def station() -> None:
        booking_id = str(uuid.uuid4())
        op = Op(op_id=str(uuid.uuid4()), intent="booking.create", entity="booking", entity_id=booking_id, fields={
            "space_id": desk, "agent_id": agent, "guest_name": "", "starts_at": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "ends_at": (start + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ"), "status": "confirmed",
            "series_id": None, "checked_in_at": None, "checked_out_at": None, "cancel_reason": "", "origin": "desktop",
        })
        transport = Transport(TransportConfig(base_url=server.url, proxy=""), token=lambda: token)
        try:
            barrier.wait()
            results.append(CentralApi(transport, code).push([op])[0].status)
        finally:
            transport.close()

    try:
        threads = [threading.Thread(target=station) for _ in range(12)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    finally:
        server.stop()
    assert sorted(results) == ["applied"] + ["rejected"] * 11
    with engine.connect() as conn:
        active = conn.execute(select(db.bookings.c.id).where(db.bookings.c.site_code == code,
                                                             db.bookings.c.space_id == desk,
                                                             db.bookings.c.active.is_(True))).all()
    assert len(active) == 1
    # The database itself refuses a second single-place booking over the same time.
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(insert(db.bookings).values(site_code=code, id=str(uuid.uuid4()), space_id=desk,
                                                starts_at=start.replace(tzinfo=None) + timedelta(minutes=30),
                                                ends_at=start.replace(tzinfo=None) + timedelta(hours=1),
                                                active=True, single_place=True))
    engine.dispose()

