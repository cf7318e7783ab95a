"""What every view shares: the open workspace, the task manager, settings, and the change signal."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from nomad_desktop.services.changes import Changes
from nomad_desktop.workspace import Workspace
from ui.app.settings import Settings
from ui.common.messages import error_message
from ui.tasks.taskman import TaskManager

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlanFocus:
    """Spaces a page wants shown on the floor plan, in live mode, for a day and half-day."""

    floor_id: str
    space_ids: tuple[str, ...]
    day: date
    period: str  # "morning", "afternoon" or "day": the plan's live-mode periods


@dataclass(frozen=True)
class BookingRequest:
    """A page asks to book a space for a period (the plan does; the bookings page's dialog answers)."""

    space_id: str
    space_name: str
    starts_at: datetime
    ends_at: datetime


class AppContext(QObject):
    #: After every write: (what changed, who caused it — a widget or None).
    changed = Signal(object, object)
    #: Another site file was opened.
    site_opened = Signal()
    #: A page asks to show spaces on the floor plan (a PlanFocus); the window switches to the plan.
    plan_focus_requested = Signal(object)
    #: A page asks to book a space for someone (a BookingRequest); the window opens the booking dialog.
    booking_requested = Signal(object)

    def __init__(self, workspace: Workspace, settings: Settings, log_path: Path | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.settings = settings
        self.log_path = log_path
        self.tasks = TaskManager(self)

    @property
    def store(self) -> Any:
        """The open site's store, handed to services (opaque to the UI)."""
        if self.workspace.store is None:
            raise RuntimeError("no site is open")
        return self.workspace.store

    @property
    def has_site(self) -> bool:
        return self.workspace.store is not None

    def broadcast_everything(self) -> None:
        self.changed.emit(Changes.everything(), None)

    def show_error(self, exc: BaseException, *, parent: QWidget | None = None) -> None:
        log.error("operation failed", exc_info=exc)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("NOMAD Desktop"), error_message(exc), parent=parent)
        box.setAccessibleName(self.tr("Error message"))
        box.exec()

    def shutdown(self) -> None:
        self.tasks.shutdown()
        self.workspace.close()
