"""Build the packaged application with PyInstaller and, with --smoke, check that it runs.

    uv run python build/package.py            # → dist/nomad-desktop/
    uv run python build/package.py --smoke    # build, then --version, a DXF check and an offscreen self-check

The DXF check reads a small drawing in a child process, which the frozen app starts from its own
executable (multiprocessing.freeze_support). The self-check opens the demo site in a temporary
data folder (which creates the database through the shipped migrations) and renders a
screenshot; all must exit 0.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
WORK = ROOT / ".pyi-work"


def build() -> Path:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "build" / "nomad-desktop.spec")],
        cwd=ROOT, check=True,
    )
    exe = DIST / "nomad-desktop" / ("nomad-desktop.exe" if os.name == "nt" else "nomad-desktop")
    if not exe.exists():
        raise SystemExit(f"build produced no executable at {exe}")
    return exe


def smoke(exe: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env, timeout=120)
    print(version.stdout.strip())
    if version.returncode != 0 or "NOMAD Desktop" not in version.stdout:
        raise SystemExit(f"--version failed: {version.returncode} {version.stderr}")
    dxf = subprocess.run([str(exe), "--check-dxf"], capture_output=True, text=True, env=env, timeout=300)
    print(dxf.stdout.strip())
    if dxf.returncode != 0 or "DXF check ok" not in dxf.stdout:
        raise SystemExit(f"--check-dxf failed ({dxf.returncode}):\n{dxf.stdout}\n{dxf.stderr}")
    with tempfile.TemporaryDirectory() as folder:
        shot = Path(folder) / "self-check.png"
        check = subprocess.run(
            [str(exe), "--demo", "--data-dir", str(Path(folder) / "data"), "--screenshot", str(shot), "--view", "plan"],
            capture_output=True, text=True, env=env, timeout=300,
        )
        if check.returncode != 0 or not shot.exists() or shot.stat().st_size < 10_000:
            raise SystemExit(f"self-check failed ({check.returncode}):\n{check.stdout}\n{check.stderr}")
        print(f"self-check ok: screenshot of {shot.stat().st_size} bytes")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="run the frozen app's checks after building")
    args = parser.parse_args()
    exe = build()
    if args.smoke:
        smoke(exe)
    return 0


if __name__ == "__main__":
    sys.exit(main())
