"""Runs synchronisations for the window: on demand, every few minutes, and as soon as the
connection returns after a failure (ui.syncpanel.reconnect watches for it).

Emits one short state text for the status bar (symbol + words, never colour alone). The sync
itself runs on the network/file pool through Op: the UI never waits for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from nomad_desktop.services.changes import Changes, Outcome
from sync.engine import SyncReport
from sync.service import SyncConfig, run_sync, sync_status
from ui.app import settings as options
from ui.app.context import AppContext
from ui.app.settings import Option
from ui.syncpanel.reconnect import ConnectionWatcher
from ui.tasks.operations import Op
from ui.tasks.taskman import TaskContext

SITE_CODE = Option("sync/site_code", "")
#: After a failure, try again this soon anyway (the watcher usually notices the connection first).
RETRY_SECONDS = 60


#: At most this many progress signals a second reach the UI thread.
PROGRESS_PER_SECOND = 10


def throttled(ctx: TaskContext) -> Callable[[int, int, str], None]:
    """Progress for the UI: the first, the last, and at most PROGRESS_PER_SECOND a second in between."""
    last = [float("-inf")]

    def progress(done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if now - last[0] >= 1 / PROGRESS_PER_SECOND or (total and done >= total):
            last[0] = now
            ctx.progress(done, total, "")

    return progress


class SyncController(QObject):
    #: A short state for the status bar.
    state_changed = Signal(str)
    #: A sync finished: (report or None, error or None).
    finished = Signal(object, object)
    started = Signal()

    def __init__(self, app: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.running = False
        self.last_error: BaseException | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_quietly)
        self._schedule(app.settings.get(options.AUTO_SYNC_MINUTES) * 60)
        app.changed.connect(self._on_changed)
        self.watcher = ConnectionWatcher(app, self.config, self)
        self.watcher.returned.connect(self.sync_quietly)

    def config(self) -> SyncConfig:
        s = self.app.settings
        proxy = s.get(options.PROXY_URL).strip()
        ca = s.get(options.CA_BUNDLE).strip()
        return SyncConfig(server_url=s.get(options.SERVER_URL), site_code=s.get(SITE_CODE),
                          proxy=proxy or None, ca_file=Path(ca) if ca else None)

    def _schedule(self, seconds: int) -> None:
        self.timer.start(max(seconds, 30) * 1000)

    def sync_now(self, *, progress_label: str | None = None, parent: object = None) -> None:
        if self.running or not self.app.has_site:
            return
        config = self.config()
        if not config.configured:
            self.state_changed.emit(self.tr("● Offline — not configured"))
            return
        self.running = True
        self.started.emit()
        self.state_changed.emit(self.tr("⟳ Synchronising…"))
        store = self.app.store

        def work(ctx: TaskContext):  # type: ignore[no-untyped-def]
            return run_sync(store, config=config, check_cancelled=ctx.check_cancelled, progress=throttled(ctx))

        op = Op(self.app, work, parent=parent).off_database().success(self._done).failure(self._failed)  # type: ignore[arg-type]
        if progress_label:
            op = op.with_progress(progress_label)
        op.run()

    def sync_quietly(self) -> None:
        self.sync_now()

    def _done(self, outcome: Outcome[SyncReport]) -> None:
        report = outcome.value
        self.running = False
        self.last_error = None
        self.watcher.stop()
        self._schedule(self.app.settings.get(options.AUTO_SYNC_MINUTES) * 60)
        self.finished.emit(report, None)
        self.refresh_state()

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.last_error = exc
        transient = getattr(exc, "transient", False)
        self._schedule(RETRY_SECONDS if transient else self.app.settings.get(options.AUTO_SYNC_MINUTES) * 60)
        if transient:
            self.watcher.start()  # sync again as soon as the server answers
        self.finished.emit(None, exc)
        self.state_changed.emit(self.tr("● Offline — changes kept on this station"))
        self.app.changed.emit(Changes(conflicts=True), None)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.conflicts and not self.running and self.last_error is None:
            self.refresh_state()

    def refresh_state(self) -> None:
        if not self.app.has_site:
            return
        store = self.app.store
        Op(self.app, lambda ctx: sync_status(store)).success(self._show_state).run()

    def _show_state(self, status: object) -> None:
        conflicts = getattr(status, "conflicts", 0)
        if self.running:
            return
        if conflicts:
            self.state_changed.emit(self.tr("⚠ %n conflict(s) to resolve", "", conflicts))
        elif self.last_error is None and getattr(status, "last_success", None):
            self.state_changed.emit(self.tr("✓ Up to date"))
