"""An agent's bookings: find the agent in the directory (accents ignored), see their upcoming or past
bookings with their status, and cancel, move, or export them as a calendar file.

Dates and times are shown on the site's clock, whatever the computer's zone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.services import bookings as booking_services
from nomad_desktop.services.records import AgentInfo, BookingInfo
from ui.app.context import AppContext
from ui.bookings.agent_search import AgentSearch
from ui.bookings.move_dialog import MoveDialog, moved_text
from ui.bookings.refusals import explain
from ui.common.formatting import format_date, format_time, local
from ui.common.labels import booking_status_label
from ui.tasks.operations import Op

ACTIVE = ("confirmed", "checked_in")


class AgentBookingsPanel(QWidget):
    #: The agent whose calendar the person wants to save (the page asks where).
    export_requested = Signal(str)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.timezone = "Europe/Paris"
        self.agent: AgentInfo | None = None
        self.bookings: list[BookingInfo] = []
        self.move_dialog: MoveDialog | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or unit, e.g. helene dirisi"))
        self.search.setAccessibleName(self.tr("Search the directory for an agent"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Agents found. Enter to show their bookings"))
        self.results.setMaximumHeight(120)
        self.when = QComboBox()
        self.when.setAccessibleName(self.tr("Bookings shown"))
        self.when.addItem(self.tr("Upcoming"), True)
        self.when.addItem(self.tr("Past"), False)
        self.title = QLabel(self.tr("Choose an agent."))
        self.title.setWordWrap(True)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Time"), self.tr("Space"), self.tr("Status")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Bookings of the agent"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Long room names give way, never the status (it must stay readable without scrolling).
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.cancel_reason = QLineEdit()
        self.cancel_reason.setPlaceholderText(self.tr("Reason for cancelling (optional)"))
        self.cancel_reason.setAccessibleName(self.tr("Reason for cancelling the agent's selected booking"))
        self.cancel_button = QPushButton(self.tr("Cancel booking"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the agent's selected booking"))
        self.move_button = QPushButton(self.tr("Move…"))
        self.move_button.setAccessibleName(self.tr("Move the agent's selected booking to another place or time"))
        self.export_button = QPushButton(self.tr("Export calendar (.ics)"))
        self.export_button.setAccessibleName(self.tr("Export the agent's bookings as a calendar file"))
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Result of the last action on the agent's bookings"))
        form = QFormLayout()
        search_label = QLabel(self.tr("A&gent:"))
        search_label.setBuddy(self.search)
        form.addRow(search_label, self.search)
        form.addRow(self.results)
        when_label = QLabel(self.tr("S&how:"))
        when_label.setBuddy(self.when)
        form.addRow(when_label, self.when)
        buttons = QHBoxLayout()
        for button in (self.cancel_button, self.move_button, self.export_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.cancel_reason)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        self.setTabOrder(self.search, self.results)
        self.setTabOrder(self.results, self.when)
        self.setTabOrder(self.when, self.table)
        self.finder = AgentSearch(app, self.search, self.results, list_all_when_empty=False)
        self.results.itemActivated.connect(lambda _item: self._choose())
        self.when.currentIndexChanged.connect(lambda _i: self.reload())
        self.cancel_button.clicked.connect(self._cancel)
        self.move_button.clicked.connect(self._move)
        self.export_button.clicked.connect(self._export)

    # -- the agent -----------------------------------------------------------------------------
    def _choose(self) -> None:
        row = self.results.currentRow()
        if 0 <= row < len(self.finder.agents):
            self.show_agent(self.finder.agents[row])
            self.table.setFocus()

    def show_agent(self, agent: AgentInfo) -> None:
        self.agent = agent
        self.reload()

    # -- the bookings --------------------------------------------------------------------------
    def reload(self) -> None:
        if self.agent is None:
            return
        store, agent_id, upcoming = self.app.store, self.agent.id, bool(self.when.currentData())
        Op(self.app, lambda ctx: booking_services.list_agent_bookings(store, agent_id=agent_id, upcoming=upcoming),
           parent=self).success(self._show).failure(lambda exc: self.feedback.setText(explain(exc))).run()

    def _show(self, bookings: list[BookingInfo]) -> None:
        selected = self.selected_booking()
        self.bookings = bookings
        self.model.removeRows(0, self.model.rowCount())
        for b in bookings:
            row = [
                QStandardItem(format_date(local(b.starts_at, self.timezone).date())),
                QStandardItem(f"{format_time(b.starts_at, self.timezone)} – {format_time(b.ends_at, self.timezone)}"),
                QStandardItem(b.space_name),
                QStandardItem(booking_status_label(b.status)),
            ]
            row[0].setData(b.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)
        if self.agent is not None:
            upcoming = bool(self.when.currentData())
            text = (self.tr("Upcoming bookings of %1: %2") if upcoming else self.tr("Past bookings of %1: %2"))
            self.title.setText(text.replace("%1", self.agent.display_name).replace("%2", str(len(bookings))))
        keep = next((i for i, b in enumerate(bookings) if selected and b.id == selected.id), 0 if bookings else -1)
        if keep >= 0:
            self.table.selectRow(keep)

    def selected_booking(self) -> BookingInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.bookings[rows[0].row()] if rows and rows[0].row() < len(self.bookings) else None

    def _active_selection(self) -> BookingInfo | None:
        booking = self.selected_booking()
        if booking is None or booking.status not in ACTIVE:
            self.feedback.setText(self.tr("Select an active booking of the agent first."))
            return None
        return booking

    def _cancel(self) -> None:
        booking = self._active_selection()
        if booking is None:
            return
        store, reason = self.app.store, self.cancel_reason.text().strip()
        self.cancel_reason.clear()
        Op(self.app, lambda ctx: booking_services.cancel_booking(store, booking_id=booking.id, reason=reason),
           parent=self).success(lambda _o: self.feedback.setText(
               self.tr("The booking of %1 is cancelled.").replace("%1", booking.person_name))).failure(
            lambda exc: self.feedback.setText(explain(exc))).run()

    def _move(self) -> None:
        booking = self._active_selection()
        if booking is None:
            return
        dialog = MoveDialog(self.app, booking=booking, timezone=self.timezone, parent=self)
        dialog.moved.connect(lambda b: self.feedback.setText(moved_text(b, self.timezone)))
        dialog.finished.connect(lambda _r: self.table.setFocus())
        self.move_dialog = dialog
        dialog.open()

    def _export(self) -> None:
        if self.agent is None:
            self.feedback.setText(self.tr("Choose an agent first."))
            return
        self.export_requested.emit(self.agent.id)
