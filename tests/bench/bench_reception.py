"""Benchmarks of the reception desk on a large site (50,000 visits, 1,000,000 bookings, 5,000 spaces).

    uv run python tests/bench/bench_reception.py [--quick]

Prints one JSON object per line: {"name", "value", "unit"} plus "baseline"/"ratio" where a naive
floor is measured in the same run, and "target" (the issue's figure). The site is generated once
into a cache file under /tmp and copied for each run, so check-ins never alter the cache.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import text

from nomad_desktop.demo.generator import generate_large_site
from nomad_desktop.services import gdpr, reception, visits
from nomad_desktop.store.database import Store
from nomad_desktop.store.migrate import migrate
from nomad_desktop.text import search_key

FULL = {"spaces": 5000, "bookings": 1_000_000, "visits": 50_000}
QUICK = {"spaces": 500, "bookings": 50_000, "visits": 5_000}


def emit(name: str, value: float, unit: str, *, baseline: float | None = None, target: float | None = None, **extra: object) -> None:
    record: dict[str, object] = {"name": name, "value": round(value, 3), "unit": unit}
    if baseline is not None:
        record["baseline"] = round(baseline, 3)
        record["ratio"] = round(value / baseline, 3) if baseline else None
    if target is not None:
        record["target"] = target
    record.update(extra)
    print(json.dumps(record, ensure_ascii=False), flush=True)


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def reference_today() -> date:
    # A fixed weekday per calendar week so the cache is reused within a week and the board is busy.
    today = date.today()
    return today - timedelta(days=today.weekday())  # Monday of this week


def cached_site(sizes: dict[str, int], today: date) -> Path:
    tag = "-".join(str(v) for v in sizes.values())
    path = Path(tempfile.gettempdir()) / f"nomad-bench-reception-{tag}-{today.isoformat()}.sqlite"
    if not path.exists():
        work = path.with_suffix(".partial")
        for stale in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
            stale.unlink(missing_ok=True)
        store = Store(work)
        migrate(store)
        started = time.perf_counter()
        generate_large_site(store, today=today, **sizes)
        store.close()  # the last connection to close folds the WAL into the file
        work.rename(path)
        emit("generate_large_site", time.perf_counter() - started, "s")
    return path


def busiest_future_day(store: Store, today: date) -> date:
    with store.read() as session:
        row = session.execute(text(
            "SELECT date(expected_at) AS d, count(*) FROM visits WHERE status = 'expected' AND expected_at > :t "
            "GROUP BY d ORDER BY count(*) DESC LIMIT 1"
        ), {"t": (today + timedelta(days=1)).isoformat()}).first()
    return date.fromisoformat(row[0]) if row else today


def bench_search(store: Store, day: date) -> None:
    board = reception.today_board(store, day=day)
    entries = board.entries
    query = "helene du"
    prefixes = [query[: i + 1] for i in range(len(query))]

    def typed() -> None:
        for prefix in prefixes:
            reception.filter_board(entries, query=prefix)

    def naive() -> None:
        # The former page: fold every row's text again on each keystroke.
        for prefix in prefixes:
            words = search_key(prefix).split()
            [e for e in entries if all(w in search_key(e.name, e.company, e.host_name, e.badge_number) for w in words)]

    per_key = median_ms(typed, 15) / len(prefixes)
    naive_key = median_ms(naive, 5) / len(prefixes)
    emit("board_search_per_keystroke", per_key, "ms", baseline=naive_key, target=30, board_rows=len(entries))
    # Not the per-keystroke figure (that is the board): a database search of every visitor, for GDPR requests.
    emit("gdpr_find_people", median_ms(lambda: gdpr.find_people(store, query="helene"), 10), "ms")
    emit("today_board_load", median_ms(lambda: reception.today_board(store, day=day), 5), "ms", board_rows=len(entries))


def bench_check_in(store: Store, day: date, count: int) -> None:
    with store.read() as session:
        ids = [r[0] for r in session.execute(text(
            "SELECT id FROM visits WHERE status = 'expected' AND date(expected_at) = :d AND id_check_required = 0 LIMIT :n"
        ), {"d": day.isoformat(), "n": count})]
    samples = []
    for visit_id in ids:
        start = time.perf_counter()
        visits.check_in_visit(store, visit_id=visit_id, badge_number="")
        samples.append((time.perf_counter() - start) * 1000)

    # Floor: one durable transaction writing one small row (same file, same pragmas).
    with store.write() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS bench_floor (id INTEGER PRIMARY KEY, v TEXT)"))
    floor = []
    for i in range(len(ids)):
        start = time.perf_counter()
        with store.write() as session:
            session.execute(text("INSERT INTO bench_floor (v) VALUES (:v)"), {"v": str(i)})
        floor.append((time.perf_counter() - start) * 1000)
    emit("check_in_write_and_outbox", statistics.median(samples), "ms", baseline=statistics.median(floor), target=5,
         samples=len(samples), p95=round(sorted(samples)[int(len(samples) * 0.95) - 1], 3) if samples else None)


def bench_render(store: Store, day: date) -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    from ui.reception.board_model import BoardModel

    app = QApplication.instance() or QApplication([])
    entries = list(reception.today_board(store, day=day).entries)[:500]
    view = QTableView()
    view.resize(1200, 800)
    view.setModel(BoardModel())
    view.show()
    app.processEvents()

    def render() -> None:
        fresh = BoardModel()  # no text cache from the previous run: a board arriving from the database
        view.setModel(fresh)
        fresh.set_entries(entries, "Europe/Paris")
        view.viewport().grab()  # paints every visible row, as the page does (fixed column widths)

    emit("board_500_rendered", median_ms(render, 7), "ms", target=100, rows=len(entries))
    view.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a smaller site (seconds instead of a minute)")
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    today = reference_today()
    cache = cached_site(sizes, today)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "site.sqlite"
        shutil.copy(cache, path)
        store = Store(path)
        migrate(store)  # the cache may predate this branch's indexes
        day = busiest_future_day(store, today)
        bench_search(store, day)
        bench_render(store, day)
        bench_check_in(store, day, 50 if args.quick else 200)
        store.close()


if __name__ == "__main__":
    main()
