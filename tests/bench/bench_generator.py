"""Benchmark of the site generator: the demo site and the large site (1M bookings) into fresh files.

Run with `uv run python tests/bench/bench_generator.py [--quick]` (`--quick`: a tenth of the
sizes). Prints one JSON object per line: seconds, rows per second, file size, peak memory.
Not a test module: pytest does not collect it (no `test_` prefix, `tests/bench` is excluded).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from nomad_desktop.demo.generator import GenerationReport, generate_demo_site, generate_large_site
from nomad_desktop.store.database import Store
from nomad_desktop.store.migrate import migrate

FULL = {"spaces": 5000, "bookings": 1_000_000, "visits": 50_000}
#: A fixed day, so every run generates the same site.
TODAY = date(2026, 3, 18)


def emit(name: str, value: float, unit: str, **extra: Any) -> None:
    print(json.dumps({"name": name, "value": value, "unit": unit, **extra}, ensure_ascii=False), flush=True)


def file_megabytes(path: Path) -> float:
    files = [path, path.with_name(path.name + "-wal")]
    return round(sum(p.stat().st_size for p in files if p.exists()) / 1_000_000, 1)


def peak_rss_megabytes() -> float | None:
    try:
        import resource  # POSIX only
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1_000_000 if sys.platform == "darwin" else 1_000), 1)  # bytes on macOS, KiB elsewhere


def fresh_store(folder: Path, name: str) -> Store:
    store = Store(folder / name)
    migrate(store)
    return store


def rows_of(report: GenerationReport) -> int:
    return report.spaces + report.agents + report.bookings + 2 * report.visits


def bench_demo(folder: Path) -> None:
    store = fresh_store(folder, "demo.sqlite")
    try:
        start = time.perf_counter()
        report = generate_demo_site(store, today=TODAY)
        elapsed = time.perf_counter() - start
    finally:
        store.close()
    emit("demo_site_generation", round(elapsed, 3), "s", spaces=report.spaces, bookings=report.bookings,
         visits=report.visits)


def bench_large(folder: Path, sizes: dict[str, int]) -> None:
    store = fresh_store(folder, "large.sqlite")
    try:
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        report = generate_large_site(store, today=TODAY, **sizes)
        elapsed, cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
    finally:
        store.close()
    counts = {"spaces": report.spaces, "bookings": report.bookings, "visits": report.visits}
    emit("large_site_generation", round(elapsed, 2), "s", **counts, cpu_s=round(cpu, 2))
    emit("large_site_generation_rows_per_second", round(rows_of(report) / elapsed), "rows/s", **counts)
    emit("large_site_generation_bookings_per_second", round(report.bookings / elapsed), "bookings/s", **counts)
    emit("large_site_file_size", file_megabytes(folder / "large.sqlite"), "MB", **counts)
    peak = peak_rss_megabytes()
    if peak is not None:
        emit("large_site_generation_peak_rss", peak, "MB", **counts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes")
    args = parser.parse_args(argv)
    sizes = {key: value // 10 for key, value in FULL.items()} if args.quick else dict(FULL)
    with tempfile.TemporaryDirectory(prefix="nomad-bench-") as folder:
        bench_demo(Path(folder))
        bench_large(Path(folder), sizes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
