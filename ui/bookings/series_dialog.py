"""Changing a recurring booking: cancel one occurrence, this and the following ones, a date range
(the agent's holidays) or the whole series; or move one / this-and-following to other times.

Everything happens in one transaction in the core: one refusal leaves the series as it was.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.services import recurrence
from nomad_desktop.services.records import BookingInfo
from ui.app.context import AppContext
from ui.bookings.refusals import explain
from ui.common.formatting import format_date, local
from ui.tasks.operations import Op

CANCEL, CHANGE_TIME = "cancel", "change_time"


def _date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class SeriesDialog(QDialog):
    #: (what was done: "cancel" or "change_time", how many occurrences)
    applied = Signal(str, int)

    def __init__(self, app: AppContext, *, booking: BookingInfo, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if booking.series_id is None:
            raise ValueError("not a booking of a series")
        self.app, self.booking, self.timezone = app, booking, timezone
        self.setWindowTitle(self.tr("Recurring booking of %1").replace("%1", booking.person_name))
        self.setAccessibleName(self.tr("Change or cancel a recurring booking"))
        starts, ends = local(booking.starts_at, timezone), local(booking.ends_at, timezone)
        summary = QLabel(self.tr("%1 — occurrence of %2").replace("%1", booking.space_name)
                         .replace("%2", format_date(starts.date())))
        summary.setWordWrap(True)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("What to do"))
        self.action.addItem(self.tr("Cancel occurrences"), CANCEL)
        self.action.addItem(self.tr("Change the time"), CHANGE_TIME)
        self.scopes = QButtonGroup(self)
        self.one = QRadioButton(self.tr("&Only this occurrence"))
        self.following = QRadioButton(self.tr("This and the &following ones"))
        self.range = QRadioButton(self.tr("The occurrences of a &date range (holidays)"))
        self.all = QRadioButton(self.tr("The &whole series"))
        for button, scope in ((self.one, recurrence.ONE), (self.following, recurrence.FOLLOWING),
                              (self.range, recurrence.RANGE), (self.all, recurrence.ALL)):
            button.setProperty("scope", scope)
            button.setAccessibleName(button.text().replace("&", ""))
            self.scopes.addButton(button)
        self.one.setChecked(True)
        self.from_day = QDateEdit(QDate(starts.year, starts.month, starts.day))
        self.to_day = QDateEdit(QDate(starts.year, starts.month, starts.day).addDays(6))
        for edit, name in ((self.from_day, self.tr("First day of the range")), (self.to_day, self.tr("Last day of the range"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dddd d MMMM yyyy")
            edit.setAccessibleName(name)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for cancelling"))
        self.reason.setPlaceholderText(self.tr("e.g. holidays"))
        self.start = QTimeEdit(QTime(starts.hour, starts.minute))
        self.end = QTimeEdit(QTime(ends.hour, ends.minute))
        for edit, name in ((self.start, self.tr("New start time")), (self.end, self.tr("New end time"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Why the change was refused"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Apply"))
        self.ok.setAccessibleName(self.tr("Apply to the chosen occurrences"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close without changing the series"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        action_label = QLabel(self.tr("A&ction:"))
        action_label.setBuddy(self.action)
        self.form.addRow(action_label, self.action)
        for button in (self.one, self.following, self.range, self.all):
            self.form.addRow(button)
        for text, widget in ((self.tr("F&rom:"), self.from_day), (self.tr("Un&til:"), self.to_day),
                             (self.tr("R&eason:"), self.reason), (self.tr("New &start:"), self.start),
                             (self.tr("New &end:"), self.end)):
            label = QLabel(text)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.action.currentIndexChanged.connect(lambda _i: self._update())
        self.scopes.buttonToggled.connect(lambda *_a: self._update())
        self._update()
        self.action.setFocus()

    def scope(self) -> str:
        return str(self.scopes.checkedButton().property("scope"))

    def _update(self) -> None:
        cancelling = self.action.currentData() == CANCEL
        # The core changes the time of one occurrence or of this-and-following only.
        for button in (self.range, self.all):
            button.setEnabled(cancelling)
        if not cancelling and self.scope() in (recurrence.RANGE, recurrence.ALL):
            self.following.setChecked(True)
        ranged = cancelling and self.scope() == recurrence.RANGE
        for widget, shown in ((self.from_day, ranged), (self.to_day, ranged), (self.reason, cancelling),
                              (self.start, not cancelling), (self.end, not cancelling)):
            self.form.setRowVisible(widget, shown)

    def submit(self) -> None:
        store, booking, scope = self.app.store, self.booking, self.scope()
        series_id = booking.series_id or ""
        if self.action.currentData() == CANCEL:
            first, last = _date(self.from_day), _date(self.to_day)
            if scope == recurrence.RANGE and last < first:
                self._show_error_text(self.tr("The last day of the range comes before the first."))
                return
            reason = self.reason.text().strip()
            Op(self.app, lambda ctx: recurrence.cancel_series(
                store, series_id=series_id, scope=scope, booking_id=booking.id, from_day=first, to_day=last,
                reason=reason,
            ), parent=self).success(lambda outcome: self._done(CANCEL, outcome.value)).failure(self._show_error).run()
            return
        s, e = self.start.time(), self.end.time()
        start, end = time(s.hour(), s.minute()), time(e.hour(), e.minute())
        if end <= start:
            self._show_error_text(self.tr("The end must come after the start."))
            return
        Op(self.app, lambda ctx: recurrence.change_series(
            store, series_id=series_id, booking_id=booking.id, scope=scope, start=start, end=end,
        ), parent=self).success(lambda outcome: self._done(CHANGE_TIME, outcome.value)).failure(self._show_error).run()

    def _done(self, action: str, count: int) -> None:
        self.applied.emit(action, count)
        self.accept()

    def _show_error(self, exc: Exception) -> None:
        day = getattr(exc, "params", {}).get("day")
        prefix = self.tr("Refused for the occurrence of %1:").replace("%1", format_date(date.fromisoformat(day))) + "\n" if day else ""
        self._show_error_text(prefix + explain(exc))

    def _show_error_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

