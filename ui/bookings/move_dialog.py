"""Moving a booking to another space and/or time: choose the day and period, pick a proposed place.

Proposals are the free spaces of the same kind over the new period, nearest to the current
place first (and the current place itself when only the time changes). The move is one
transaction in the core: the booking never holds two places, nor none. A refusal (the place
was taken meanwhile, a rule forbids it) keeps the dialog open with the rules' French reasons.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.services import booking_moves
from nomad_desktop.services import bookings as booking_services
from nomad_desktop.services.booking_moves import MoveChoice, MoveStart
from nomad_desktop.services.records import BookingInfo
from ui.app.context import AppContext
from ui.bookings.refusals import explain
from ui.common.formatting import format_date, format_time, local
from ui.tasks.operations import Op


def moved_text(booking: BookingInfo, timezone: str) -> str:
    """What the page says after a move: where and when the booking now is."""
    return (QCoreApplication.translate("MoveDialog", "Moved: %1, %2, %3 – %4.").replace("%1", booking.space_name)
            .replace("%2", format_date(local(booking.starts_at, timezone).date()))
            .replace("%3", format_time(booking.starts_at, timezone)).replace("%4", format_time(booking.ends_at, timezone)))


def _qtime(at: time) -> QTime:
    return QTime(23, 45) if at == time.max else QTime(at.hour, at.minute)


class MoveDialog(QDialog):
    moved = Signal(object)  # BookingInfo

    def __init__(self, app: AppContext, *, booking: BookingInfo, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.booking, self.timezone = app, booking, timezone
        self.origin: MoveStart | None = None
        self.choices: list[MoveChoice] = []
        self.setWindowTitle(self.tr("Move the booking of %1").replace("%1", booking.person_name))
        self.setAccessibleName(self.tr("Move a booking"))
        self.summary = QLabel(self.tr("%1, %2 – %3, %4").replace("%1", booking.space_name)
                              .replace("%2", format_time(booking.starts_at, timezone))
                              .replace("%3", format_time(booking.ends_at, timezone)).replace("%4", booking.person_name))
        self.summary.setObjectName("dialogSummary")
        self.summary.setWordWrap(True)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd d MMMM yyyy")
        self.day.setAccessibleName(self.tr("New day"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("New period"))
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("New start time"))
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.end.setAccessibleName(self.tr("New end time"))
        self.places = QListWidget()
        self.places.setAccessibleName(self.tr("Places free for the new period, nearest first. Enter to move there"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Search result"))
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Why the move was refused"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Move"))
        ok.setAccessibleName(self.tr("Move the booking to the chosen place and period"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Close without moving"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for text, widget in ((self.tr("&Day:"), self.day), (self.tr("&Period:"), self.period),
                             (self.tr("&From:"), self.start), (self.tr("&To:"), self.end),
                             (self.tr("P&laces:"), self.places)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.day, self.period)
        self.setTabOrder(self.period, self.start)
        self.setTabOrder(self.start, self.end)
        self.setTabOrder(self.end, self.places)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._search)
        # Enter in the list reaches the dialog's default button (Move); a double click moves too.
        self.places.itemDoubleClicked.connect(lambda _item: self.submit())
        self.resize(520, 480)
        store, booking_id = app.store, booking.id
        Op(app, lambda ctx: booking_moves.move_start(store, booking_id=booking_id), parent=self).success(
            self._started).failure(self._show_error).run()

    # -- the period ----------------------------------------------------------------------------
    def _started(self, origin: MoveStart) -> None:
        self.origin = origin
        self.day.setDate(QDate(origin.day.year, origin.day.month, origin.day.day))
        self.start.setTime(_qtime(origin.start))
        self.end.setTime(_qtime(origin.end))
        names = {"morning": self.tr("Morning"), "afternoon": self.tr("Afternoon"), "day": self.tr("Whole day")}
        for key, (s, e) in origin.periods.items():
            self.period.addItem(f"{names[key]} ({_qtime(s).toString('HH:mm')} – {_qtime(e).toString('HH:mm')})", key)
            if (s, e) == (origin.start, origin.end):
                self.period.setCurrentIndex(self.period.count() - 1)
        # Half-days and days are chosen by name; free times only where quarter hours are allowed.
        by_period = bool(origin.periods)
        for widget, shown in ((self.period, by_period), (self.start, not by_period), (self.end, not by_period)):
            self.form.setRowVisible(widget, shown)
        for signal in (self.day.dateChanged, self.period.currentIndexChanged, self.start.timeChanged, self.end.timeChanged):
            signal.connect(lambda *_a: self._debounce.start())
        self.day.setFocus()
        self._search()

    def chosen_period(self) -> tuple[date, time, time]:
        d = self.day.date()
        day = date(d.year(), d.month(), d.day())
        if self.origin is not None and self.origin.periods:
            return (day, *self.origin.periods[self.period.currentData()])
        s, e = self.start.time(), self.end.time()
        return day, time(s.hour(), s.minute()), time(e.hour(), e.minute())

    def _search(self) -> None:
        if self.origin is None:
            return
        store, booking_id, tz = self.app.store, self.booking.id, self.timezone
        day, start, end = self.chosen_period()
        if end <= start:
            self._show([])
            self.status.setText(self.tr("The end must come after the start."))
            return
        Op(self.app, lambda ctx: booking_moves.move_choices(store, booking_id=booking_id, day=day, start=start, end=end,
                                                            timezone=tz), parent=self).success(self._show).failure(
            lambda exc: self._show_error_text(explain(exc))).run()

    def _show(self, choices: list[MoveChoice]) -> None:
        self.choices = choices
        self.places.clear()
        for choice in choices:
            space = choice.space
            if choice.current:
                text = self.tr("%1 (same place, new time)").replace("%1", space.name)
            elif space.distance_m is not None:
                text = self.tr("%1 — %2 m away").replace("%1", space.name).replace("%2", str(round(space.distance_m)))
            else:
                text = space.name
            if space.capacity > 1:
                text += " — " + self.tr("%n place(s) free", "", space.free_places)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, space.id)
            self.places.addItem(item)
        if choices:
            self.places.setCurrentRow(0)
        self.status.setText(self.tr("%n place(s) proposed.", "", len(choices)) if choices else
                            self.tr("No place of this kind is free then: choose another day or period."))

    # -- the move ------------------------------------------------------------------------------
    def submit(self) -> None:
        row = self.places.currentRow()
        if row < 0 or row >= len(self.choices):
            self._show_error_text(self.tr("Choose a place in the list."))
            return
        space_id = self.choices[row].space.id
        day, start, end = self.chosen_period()
        starts_at, ends_at = booking_moves.period_instants(day, start, end, self.timezone)
        store, booking_id = self.app.store, self.booking.id
        Op(self.app, lambda ctx: booking_services.move_booking(
            store, booking_id=booking_id, space_id=space_id, starts_at=starts_at, ends_at=ends_at,
        ), parent=self).success(self._moved).failure(self._move_refused).run()

    def _moved(self, outcome: object) -> None:
        self.moved.emit(outcome.value)  # type: ignore[attr-defined]
        self.accept()

    def _show_error(self, exc: Exception) -> None:
        self._show_error_text(explain(exc))

    def _move_refused(self, exc: Exception) -> None:
        self._show_error_text(explain(exc))
        # The list may be stale (someone took the place): offer what is free now.
        self._search()

    def _show_error_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
