"""Benchmarks of the bookings feature on the large site (5,000 spaces, 1,000,000 bookings).

    uv run python tests/bench/bench_bookings.py [--quick]

Prints one JSON object per line: {"name", "value", "unit"} and, where a naive floor is measured
in the same run, "baseline" and "ratio". Then the query plans the figures rely on (no full scan
of bookings). The site is generated once into a cache file under /tmp and reused; --quick uses
a smaller site (500 spaces, 100,000 bookings).

Targets (issue 4): availability of every space for a day ≤ 20 ms; filtered search ≤ 50 ms;
week grid of a 500-space floor rendered ≤ 100 ms; one booking (rules + write + outbox) ≤ 5 ms.
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
from datetime import date, datetime, timedelta
from datetime import time as wall
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import text

from nomad_desktop.clock import set_clock
from nomad_desktop.demo.generator import generate_large_site
from nomad_desktop.services import availability, bookings
from nomad_desktop.services.availability import stored
from nomad_desktop.services.rules import set_rule
from nomad_desktop.sitetime import day_bounds, local_instant
from nomad_desktop.store.database import Store
from nomad_desktop.store.migrate import migrate

CACHE = Path(tempfile.gettempdir()) / "nomad-bench"
PARIS = "Europe/Paris"


def emit(name: str, value: float, unit: str = "ms", baseline: float | None = None, **extra: object) -> None:
    row: dict[str, object] = {"name": name, "value": round(value, 3), "unit": unit}
    if baseline is not None:
        row["baseline"] = round(baseline, 3)
        row["ratio"] = round(value / baseline, 2) if baseline else None
    row.update(extra)
    print(json.dumps(row, ensure_ascii=False), flush=True)


def timed(fn: Callable[[], object], repeat: int = 15) -> float:
    """Median wall time of `fn` in milliseconds, after one warm-up call."""
    fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def site_file(spaces: int, count: int) -> Path:
    """The cached large site, generated on first use (tens of seconds) with today fixed for reuse."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"large-{spaces}-{count}.sqlite"
    if not path.exists():
        partial = path.with_suffix(".part")
        partial.unlink(missing_ok=True)
        store = Store(partial)
        migrate(store)
        generate_large_site(store, spaces=spaces, bookings=count, visits=count // 20)
        store.close()
        partial.rename(path)
    return path


def working_day(store: Store) -> date:
    """The busiest local day of the file: the day the generator called today."""
    with store.read() as session:
        value = session.execute(text(
            "SELECT substr(starts_at, 1, 10) d FROM bookings GROUP BY d ORDER BY count(*) DESC LIMIT 1"
        )).scalar()
    return date.fromisoformat(value)


def plans(store: Store, day: date, floor_id: str) -> None:
    start, end = day_bounds(day, PARIS)
    queries = {
        "day bookings (availability, grid)": (
            "SELECT space_id, starts_at, ends_at FROM bookings WHERE starts_at < :e AND starts_at > :s1 AND ends_at > :s"
            " AND status IN ('confirmed','checked_in') AND deleted_at IS NULL"),
        "floor week bookings (grid)": (
            "SELECT b.space_id FROM bookings b WHERE b.space_id IN (SELECT id FROM spaces WHERE floor_id = :f)"
            " AND b.starts_at < :e AND b.starts_at > :s1 AND b.ends_at > :s"
            " AND b.status IN ('confirmed','checked_in') AND b.deleted_at IS NULL"),
        "capacity check of one space (book)": (
            "SELECT starts_at, ends_at FROM bookings WHERE space_id = :sp AND starts_at < :e AND starts_at > :s1"
            " AND ends_at > :s AND status IN ('confirmed','checked_in') AND deleted_at IS NULL"),
        "agent's active bookings (quota)": (
            "SELECT count(*) FROM bookings WHERE agent_id = :a AND starts_at > :s1 AND ends_at > :s"
            " AND status IN ('confirmed','checked_in') AND deleted_at IS NULL"),
    }
    params = {"s": stored(start), "s1": stored(start - timedelta(days=1)), "e": stored(end), "f": floor_id,
              "sp": "x", "a": "x"}
    with store.read() as session:
        for name, sql in queries.items():
            rows = session.execute(text("EXPLAIN QUERY PLAN " + sql), params).all()
            detail = " | ".join(r[-1] for r in rows)
            scan = any(r[-1].startswith("SCAN bookings") or r[-1].startswith("SCAN b") for r in rows)
            print(json.dumps({"plan": name, "detail": detail, "full_scan_of_bookings": scan}, ensure_ascii=False))


def per_space_availability(store: Store, start: datetime, end: datetime) -> dict[str, bool]:
    """The naive approach: each bookable space asks for its own bookings of the day (one query each)."""
    with store.read() as session:
        ids = session.execute(text(
            "SELECT id FROM spaces WHERE deleted_at IS NULL AND bookable = 1"
            " AND kind NOT IN ('zone', 'circulation', 'service')")).scalars().all()
        params = {"s": stored(start), "s1": stored(start - timedelta(days=1)), "e": stored(end)}
        return {space_id: not session.execute(text(
            "SELECT starts_at, ends_at FROM bookings WHERE space_id = :sp AND starts_at < :e AND starts_at > :s1"
            " AND ends_at > :s AND status IN ('confirmed','checked_in') AND deleted_at IS NULL"),
            {**params, "sp": space_id}).all() for space_id in ids}


def render_week(floor_grid: object, *, standard: bool = False) -> float:
    """Median time to show `floor_grid` in the grid view; `standard`: with Qt's own item delegate
    (the naive floor the painting delegate is measured against)."""
    from PySide6.QtWidgets import QApplication, QStyledItemDelegate

    from ui.bookings.grid_model import BookingGridModel
    from ui.bookings.grid_view import BookingGridView

    app = QApplication.instance() or QApplication([])
    model = BookingGridModel()
    view = BookingGridView()
    view.setModel(model)
    if standard:
        view.setItemDelegate(QStyledItemDelegate(view))
    view.resize(1400, 900)
    view.show()

    def render() -> None:
        model.set_grid(floor_grid)  # type: ignore[arg-type]
        view.viewport().grab()
        app.processEvents()

    return timed(render, repeat=7)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller site (500 spaces, 100,000 bookings)")
    args = parser.parse_args()
    spaces, count = (500, 100_000) if args.quick else (5000, 1_000_000)
    cached = site_file(spaces, count)
    # Work on a copy: the booking benchmark writes.
    work = Path(tempfile.mkdtemp(prefix="nomad-bench-")) / "site.sqlite"
    shutil.copy(cached, work)
    store = Store(work)
    migrate(store)
    try:
        day = working_day(store)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        set_clock(lambda: local_instant(day, wall(6), PARIS))
        emit("site", spaces, "spaces", bookings=count, day=day.isoformat())
        start, end = day_bounds(day, PARIS)

        def floor_scan() -> None:
            with store.read() as session:
                session.execute(text(
                    "SELECT space_id, starts_at, ends_at FROM bookings WHERE starts_at < :e AND starts_at >= :s"),
                    {"s": stored(start - timedelta(days=1)), "e": stored(end)}).all()
        floor = timed(floor_scan)
        value = timed(lambda: availability.day_availability(store, day=day))
        naive = timed(lambda: per_space_availability(store, start, end), repeat=3)
        emit("availability of every space for one day", value, baseline=floor, target_ms=20,
             spaces=len(availability.day_availability(store, day=day)), per_space_ms=round(naive, 3),
             per_space_ratio=round(value / naive, 3),
             note="baseline: reading the day's bookings alone; per_space: one query per space (the naive loop)")

        floors = availability.floors_and_kinds(store)
        with store.read() as session:
            biggest = session.execute(text(
                "SELECT floor_id, count(*) n FROM spaces GROUP BY floor_id ORDER BY n DESC LIMIT 1")).one()
        value = timed(lambda: availability.search_availability(
            store, day=day, start=wall(9), end=wall(11), kind="meeting_room", min_capacity=6,
            equipment=["videoconference"], accessibility=["wheelchair"]))
        emit("filtered availability search", value, baseline=floor, target_ms=50,
             found=len(availability.search_availability(store, day=day, start=wall(9), end=wall(11), kind="meeting_room",
                                                        min_capacity=6, equipment=["videoconference"],
                                                        accessibility=["wheelchair"])))
        monday = day - timedelta(days=day.weekday())
        floor_id = biggest[0]
        grid_ms = timed(lambda: availability.booking_grid(store, first_day=monday, days=7, floor_id=floor_id), repeat=7)
        grid = availability.booking_grid(store, first_day=monday, days=7, floor_id=floor_id)
        emit("week grid of a floor: data", grid_ms, spaces=len(grid.spaces), columns=len(grid.columns))
        render_ms = render_week(grid)
        standard_ms = render_week(grid, standard=True)
        emit("week grid of a floor: data + render", grid_ms + render_ms, baseline=grid_ms + standard_ms, target_ms=100,
             render_ms=round(render_ms, 3), floors=len(floors),
             note="baseline: the same data rendered with Qt's standard item delegate")

        # One booking: rules + checks + insert + outbox, committed (synchronous=FULL). The generated
        # agents hold months of future bookings, far over the demo quota: lift it on this copy so
        # bookings are accepted (the quota query still runs for each).
        set_rule(store, max_active_per_agent=100_000)
        with store.read() as session:
            desks = [r[0] for r in session.execute(text(
                "SELECT id FROM spaces WHERE kind = 'desk' AND bookable = 1 AND deleted_at IS NULL LIMIT 400")).all()]
            agents = [r[0] for r in session.execute(text("SELECT id FROM agents LIMIT 400")).all()]
        target = day + timedelta(days=7)
        while target.weekday() >= 5:
            target += timedelta(days=1)
        candidates = list(zip(desks, agents, strict=False))
        done = []
        samples = []
        refused: dict[str, int] = {}
        for period in ("morning", "afternoon"):
            for space_id, agent_id in candidates:
                slot = bookings.propose_slot(store, space_id=space_id, day=target, part=period)
                began = time.perf_counter()
                try:
                    bookings.book_space(store, space_id=space_id, agent_id=agent_id, starts_at=slot.starts_at,
                                        ends_at=slot.ends_at)
                except Exception as exc:  # noqa: BLE001 - taken or refused: not timed
                    refused[getattr(exc, "code", type(exc).__name__)] = refused.get(getattr(exc, "code", ""), 0) + 1
                    continue
                samples.append((time.perf_counter() - began) * 1000)
                done.append(space_id)
                if len(samples) >= 60:
                    break
            if len(samples) >= 60:
                break

        def insert_only() -> None:
            with store.write() as session:
                session.execute(text("INSERT INTO sync_state (key, value) VALUES ('bench', 'x')"
                                     " ON CONFLICT(key) DO UPDATE SET value = value || 'x'"))
        floor_write = timed(insert_only, repeat=30)
        emit("one booking (rules + write + outbox)", statistics.median(samples) if samples else float("nan"),
             baseline=floor_write, target_ms=5, bookings_made=len(samples), refused=refused,
             note="baseline: an empty committed write transaction (fsync) on the same file")
        plans(store, day, floor_id)
    finally:
        store.close()
        shutil.rmtree(work.parent, ignore_errors=True)
        set_clock(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
