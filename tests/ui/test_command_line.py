"""The `nomad-desktop` command as a person runs it: version, screenshot, second instance."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from nomad_desktop import __version__
from nomad_desktop.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "ui.app.main", *args], capture_output=True, text=True, env=env, timeout=timeout)


def test_version_is_printed() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"NOMAD Desktop {__version__}"


def test_screenshot_of_each_view_on_the_demo_site(demo_data_dir: Path, tmp_path: Path) -> None:
    for view in ("bookings", "dashboard"):
        target = tmp_path / f"{view}.png"
        result = _run("--demo", "--data-dir", str(demo_data_dir), "--screenshot", str(target), "--view", view, "--size", "1024x700")
        assert result.returncode == 0, result.stderr
        image = QImage(str(target))
        assert (image.width(), image.height()) == (1024, 700)
        # Not a blank frame: the page drew text and controls in several colours.
        colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 700, 16)}
        assert len(colours) > 5


def test_demo_is_created_on_first_start_in_an_empty_folder(tmp_path: Path) -> None:
    target = tmp_path / "plan.png"
    result = _run("--demo", "--data-dir", str(tmp_path / "fresh"), "--screenshot", str(target))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "fresh" / "sites" / "demo.sqlite").exists()
    assert target.exists()


def test_second_instance_gets_a_clear_french_message(demo_data_dir: Path, tmp_path: Path) -> None:
    first = Workspace.open(demo_data_dir)  # this process plays the running instance
    try:
        result = _run("--demo", "--data-dir", str(demo_data_dir), "--screenshot", str(tmp_path / "x.png"))
    finally:
        first.close()
    assert result.returncode == 2
    assert "déjà ouvert" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_hidden_dxf_check_reads_a_drawing_in_a_child_process() -> None:
    # What the packaging smoke test runs in the frozen application (build/package.py --smoke).
    result = _run("--check-dxf")
    assert result.returncode == 0, result.stderr
    assert "DXF check ok: 4 entities read in a child process, 1 room" in result.stdout
