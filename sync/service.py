"""One function per sync action, for the UI and the CLI: status, sync now, log in.

Returns plain dataclasses; the token comes from the OS keyring (sync.credentials).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.store.database import Store
from sync import apply, credentials
from sync.api import CentralApi
from sync.conflicts import open_conflict_count
from sync.engine import HISTORY, LAST_SUCCESS, Progress, SyncEngine, SyncReport
from sync.errors import (
    DeadlineError,
    NotConfiguredError,
    OfflineError,
    ProxyAuthError,
    SyncError,
    TlsError,
    UnauthorizedError,
)
from sync.transport import Transport, TransportConfig

UI_PAGE_SIZE = 2000


@dataclass(frozen=True)
class SyncConfig:
    """Where and how this station syncs (machine-local settings; the token is in the keyring)."""

    server_url: str
    site_code: str
    proxy: str | None = None  # None = system/environment
    ca_file: Path | None = None

    @property
    def configured(self) -> bool:
        return bool(self.server_url.strip() and self.site_code.strip())

    def transport_config(self) -> TransportConfig:
        return TransportConfig(base_url=self.server_url.strip(), proxy=self.proxy, ca_file=self.ca_file)


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    error: str | None
    pushed: int
    rejected: int
    pulled: int
    reset: bool


@dataclass(frozen=True)
class SyncStatus:
    pending_total: int
    pending_by_entity: dict[str, int]
    conflicts: int
    last_success: str | None
    history: tuple[HistoryEntry, ...]


def sync_status(store: Store) -> SyncStatus:
    """What waits to be sent, open conflicts, the last success and the history."""
    with store.read() as session:
        conn = session.connection()
        by_entity = {e: int(n) for e, n in conn.exec_driver_sql("SELECT entity, count(*) FROM outbox GROUP BY entity")}
        last = apply.get_state(conn, LAST_SUCCESS)
        raw = json.loads(apply.get_state(conn, HISTORY) or "[]")
    history = tuple(
        HistoryEntry(at=h.get("at", ""), error=h.get("error"), pushed=int(h.get("pushed", 0)),
                     rejected=int(h.get("rejected", 0)), pulled=int(h.get("pulled", 0)), reset=bool(h.get("reset")))
        for h in raw
    )
    return SyncStatus(sum(by_entity.values()), by_entity, open_conflict_count(store), last, history)


def run_sync(
    store: Store, *, config: SyncConfig, progress: Progress | None = None,
    check_cancelled: Callable[[], None] | None = None, token: str | None = None,
) -> Outcome[SyncReport]:
    """Synchronise now. The token is read from the keyring unless given."""
    if not config.configured:
        raise NotConfiguredError("no server or site configured")
    token = token or credentials.load_token(config.server_url, config.site_code)
    if not token:
        raise UnauthorizedError("no token: log in first")
    transport = Transport(config.transport_config(), token=lambda: token)
    try:
        # Pages of 2,000 rows: decoding a page holds the GIL, and the window must keep breathing.
        engine = SyncEngine(store, CentralApi(transport, config.site_code.strip()), progress=progress,
                            check_cancelled=check_cancelled, page_size=UI_PAGE_SIZE)
        report = engine.sync()
    finally:
        transport.close()
    touched = report.pulled or report.downloaded or report.rejected
    changes = Changes.everything() if touched else Changes(outbox=bool(report.pushed), conflicts=True)
    return Outcome(report, changes)


def log_in(*, config: SyncConfig, username: str, password: str) -> str:
    """Exchange a user name and password for a token, kept in the keyring; returns the user name."""
    if not config.configured:
        raise NotConfiguredError("no server or site configured")
    credentials.require_keyring()  # refuse early, before sending a password, when there is no keyring
    transport = Transport(config.transport_config())
    try:
        token = CentralApi(transport, config.site_code).login(username, password)
    finally:
        transport.close()
    credentials.store_token(config.server_url, config.site_code, token)
    return username


def probe_server(config: SyncConfig, *, timeout: float = 5.0) -> bool:
    """Whether the server answers at all (its unauthenticated meta endpoint): one try, a short deadline.

    Cheap enough to repeat while offline; any answer, even a refusal, means the connection is back.
    """
    if not config.configured:
        return False
    base = config.transport_config()
    transport = Transport(replace(base, connect_timeout=timeout, read_timeout=timeout, deadline=timeout, attempts=1))
    try:
        transport.request("GET", "/v1/meta", authenticated=False, retry=False)
    except (OfflineError, DeadlineError, TlsError, ProxyAuthError):
        return False
    except SyncError:
        return True  # it answered
    finally:
        transport.close()
    return True


def has_token(config: SyncConfig) -> bool:
    if not config.configured:
        return False
    return credentials.load_token(config.server_url, config.site_code) is not None
