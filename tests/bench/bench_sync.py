"""Sync benchmarks on loopback: initial download, no-op and small incremental syncs, push, bytes on the wire.

    uv run python tests/bench/bench_sync.py [--quick]

Prints one JSON object per line ({"name", "value", "unit"}, plus "baseline" and "ratio" when a
floor is measured in the same run). The full run uses the large site (5,000 spaces, 1,000,000
bookings); --quick a site of 500 spaces and 50,000 bookings.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "sync")]

import httpx  # noqa: E402
from loopback_server import start_server  # noqa: E402
from sqlalchemy import select  # noqa: E402

from nomad_desktop.demo.generator import generate_large_site  # noqa: E402
from nomad_desktop.model import Agent, Booking, Space  # noqa: E402
from nomad_desktop.model.enums import BookingStatus  # noqa: E402
from nomad_desktop.services import spaces as space_services  # noqa: E402
from nomad_desktop.services.outbox import create_row  # noqa: E402
from nomad_desktop.store.database import Store  # noqa: E402
from nomad_desktop.store.migrate import migrate  # noqa: E402
from sync.api import CentralApi  # noqa: E402
from sync.apply import TABLES  # noqa: E402
from sync.engine import SyncEngine  # noqa: E402
from sync.server import admin  # noqa: E402
from sync.server.db import open_database  # noqa: E402
from sync.transport import Transport, TransportConfig  # noqa: E402


def emit(name: str, value: float, unit: str, **extra: float) -> None:
    print(json.dumps({"name": name, "value": round(value, 4), "unit": unit, **{k: round(v, 4) for k, v in extra.items()}}),
          flush=True)


def engine_for(store: Store, url: str, code: str, token: str, page: int = 20_000) -> SyncEngine:
    transport = Transport(TransportConfig(base_url=url, proxy="", max_response_bytes=2**31), token=lambda: token)
    return SyncEngine(store, CentralApi(transport, code), page_size=page)  # the app's batch size


def floor_download(url: str, code: str, token: str, empty: Path, work: Path, page: int) -> tuple[float, int]:
    """The naive floor: fetch the same pages, decode the JSON, bulk-insert the rows into SQLite, nothing else."""
    client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}", "X-Nomad-Protocol": "2"},
                          timeout=600)
    target = work / "floor.sqlite"
    shutil.copy(empty, target)
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=OFF")
    started = time.perf_counter()
    rows = 0
    params: dict[str, object] = {"limit": page, "after": ""}
    while True:
        data = json.loads(client.get(f"/v1/sites/{code}/snapshot", params=params).content)
        db.execute("BEGIN")
        for table in data["tables"]:
            info = TABLES[table["e"]]
            cols = info.columns
            columns = []
            for c in cols:  # the least decoding of the columnar form: constants and dictionaries expanded
                if c in table["const"]:
                    columns.append([table["const"][c]] * table["n"])
                elif c in table["dict"]:
                    values = table["dict"][c]
                    columns.append([values[i] for i in table["cols"][c]])
                else:
                    columns.append([json.dumps(v) if isinstance(v, (list, dict)) else v
                                    for v in table["cols"].get(c, [None] * table["n"])])
            db.executemany(f"INSERT OR REPLACE INTO {info.table} ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})",
                           list(zip(*columns, strict=True)))
            rows += table["n"]
        db.execute("COMMIT")
        if data["next"] is None:
            break
        params = {"limit": page, "after": data["next"]["after"], "entity": data["next"]["entity"], "at": data["at"]}
    elapsed = time.perf_counter() - started
    db.close()
    client.close()
    return elapsed, rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    spaces, bookings = (500, 50_000) if args.quick else (5000, 1_000_000)
    work = Path(tempfile.mkdtemp(prefix="nomad-bench-sync-"))
    try:
        empty = work / "empty.sqlite"
        s = Store(empty)
        migrate(s)
        s.close()
        source = work / "source.sqlite"
        shutil.copy(empty, source)
        s = Store(source)
        generate_large_site(s, spaces=spaces, bookings=bookings, visits=bookings // 20)
        s.close()
        server_db = work / "server.sqlite"
        engine = open_database(str(server_db))
        code = admin.import_store(engine, source, code="BENCH")
        token = admin.issue_token(engine, username="bench", role="site_manager", sites=["*"])
        engine.dispose()
        server = start_server(server_db)
        try:
            run(server.url, code, token, empty, work)
        finally:
            server.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(url: str, code: str, token: str, empty: Path, work: Path) -> None:
    floor_s, floor_rows = floor_download(url, code, token, empty, work, 20_000)
    a_path = work / "a.sqlite"
    shutil.copy(empty, a_path)
    a = Store(a_path)
    started = time.perf_counter()
    report = engine_for(a, url, code, token).sync()
    elapsed = time.perf_counter() - started
    rows = report.downloaded
    emit("initial_sync_rows_per_s", rows / elapsed, "rows/s", baseline=floor_rows / floor_s,
         ratio=elapsed / rows * floor_rows / floor_s)

    times = []
    for _ in range(10):
        started = time.perf_counter()
        engine_for(a, url, code, token).sync()
        times.append(time.perf_counter() - started)
    emit("noop_incremental_sync", sorted(times)[len(times) // 2] * 1000, "ms")

    b_path = work / "b.sqlite"
    shutil.copy(a_path, b_path)
    b = Store(b_path)
    with b.read() as session:
        some = list(session.scalars(select(Space.id).where(Space.kind == "desk").limit(100)))
    for i, sid in enumerate(some):
        space_services.update_space(b, space_id=sid, notes=f"bench {i}")
    engine_for(b, url, code, token).sync()
    started = time.perf_counter()
    pulled = engine_for(a, url, code, token).sync().pulled
    emit("apply_100_remote_changes", (time.perf_counter() - started) * 1000, "ms", rows=pulled)

    with a.read() as session:
        desks = list(session.scalars(select(Space.id).where(Space.kind == "desk", Space.bookable.is_(True)).limit(1000)))
        agent = session.scalars(select(Agent.id)).first()
    # Written as the booking service does (row + outbox mutation), without its local rules (quota,
    # horizon): what is measured is the push; the server still checks every booking's capacity.
    start = datetime(2040, 1, 2, 8, tzinfo=UTC)
    with a.write() as session:
        for i in range(1000):
            s = start + timedelta(days=i // len(desks))
            create_row(session, Booking, space_id=desks[i % len(desks)], agent_id=agent, guest_name="",
                       starts_at=s, ends_at=s + timedelta(hours=4), status=BookingStatus.CONFIRMED.value)
    started = time.perf_counter()
    pushed = engine_for(a, url, code, token).sync().applied
    emit("push_1000_offline_bookings", time.perf_counter() - started, "s", applied=pushed)

    ui_stall(url, code, token, empty, work)

    for version in (1, 2):
        raw, plain, count = booking_page(url, code, token, version)
        name = "wire_bytes_per_booking_row" + ("" if version == 2 else "_protocol_1")
        emit(name, len(raw) / count, "bytes", uncompressed=len(plain) / count)
    a.close()
    b.close()


def booking_page(url: str, code: str, token: str, version: int) -> tuple[bytes, bytes, int]:
    """A snapshot page of 20,000 bookings as it travels (gzip) and once inflated, with its row count."""
    client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}", "X-Nomad-Protocol": str(version),
                                                 "Accept-Encoding": "gzip"})
    with client.stream("GET", f"/v1/sites/{code}/snapshot", params={"entity": "booking", "limit": 20_000}) as r:
        raw = b"".join(r.iter_raw())
    client.close()
    plain = gzip.decompress(raw) if r.headers.get("content-encoding") == "gzip" else raw
    data = json.loads(plain)
    count = len(data["items"]) if version == 1 else sum(t["n"] for t in data["tables"] if t["e"] == "booking")
    return raw, plain, count


def ui_stall(url: str, code: str, token: str, empty: Path, work: Path) -> None:
    """The longest gap of a 5 ms heartbeat timer on the UI thread while the app downloads the whole site."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import keyring
    import keyring.backend
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from nomad_desktop.workspace import Workspace
    from sync import credentials
    from ui.app import settings as options
    from ui.app.context import AppContext
    from ui.app.settings import Settings
    from ui.syncpanel.controller import SITE_CODE, SyncController

    class MemoryKeyring(keyring.backend.KeyringBackend):
        """Stand-in for the OS keyring (none on benchmark machines)."""

        priority = 1  # type: ignore[assignment]
        secrets: dict[tuple[str, str], str] = {}  # noqa: RUF012

        def get_password(self, service: str, username: str) -> str | None:
            return self.secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.secrets.pop((service, username), None)

    keyring.set_keyring(MemoryKeyring())
    qapp = QApplication.instance() or QApplication([])
    data = work / "ui-data"
    (data / "sites").mkdir(parents=True)
    shutil.copy(empty, data / "sites" / "poste.sqlite")
    workspace = Workspace.open(data)
    workspace.open_site("poste")
    settings = Settings(data / "settings.ini")
    settings.set(options.SERVER_URL, url)
    settings.set(SITE_CODE, code)
    settings.set(options.PROXY_URL, "")
    credentials.store_token(url, code, token)
    app = AppContext(workspace, settings)
    controller = SyncController(app)

    def heartbeat_gaps(start: Callable[[Callable[[], None]], None]) -> list[int]:
        """Gaps of a 5 ms timer on the UI thread from `start(done)` until `done()` is called."""
        clock = QElapsedTimer()
        clock.start()
        gaps: list[int] = []
        last = [clock.elapsed()]
        finished = threading.Event()  # set from any thread; the heartbeat itself ends the loop
        loop = QEventLoop()

        def beat() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now
            if finished.is_set():
                loop.quit()

        heartbeat = QTimer()
        heartbeat.timeout.connect(beat)
        heartbeat.start(5)
        start(finished.set)
        loop.exec()
        heartbeat.stop()
        return gaps

    outcome: list[object] = []

    def sync(done: Callable[[], None]) -> None:
        controller.finished.connect(lambda report, error: (outcome.append(error), done()))
        controller.sync_now()

    started = time.perf_counter()
    gaps = heartbeat_gaps(sync)
    duration = time.perf_counter() - started
    if outcome and outcome[0] is not None:
        raise RuntimeError(f"the app's sync failed: {outcome[0]!r}")

    def busy(done: Callable[[], None]) -> None:
        """The floor: any Python worker thread as busy as the sync, for as long (machine load, GIL)."""
        def work() -> None:
            until = time.perf_counter() + duration
            while time.perf_counter() < until:
                json.loads(json.dumps([{"id": str(i), "n": i} for i in range(2000)]))
            done()
        threading.Thread(target=work, daemon=True).start()

    floor = heartbeat_gaps(busy)
    emit("ui_max_stall_during_full_sync", float(max(gaps)), "ms", beats=float(len(gaps)),
         baseline=float(max(floor)), ratio=max(gaps) / max(max(floor), 1))
    app.shutdown()
    _ = qapp


if __name__ == "__main__":
    main()
