"""Booking a place for someone: search the directory as you type (accents ignored) or name a guest.

Opened from the grid, the availability search or the plan with the space and period already
chosen. A refusal keeps the dialog open and lists every reason, so the person can change
their choice without starting over.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.services import bookings as booking_services
from nomad_desktop.services import recurrence
from nomad_desktop.services import waitlist as waitlist_services
from nomad_desktop.services.records import AgentInfo, BookingInfo
from ui.app.context import AppContext
from ui.bookings.agent_search import AgentSearch
from ui.bookings.refusals import explain
from ui.common.formatting import format_date, format_time, local
from ui.tasks.operations import Op


class BookingDialog(QDialog):
    booking_created = Signal(object)  # BookingInfo
    waitlist_joined = Signal(int)  # place in line
    series_created = Signal(object)  # SeriesResult

    def __init__(self, app: AppContext, *, space_id: str, space_name: str, starts_at: datetime, ends_at: datetime,
                 timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.space_id, self.starts_at, self.ends_at = space_id, starts_at, ends_at
        self.setWindowTitle(self.tr("Book %1").replace("%1", space_name))
        self.setAccessibleName(self.tr("Book a place"))
        local_day = local(starts_at, timezone).date()
        summary = QLabel(self.tr("%1 — %2, %3 to %4").replace("%1", space_name).replace("%2", format_date(local_day))
                         .replace("%3", format_time(starts_at, timezone)).replace("%4", format_time(ends_at, timezone)))
        summary.setObjectName("dialogSummary")
        summary.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or unit, e.g. helene dirisi"))
        self.search.setAccessibleName(self.tr("Search the directory"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Agents found"))
        self.guest = QLineEdit()
        self.guest.setAccessibleName(self.tr("Guest name (instead of an agent)"))
        self.guest.setPlaceholderText(self.tr("Only for a guest without a directory entry"))
        self.repeat = QComboBox()
        self.repeat.setAccessibleName(self.tr("Repeat"))
        self.repeat.addItem(self.tr("Does not repeat"), "")
        self.repeat.addItem(self.tr("Every day (closed days skipped)"), "daily")
        self.repeat.addItem(self.tr("Every week on this weekday"), "weekly")
        self.occurrences = QSpinBox()
        self.occurrences.setRange(2, 52)
        self.occurrences.setValue(4)
        self.occurrences.setAccessibleName(self.tr("Number of occurrences"))
        self.occurrences.setEnabled(False)
        self.repeat.currentIndexChanged.connect(lambda _i: self.occurrences.setEnabled(bool(self.repeat.currentData())))
        self.timezone = timezone
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Why the booking was refused"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Book"))
        ok.setAccessibleName(self.tr("Book for the chosen person"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Close without booking"))
        self.waitlist_button = self.buttons.addButton(self.tr("Join the &waitlist"), QDialogButtonBox.ButtonRole.ActionRole)
        self.waitlist_button.setAccessibleName(self.tr("Wait for a place: the first in line gets a freed place"))
        self.waitlist_button.hide()
        self.waitlist_button.clicked.connect(self.join_waitlist)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        search_label = QLabel(self.tr("&Agent:"))
        search_label.setBuddy(self.search)
        form.addRow(search_label, self.search)
        form.addRow(QLabel(self.tr("Results:")), self.results)
        guest_label = QLabel(self.tr("&Guest:"))
        guest_label.setBuddy(self.guest)
        form.addRow(guest_label, self.guest)
        repeat_label = QLabel(self.tr("&Repeat:"))
        repeat_label.setBuddy(self.repeat)
        form.addRow(repeat_label, self.repeat)
        count_label = QLabel(self.tr("&Occurrences:"))
        count_label.setBuddy(self.occurrences)
        form.addRow(count_label, self.occurrences)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.search, self.results)
        self.setTabOrder(self.results, self.guest)
        self.setTabOrder(self.guest, self.repeat)
        self.setTabOrder(self.repeat, self.occurrences)
        self.finder = AgentSearch(app, self.search, self.results, list_all_when_empty=True)
        self.results.itemActivated.connect(lambda _item: self.submit())
        self.resize(480, 420)
        self.search.setFocus()
        self.finder.run()

    def chosen_agent(self) -> AgentInfo | None:
        row = self.results.currentRow()
        if self.guest.text().strip() or row < 0 or row >= len(self.finder.agents):
            return None
        return self.finder.agents[row]

    def submit(self) -> None:
        agent = self.chosen_agent()
        guest = self.guest.text().strip()
        if agent is None and not guest:
            self._show_error(self.tr("Choose an agent in the list, or type a guest's name."))
            return
        store, space_id, starts, ends = self.app.store, self.space_id, self.starts_at, self.ends_at
        agent_id = agent.id if agent else None
        frequency, count = self.repeat.currentData(), self.occurrences.value()
        if frequency:
            local_start, local_end = local(starts, self.timezone), local(ends, self.timezone)
            Op(self.app, lambda ctx: recurrence.book_series(
                store, space_id=space_id, agent_id=agent_id, guest_name=guest, first_day=local_start.date(),
                start=local_start.time(), end=local_end.time(), frequency=frequency,
                weekdays=(local_start.weekday(),), count=count,
            ), parent=self).success(self._series_booked).failure(self._refused).run()
            return
        Op(self.app, lambda ctx: booking_services.book_space(
            store, space_id=space_id, agent_id=agent_id, guest_name=guest, starts_at=starts, ends_at=ends,
        ), parent=self).success(self._booked).failure(self._refused).run()

    def _series_booked(self, outcome: object) -> None:
        series = outcome.value  # type: ignore[attr-defined]
        self.series_created.emit(series)
        self.booking_created.emit(series.bookings[0])
        self.accept()

    def _refused(self, exc: Exception) -> None:
        reasons = getattr(exc, "params", {}).get("reasons") or []
        # Full is the only reason: offer the line instead of a dead end.
        self.waitlist_button.setVisible(bool(reasons) and all(r.code == "full" for r in reasons))
        self._show_error(explain(exc))

    def join_waitlist(self) -> None:
        agent = self.chosen_agent()
        guest = self.guest.text().strip()
        store, space_id, starts, ends = self.app.store, self.space_id, self.starts_at, self.ends_at
        agent_id = agent.id if agent else None
        Op(self.app, lambda ctx: waitlist_services.join_waitlist(
            store, space_id=space_id, agent_id=agent_id, guest_name=guest, starts_at=starts, ends_at=ends,
        ), parent=self).success(self._queued).failure(lambda exc: self._show_error(explain(exc))).run()

    def _queued(self, outcome: object) -> None:
        position = outcome.value  # type: ignore[attr-defined]
        self.waitlist_joined.emit(position)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _booked(self, outcome: object) -> None:
        booking: BookingInfo = outcome.value  # type: ignore[attr-defined]
        self.booking_created.emit(booking)
        self.accept()
