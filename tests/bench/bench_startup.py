"""Start-up benchmark: process start → main window shown, on the demo and the large site.

    uv run python tests/bench/bench_startup.py [--quick]

Beside each figure, a bare PySide6 QMainWindow measured in the same run (the floor: Python +
Qt start-up) and the ratio. Goal: ≤ 1.5× the bare window. Also prints the large-site
generation time (cached under the temp folder; regenerated with --regenerate).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "w = QMainWindow(); w.resize(1440, 900); w.show()\n"
    "import time\n"
    "def done():\n"
    "    print(f'reached-at {time.time():.6f}', flush=True)\n"
    "    app.quit()\n"
    "QTimer.singleShot(0, done)\n"
    "app.exec()\n"
)


def emit(**row: object) -> None:
    print(json.dumps(row, ensure_ascii=False), flush=True)


def child_env() -> dict[str, str]:
    # An installed application has its bytecode cached; this machine may forbid writing it,
    # which would time the compiler instead of the start-up.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed(command: list[str], runs: int) -> float:
    """Median time from spawning `command` to the instant it reports ("reached-at", wall clock).

    Measured to that instant, not to the process's exit: after the window is shown the app
    goes on opening the site in the background, which is the point. One warm-up run first.
    """
    env = child_env()
    subprocess.run(command, check=True, env=env, capture_output=True)
    samples = []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run(command, check=True, env=env, capture_output=True, text=True).stdout
        reached = float(next(line.split()[1] for line in out.splitlines() if line.startswith("reached-at")))
        samples.append(reached - start)
    return statistics.median(samples)


def large_site_dir(quick: bool, regenerate: bool) -> tuple[Path, float | None]:
    from nomad_desktop.demo.generator import generate_large_site
    from nomad_desktop.store.database import Store
    from nomad_desktop.store.migrate import migrate

    sizes = dict(spaces=500, bookings=100_000, visits=5_000) if quick else dict(spaces=5000, bookings=1_000_000, visits=50_000)
    folder = Path(tempfile.gettempdir()) / f"nomad-bench-large-{'quick' if quick else 'full'}"
    target = folder / "sites" / "large.sqlite"
    if target.exists() and not regenerate:
        return folder, None
    shutil.rmtree(folder, ignore_errors=True)
    target.parent.mkdir(parents=True)
    store = Store(target)
    migrate(store)
    start = time.perf_counter()
    generate_large_site(store, **sizes)
    elapsed = time.perf_counter() - start
    store.close()
    emit(name="large_site_generation", value=round(elapsed, 2), unit="s", **sizes)
    return folder, elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()
    runs = 3 if args.quick else 7

    bare = timed([sys.executable, "-c", BARE], runs)
    emit(name="bare_qmainwindow_shown", value=round(bare * 1000, 1), unit="ms")

    with tempfile.TemporaryDirectory() as folder:
        demo_dir = Path(folder) / "demo"
        app = [sys.executable, "-m", "ui.app.main", "--data-dir", str(demo_dir)]
        subprocess.run([*app, "--demo", "--quit-when", "loaded"], check=True, env=child_env(), capture_output=True)
        for quit_when in ("shown", "loaded"):
            value = timed([*app, "--demo", "--quit-when", quit_when], runs)
            emit(name=f"demo_site_window_{quit_when}", value=round(value * 1000, 1), unit="ms",
                 baseline=round(bare * 1000, 1), ratio=round(value / bare, 2))

    large_dir, _ = large_site_dir(args.quick, args.regenerate)
    app = [sys.executable, "-m", "ui.app.main", "--data-dir", str(large_dir), "--site", "large"]
    for quit_when in ("shown", "loaded"):
        value = timed([*app, "--quit-when", quit_when], runs)
        emit(name=f"large_site_window_{quit_when}", value=round(value * 1000, 1), unit="ms",
             baseline=round(bare * 1000, 1), ratio=round(value / bare, 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
