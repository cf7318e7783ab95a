"""Background work: one serial worker for the database, a pool for network and files.

Results come back on the UI thread through a queued signal; no widget is ever touched from a
worker. The database worker is serial because SQLite has one writer anyway, and queueing
there keeps reads after writes in order (a view refreshed after an edit sees the edit).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside a task when the person pressed Cancel."""


@dataclass
class TaskContext:
    """Handed to background functions: report progress, check for cancellation."""

    _progress: Callable[[int, int, str], None]
    _cancel: threading.Event = field(default_factory=threading.Event)

    def progress(self, done: int, total: int, label: str = "") -> None:
        self._progress(done, total, label)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()

    def cancel(self) -> None:
        self._cancel.set()


class TaskManager(QObject):
    """Runs callables off the UI thread and calls back on it."""

    _deliver = Signal(object)  # a closure to run on the UI thread
    progressed = Signal(object, int, int, str)  # context, done, total, label

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nomad-db")
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="nomad-io")
        self._running = 0
        self._closing = False
        self._deliver.connect(self._run_closure)

    @property
    def running(self) -> int:
        return self._running

    def run(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        on_done: Callable[[Future[Any]], None],
        on_db: bool = True,
    ) -> TaskContext:
        """Run `fn(context)` on the database worker (or the pool); `on_done(future)` runs on the UI thread."""
        context = TaskContext(lambda d, t, label: self.progressed.emit(context, d, t, label))
        if self._closing:
            # The window is closing: new work would only race the shutdown.
            context.cancel()
            return context
        self._running += 1
        executor = self._db if on_db else self._pool
        future = executor.submit(fn, context)
        future.add_done_callback(lambda f: self._deliver.emit(lambda: self._finish(f, on_done)))
        return context

    def _finish(self, future: Future[Any], on_done: Callable[[Future[Any]], None]) -> None:
        self._running -= 1
        if future.cancelled() or self._closing:
            return  # dropped by shutdown: nobody is waiting for the result any more
        on_done(future)

    def _run_closure(self, closure: Callable[[], None]) -> None:
        closure()

    def shutdown(self) -> None:
        """Wait for running work (a write must finish, never be cut) and stop the workers."""
        self._closing = True
        self._db.shutdown(wait=True, cancel_futures=True)
        self._pool.shutdown(wait=True, cancel_futures=True)
