"""Fork server for the crash-safety test.

Imports everything once, then for each line "go PREFIX" on stdin forks a writer child that
creates agents (with their outbox mutations) forever, writing each committed id to stdout
right after its commit returns. The test kills the child with SIGKILL; the server reaps it
and says "done". Forking keeps a hundred kills fast (no interpreter start per round).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from nomad_desktop.services import agents
from nomad_desktop.store.database import Store
from nomad_desktop.store.migrate import migrate


def write_forever(db_path: Path, prefix: str) -> None:
    store = Store(db_path)  # opened after the fork: no connection is shared with the server
    i = 0
    while True:
        agent = agents.create_agent(store, first_name=f"{prefix}-{i}", last_name="Crash", unit="TEST").value
        os.write(1, f"id {agent.id}\n".encode())  # one write < PIPE_BUF: never interleaved
        i += 1


def warm_up(folder: Path) -> None:
    """Configure mappers and compile the statements once, so each child starts writing at once."""
    scratch = Store(folder / "warm-up.sqlite")
    migrate(scratch)
    agents.create_agent(scratch, first_name="warm", last_name="up")
    scratch.close()


def main() -> None:
    db_path = Path(sys.argv[1])
    warm_up(Path(sys.argv[2]))
    os.write(1, b"ready\n")
    for line in sys.stdin:
        command, _, prefix = line.strip().partition(" ")
        if command != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(db_path, prefix)
            finally:
                os._exit(1)
        os.write(1, f"pid {pid}\n".encode())
        os.waitpid(pid, 0)
        os.write(1, f"done {pid}\n".encode())


if __name__ == "__main__":
    main()
