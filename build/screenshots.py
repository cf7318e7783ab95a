"""Regenerate the README's screenshots with the application itself (offscreen, demo site, French).

    uv run python build/screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "screenshots"
VIEWS = ("plan", "bookings", "reception", "dashboard", "sync")


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as folder:
        for view in VIEWS:
            subprocess.run(
                [sys.executable, "-m", "ui.app.main", "--demo", "--data-dir", folder, "--language", "fr",
                 "--screenshot", str(TARGET / f"{view}.png"), "--view", view, "--size", "1440x900"],
                check=True, env=env,
            )
            print(TARGET / f"{view}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
