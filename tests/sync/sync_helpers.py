"""Helpers of the sync tests: an engine for a client file on the loopback server."""

from __future__ import annotations

from nomad_desktop.store.database import Store
from sync.api import CentralApi
from sync.engine import SyncEngine
from sync.transport import Transport, TransportConfig


def make_engine(store: Store, url: str, code: str, token: str, **config: object) -> SyncEngine:
    transport = Transport(TransportConfig(base_url=url, proxy="", backoff_base=0.01, **config),  # type: ignore[arg-type]
                          token=lambda: token)
    return SyncEngine(store, CentralApi(transport, code))
