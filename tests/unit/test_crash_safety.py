"""A writer killed with SIGKILL at random moments never loses a committed row nor damages the file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from nomad_desktop.model import Agent, OutboxMutation
from nomad_desktop.services import sites
from nomad_desktop.store.database import Store

HERE = Path(__file__).parent
KILLS = 100


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_committed_row(store: Store, tmp_path: Path) -> None:
    sites.create_site(store, code="s", name="Site")
    rng = random.Random(20261128)
    server = subprocess.Popen(
        [sys.executable, str(HERE / "crash_writer.py"), str(store.path), str(tmp_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(HERE.parents[1])},
    )
    assert server.stdin is not None and server.stdout is not None
    assert server.stdout.readline().strip() == "ready"
    committed: set[str] = set()
    try:
        for round_no in range(KILLS):
            server.stdin.write(f"go r{round_no}\n")
            server.stdin.flush()
            kind, pid = server.stdout.readline().split()
            assert kind == "pid"
            # Once the writer is writing, kill it after a random while (0–30 ms), wherever it
            # is: mid-transaction, mid-commit, mid-checkpoint.
            killer: threading.Timer | None = None
            while True:
                line = server.stdout.readline()
                assert line, "fork server died"
                kind, value = line.split()
                if kind == "done":
                    break
                committed.add(value)
                if killer is None:
                    killer = threading.Timer(rng.uniform(0, 0.03), os.kill, (int(pid), signal.SIGKILL))
                    killer.start()
            assert killer is not None
            killer.join()
    finally:
        server.stdin.close()
        server.wait(timeout=10)

    assert len(committed) >= KILLS  # every writer really wrote before its kill
    assert store.integrity_check() == "ok"
    with store.read() as session:
        ids = set(session.scalars(select(Agent.id)))
        assert committed <= ids
        # Each surviving row has its outbox mutation: never one without the other.
        outbox_ids = set(session.scalars(select(OutboxMutation.entity_id).where(OutboxMutation.entity == "agent")))
        assert ids == outbox_ids
        assert session.scalar(select(func.count()).select_from(Agent)) == len(ids)
