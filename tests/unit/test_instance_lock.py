"""One process per data folder: a second one is refused, a crashed one's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from nomad_desktop.errors import InstanceLockedError
from nomad_desktop.workspace import Workspace

HERE = Path(__file__).parent


def _hold_lock(data_dir: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, str(HERE / "lock_holder.py"), str(data_dir)],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(HERE.parents[1])},
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    return child


def test_second_instance_is_refused_while_the_first_runs(tmp_path: Path) -> None:
    child = _hold_lock(tmp_path)
    try:
        with pytest.raises(InstanceLockedError) as refused:
            Workspace.open(tmp_path)
        assert refused.value.params["pid"] == str(child.pid)
    finally:
        child.terminate()
        child.wait()


def test_lock_left_by_a_crash_is_taken_over(tmp_path: Path) -> None:
    child = _hold_lock(tmp_path)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert (tmp_path / "nomad-desktop.lock").exists()  # the crash left its file behind
    workspace = Workspace.open(tmp_path)
    try:
        assert workspace.lock.held
    finally:
        workspace.close()


def test_lock_is_released_on_close(tmp_path: Path) -> None:
    first = Workspace.open(tmp_path)
    first.close()
    second = Workspace.open(tmp_path)
    second.close()
