"""Fluent helpers that every view uses to run work in the background (Anki's pattern).

    Op(app, lambda ctx: services.book_space(store, ...)).success(show).failure(warn).run()

A write returns an `Outcome`; its change set is broadcast once through `AppContext.changed`
so each view refreshes only what concerns it. Failures of the core are shown as a French
message unless the caller handles them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from nomad_desktop.services.changes import Outcome
from ui.tasks.taskman import TaskCancelled, TaskContext

if TYPE_CHECKING:
    from ui.app.context import AppContext

T = TypeVar("T")
log = logging.getLogger(__name__)


class Op(Generic[T]):
    def __init__(self, app: AppContext, fn: Callable[[TaskContext], T], *, parent: QWidget | None = None) -> None:
        self._app = app
        self._fn = fn
        self._parent = parent
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None
        self._progress_label: str | None = None
        self._on_db = True
        self._initiator: object = parent

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Op[T]:
        self._on_failure = callback
        return self

    def with_progress(self, label: str) -> Op[T]:
        """Show a cancellable progress dialog if the work lasts more than a moment."""
        self._progress_label = label
        return self

    def off_database(self) -> Op[T]:
        """Run on the pool (network, files) instead of the serial database worker."""
        self._on_db = False
        return self

    def run(self) -> TaskContext:
        self._dialog: QProgressDialog | None = None
        context = self._app.tasks.run(self._fn, on_done=self._done, on_db=self._on_db)
        if self._progress_label is not None:
            self._dialog = _progress_dialog(self._parent, self._progress_label, context)
            self._context = context
            self._app.tasks.progressed.connect(self._on_progress)
        return context

    def _on_progress(self, context: TaskContext, done: int, total: int, label: str) -> None:
        if context is self._context and self._dialog is not None:
            _update(self._dialog, done, total, label)

    def _done(self, future: Future[Any]) -> None:
        if self._dialog is not None:
            self._app.tasks.progressed.disconnect(self._on_progress)
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        try:
            result = future.result()
        except TaskCancelled:
            return
        except Exception as exc:  # noqa: BLE001 - shown to the person or handed to the caller
            if self._on_failure is not None:
                self._on_failure(exc)
            else:
                self._app.show_error(exc, parent=self._parent)
            return
        if isinstance(result, Outcome) and result.changes.any:
            self._app.changed.emit(result.changes, self._initiator)
        if self._on_success is not None:
            self._on_success(result)


def _progress_dialog(parent: QWidget | None, label: str, context: TaskContext) -> QProgressDialog:
    dialog = QProgressDialog(label, QCoreApplication.translate("Op", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Op", "Please wait"))
    dialog.setAccessibleName(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick work finishes without a flash of dialog
    dialog.canceled.connect(context.cancel)
    return dialog


def _update(dialog: QProgressDialog, done: int, total: int, label: str) -> None:
    dialog.setMaximum(max(total, 0))
    dialog.setValue(done)
    if label:
        dialog.setLabelText(label)
