"""A station process that syncs in a loop, to be killed with SIGKILL at random points by a test."""

from __future__ import annotations

import sys
from pathlib import Path

from nomad_desktop.store.database import Store
from sync.api import CentralApi
from sync.engine import SyncEngine
from sync.errors import SyncError
from sync.transport import Transport, TransportConfig


def main() -> None:
    path, url, code, token = sys.argv[1:5]
    store = Store(Path(path))
    transport = Transport(TransportConfig(base_url=url, proxy=""), token=lambda: token)
    print("ready", flush=True)
    while True:
        try:
            # Small batches and pages: many transactions, many points to be killed at.
            SyncEngine(store, CentralApi(transport, code), batch_size=2, page_size=3).sync()
        except SyncError:
            pass


if __name__ == "__main__":
    main()
