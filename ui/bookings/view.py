"""The Bookings page: the day's bookings of the site, by floor, with check-in and cancel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.services import bookings as booking_services
from nomad_desktop.services import sites as site_services
from nomad_desktop.services.changes import Changes
from nomad_desktop.services.records import BookingInfo
from ui.app.context import AppContext
from ui.common.day_picker import DayPicker
from ui.common.formatting import format_time, today_at_site
from ui.common.labels import booking_status_label
from ui.tasks.operations import Op


class BookingsView(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.timezone = "Europe/Paris"
        self.bookings: list[BookingInfo] = []
        title = QLabel(self.tr("Bookings"))
        title.setObjectName("pageTitle")
        self.day_picker = DayPicker()
        self.day_picker.day_changed.connect(lambda _d: self.refresh())
        self.count_label = QLabel()
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Space"), self.tr("Booked for"), self.tr("Status")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Bookings of the day"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.check_in_button = QPushButton(self.tr("Check &in"))
        self.check_in_button.setAccessibleName(self.tr("Check in the selected booking"))
        self.check_in_button.clicked.connect(self._check_in)
        self.cancel_button = QPushButton(self.tr("Ca&ncel booking"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the selected booking"))
        self.cancel_button.clicked.connect(self._cancel)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.day_picker)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(self.check_in_button)
        actions.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        app.changed.connect(self.on_changed)
        self._first = True

    def on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.bookings or changes.spaces or changes.site:
            self.refresh()

    def refresh(self) -> None:
        store = self.app.store
        if self._first:
            # The first load learns the site's zone so "today" is the site's today.
            self._first = False
            Op(self.app, lambda ctx: site_services.get_site(store), parent=self).success(self._site_loaded).run()
            return
        day = self.day_picker.day()
        Op(self.app, lambda ctx: booking_services.list_bookings_for_day(store, day=day), parent=self).success(self._show).run()

    def _site_loaded(self, site: object) -> None:
        if site is not None:
            self.timezone = site.timezone  # type: ignore[attr-defined]
        today: date = today_at_site(self.timezone)
        self.day_picker.set_today(today)
        self.day_picker.blockSignals(True)
        self.day_picker.set_day(today)
        self.day_picker.blockSignals(False)
        self.refresh()

    def _show(self, bookings: list[BookingInfo]) -> None:
        self.bookings = bookings
        self.model.removeRows(0, self.model.rowCount())
        for b in bookings:
            row = [
                QStandardItem(f"{format_time(b.starts_at, self.timezone)} – {format_time(b.ends_at, self.timezone)}"),
                QStandardItem(b.space_name),
                QStandardItem(b.person_name),
                QStandardItem(booking_status_label(b.status)),
            ]
            row[0].setData(b.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)
        self.count_label.setText(self.tr("%n booking(s)", "", len(bookings)))

    def selected_booking(self) -> BookingInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.bookings[rows[0].row()] if rows else None

    def _check_in(self) -> None:
        booking = self.selected_booking()
        if booking is None:
            return
        store = self.app.store
        Op(self.app, lambda ctx: booking_services.check_in_booking(store, booking_id=booking.id), parent=self).run()

    def _cancel(self) -> None:
        booking = self.selected_booking()
        if booking is None:
            return
        store = self.app.store
        Op(self.app, lambda ctx: booking_services.cancel_booking(store, booking_id=booking.id), parent=self).run()
