"""The Bookings page: grid of spaces × half-days or hours (day or week) by floor and kind,
booking by keyboard, the "why not?" answer, availability search, the day's list with check-in
(also by scanning a label's QR code), moves and series changes, an agent's bookings, the
rules editor, and the no-show release timer."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.services import availability, exports, recurrence
from nomad_desktop.services import bookings as booking_services
from nomad_desktop.services import release as release_services
from nomad_desktop.services import sites as site_services
from nomad_desktop.services.availability import BookingGrid
from nomad_desktop.services.bookings import ProposedSlot
from nomad_desktop.services.changes import Changes
from nomad_desktop.services.records import BookingInfo
from nomad_desktop.sitetime import local_instant
from ui.app.context import AppContext
from ui.bookings.agent_panel import AgentBookingsPanel
from ui.bookings.booking_dialog import BookingDialog
from ui.bookings.grid_model import BookingGridModel
from ui.bookings.grid_view import BookingGridView
from ui.bookings.move_dialog import MoveDialog, moved_text
from ui.bookings.printing import write_day_pdf, write_labels_pdf
from ui.bookings.refusals import explain, refusal_lines
from ui.bookings.rules_dialog import RulesDialog
from ui.bookings.search_panel import BOOKABLE_KINDS, AvailabilitySearchPanel
from ui.bookings.series_dialog import SeriesDialog
from ui.common.day_picker import DayPicker
from ui.common.formatting import format_date, format_time, today_at_site
from ui.common.labels import booking_status_label, space_kind_label
from ui.tasks.operations import Op

#: How often the no-show release runs while the app is open.
RELEASE_INTERVAL_MS = 60_000


class BookingsView(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.timezone = "Europe/Paris"
        self.bookings: list[BookingInfo] = []
        self.booking_dialog: BookingDialog | None = None
        self.move_dialog: MoveDialog | None = None
        self.series_dialog: SeriesDialog | None = None
        self.rules_dialog: RulesDialog | None = None
        self._first = True
        self._floors_loaded = False

        title = QLabel(self.tr("Bookings"))
        title.setObjectName("pageTitle")
        self.day_picker = DayPicker()
        self.day_picker.day_changed.connect(lambda _d: self.refresh())
        self.floor = QComboBox()
        self.floor.setAccessibleName(self.tr("Floor shown"))
        self.floor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.floor.setMinimumContentsLength(30)
        self.floor.currentIndexChanged.connect(lambda _i: self._reload_grid())
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of space shown"))
        for kind in BOOKABLE_KINDS:
            self.kind.addItem(space_kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._reload_grid())
        self.week = QCheckBox(self.tr("&Week"))
        self.week.setAccessibleName(self.tr("Show the whole week"))
        self.week.toggled.connect(lambda _on: self._reload_grid())
        floor_label = QLabel(self.tr("&Floor:"))
        floor_label.setBuddy(self.floor)
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind)

        self.grid_model = BookingGridModel(self)
        self.grid = BookingGridView()
        self.grid.setModel(self.grid_model)
        self.grid.setAccessibleName(self.tr("Booking grid: spaces by period. Arrows to move, Enter to book or to ask why not"))
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Week columns stay wide enough for their title ("30/11/2026", "Après-midi"): the grid scrolls
        # sideways rather than clipping them. Headers are bold: measured with a bold font.
        header_font = self.grid.horizontalHeader().font()
        header_font.setBold(True)
        widest = max(QFontMetrics(header_font).horizontalAdvance(t) for t in self.grid_model.sample_titles())
        self.grid.horizontalHeader().setMinimumSectionSize(widest + 20)
        # One line per row (cells elide): fixed heights spare measuring every cell at each reload.
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.cell_chosen.connect(self.choose_cell)
        self.why_not = QLabel(self.tr("Choose a cell and press Enter to book it, or to learn why it cannot be booked."))
        self.why_not.setObjectName("whyNot")
        self.why_not.setWordWrap(True)
        self.why_not.setAccessibleName(self.tr("Why this place cannot be booked"))
        self.why_not.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse)

        # The day's list, with check-in by selection or by scanning a label.
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
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("Scan a desk or room label, or type its code, then Enter"))
        self.scan.setAccessibleName(self.tr("Label code to check in"))
        self.scan.returnPressed.connect(self._scan)
        self.check_in_button = QPushButton(self.tr("Check &in"))
        self.check_in_button.setAccessibleName(self.tr("Check in the selected booking"))
        self.check_in_button.clicked.connect(self._check_in)
        self.check_out_button = QPushButton(self.tr("Check &out"))
        self.check_out_button.setAccessibleName(self.tr("Check out the selected booking"))
        self.check_out_button.clicked.connect(self._check_out)
        self.cancel_reason = QLineEdit()
        self.cancel_reason.setPlaceholderText(self.tr("Reason for cancelling (optional)"))
        self.cancel_reason.setAccessibleName(self.tr("Reason for cancelling the selected booking"))
        self.cancel_button = QPushButton(self.tr("Ca&ncel booking"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the selected booking"))
        self.cancel_button.clicked.connect(self._cancel)
        self.export_button = QPushButton(self.tr("&Export calendar (.ics)"))
        self.export_button.setAccessibleName(self.tr("Export the bookings of the selected booking's agent as a calendar file"))
        self.export_button.clicked.connect(self._export_ics)
        self.print_button = QPushButton(self.tr("&Print the day (PDF)"))
        self.print_button.setAccessibleName(self.tr("Save the day's bookings of the floor as a PDF to print"))
        self.print_button.clicked.connect(self._print_day)
        self.labels_button = QPushButton(self.tr("QR &labels (PDF)"))
        self.labels_button.setAccessibleName(self.tr("Save the QR code labels of the floor's spaces as a PDF to print"))
        self.labels_button.clicked.connect(self._print_labels)
        self.move_button = QPushButton(self.tr("&Move…"))
        self.move_button.setAccessibleName(self.tr("Move the selected booking to another place or time"))
        self.move_button.clicked.connect(self._move)
        self.series_button = QPushButton(self.tr("&Series…"))
        self.series_button.setAccessibleName(
            self.tr("Cancel or change occurrences of the selected booking's series: one, the following ones, a date range"))
        self.series_button.clicked.connect(self._series)
        self.cancel_following_button = QPushButton(self.tr("Cancel &this and following"))
        self.cancel_following_button.setAccessibleName(self.tr("Cancel the selected booking and the rest of its series"))
        self.cancel_following_button.clicked.connect(self._cancel_following)
        self.count_label = QLabel()
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Result of the last action"))
        day_list = QWidget()
        list_layout = QVBoxLayout(day_list)
        list_layout.addWidget(self.scan)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.cancel_reason)
        buttons = QHBoxLayout()
        for w in (self.check_in_button, self.check_out_button, self.cancel_button):
            buttons.addWidget(w)
        list_layout.addLayout(buttons)
        # Two short rows rather than one wide one: the side panel must leave the grid its room.
        for pair in ((self.move_button, self.series_button), (self.cancel_following_button, self.export_button),
                     (self.print_button, self.labels_button)):
            row = QHBoxLayout()
            for w in pair:
                row.addWidget(w)
            list_layout.addLayout(row)
        list_layout.addWidget(self.count_label)
        list_layout.addWidget(self.feedback)

        self.search_panel = AvailabilitySearchPanel(app)
        self.search_panel.book_requested.connect(self._book_from_search)
        self.side = QTabWidget()
        self.side.setAccessibleName(self.tr("Day's bookings and search"))
        self.side.addTab(day_list, self.tr("Day's bookings"))
        self.side.addTab(self.search_panel, self.tr("Find a place"))
        self.agent_panel = AgentBookingsPanel(app)
        self.agent_panel.export_requested.connect(self._export_agent_ics)
        self.side.addTab(self.agent_panel, self.tr("Agent's bookings"))
        self.rules_button = QPushButton(self.tr("Booking &rules…"))
        self.rules_button.setAccessibleName(self.tr("View and edit the site's booking rules"))
        self.rules_button.clicked.connect(self.open_rules)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.day_picker)
        top.addWidget(self.rules_button)
        filters = QHBoxLayout()
        filters.addWidget(floor_label)
        filters.addWidget(self.floor, 1)
        filters.addWidget(kind_label)
        filters.addWidget(self.kind)
        filters.addWidget(self.week)
        filters.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.grid, 1)
        left_layout.addWidget(self.why_not)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.day_picker, self.floor)
        self.setTabOrder(self.floor, self.kind)
        self.setTabOrder(self.kind, self.week)
        self.setTabOrder(self.week, self.grid)
        QShortcut(QKeySequence("Ctrl+G"), self, self.grid.setFocus)
        QShortcut(QKeySequence("Ctrl+K"), self, self._focus_scan)

        self.release_timer = QTimer(self)
        self.release_timer.setInterval(RELEASE_INTERVAL_MS)
        self.release_timer.timeout.connect(self.release_no_shows)
        app.changed.connect(self.on_changed)

    # -- loading -------------------------------------------------------------------------------
    def on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.bookings or changes.spaces or changes.site or changes.rules or changes.floors:
            if changes.floors:
                self._floors_loaded = False
            self.refresh()
            if changes.bookings:
                self.agent_panel.reload()

    def refresh(self) -> None:
        store = self.app.store
        if self._first:
            # The first load learns the site's zone so "today" is the site's today, then catches up
            # on no-shows released while the app was closed.
            self._first = False
            Op(self.app, lambda ctx: site_services.get_site(store), parent=self).success(self._site_loaded).run()
            return
        if not self._floors_loaded:
            Op(self.app, lambda ctx: availability.floors_and_kinds(store), parent=self).success(self._floors).run()
            return
        day = self.day_picker.day()
        self.search_panel.set_day(day)
        Op(self.app, lambda ctx: booking_services.list_bookings_for_day(store, day=day), parent=self).success(self._show).run()
        self._reload_grid()

    def _site_loaded(self, site: object) -> None:
        if site is not None:
            self.timezone = site.timezone  # type: ignore[attr-defined]
            self.agent_panel.timezone = self.timezone
        today: date = today_at_site(self.timezone)
        self.day_picker.set_today(today)
        self.day_picker.blockSignals(True)
        self.day_picker.set_day(today)
        self.day_picker.blockSignals(False)
        self.release_no_shows()
        self.release_timer.start()
        self.refresh()

    def _floors(self, floors: list[tuple[str, str, str]]) -> None:
        self._floors_loaded = True
        current = self.floor.currentData()
        self.floor.blockSignals(True)
        self.floor.clear()
        self.floor.addItem(self.tr("All floors"), None)
        for floor_id, building, name in floors:
            self.floor.addItem(f"{building} — {name}", floor_id)
        index = self.floor.findData(current) if current else (1 if floors else 0)
        self.floor.setCurrentIndex(max(index, 0))
        self.floor.blockSignals(False)
        self.refresh()

    def grid_days(self) -> tuple[date, int]:
        day = self.day_picker.day()
        if self.week.isChecked():
            return day - timedelta(days=day.weekday()), 7
        return day, 1

    def _reload_grid(self) -> None:
        if not self._floors_loaded:
            return
        store, (first, days) = self.app.store, self.grid_days()
        floor_id, kind = self.floor.currentData(), self.kind.currentData()
        Op(self.app, lambda ctx: availability.booking_grid(store, first_day=first, days=days, floor_id=floor_id, kind=kind),
           parent=self).success(self._show_grid).run()

    def _show_grid(self, grid: BookingGrid) -> None:
        row, column = self.grid.currentIndex().row(), self.grid.currentIndex().column()
        self.grid_model.set_grid(grid)
        if self.grid_model.rowCount() and self.grid_model.columnCount():
            row = min(max(row, 0), self.grid_model.rowCount() - 1)
            column = min(max(column, 0), self.grid_model.columnCount() - 1)
            self.grid.setCurrentIndex(self.grid_model.index(row, column))

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

    # -- booking from the grid -------------------------------------------------------------------
    def choose_cell(self, row: int, column: int) -> None:
        """Enter on a cell: offer to book it, or say why it cannot be booked."""
        if row < 0 or column < 0 or row >= self.grid_model.rowCount():
            return
        space = self.grid_model.grid.spaces[row]
        col = self.grid_model.column(column)
        store = self.app.store
        part = col.part
        hour = col.local_start.hour if part == "hour" else None
        Op(self.app, lambda ctx: booking_services.propose_slot(store, space_id=space.id, day=col.day, part=part, hour=hour),
           parent=self).success(self._proposed).failure(lambda exc: self.why_not.setText(explain(exc))).run()

    def _proposed(self, slot: ProposedSlot) -> None:
        if slot.refusals:
            lines = refusal_lines(slot.refusals)
            self.why_not.setText(self.tr("Why %1 cannot be booked then:").replace("%1", slot.space_name) + "\n• " + "\n• ".join(lines))
            return
        self.why_not.setText("")
        self.open_booking_dialog(slot.space_id, slot.space_name, slot.starts_at, slot.ends_at)

    def _book_from_search(self, space_id: str, space_name: str, day: date, start: time, end: time) -> None:
        self.open_booking_dialog(space_id, space_name, local_instant(day, start, self.timezone),
                                 local_instant(day, end, self.timezone))

    def open_booking_dialog(self, space_id: str, space_name: str, starts_at: datetime, ends_at: datetime) -> None:
        dialog = BookingDialog(self.app, space_id=space_id, space_name=space_name, starts_at=starts_at, ends_at=ends_at,
                               timezone=self.timezone, parent=self)
        dialog.booking_created.connect(self._booked)
        dialog.waitlist_joined.connect(
            lambda n: self.feedback.setText(self.tr("Added to the waitlist, number %1 in line.").replace("%1", str(n))))
        dialog.finished.connect(lambda _r: self.grid.setFocus() if self.grid.isVisible() else None)  # asked from the plan: stay there
        self.booking_dialog = dialog
        dialog.open()

    def _booked(self, booking: BookingInfo) -> None:
        self.feedback.setText(self.tr("Booked: %1 for %2, %3 – %4.").replace("%1", booking.space_name)
                              .replace("%2", booking.person_name).replace("%3", format_time(booking.starts_at, self.timezone))
                              .replace("%4", format_time(booking.ends_at, self.timezone)))

    # -- the day's list ------------------------------------------------------------------------
    def selected_booking(self) -> BookingInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.bookings[rows[0].row()] if rows else None

    def _run(self, fn: object, done: str) -> None:
        Op(self.app, fn, parent=self).success(lambda _o: self.feedback.setText(done)).failure(  # type: ignore[arg-type]
            lambda exc: self.feedback.setText(explain(exc))).run()

    def _check_in(self) -> None:
        booking = self.selected_booking()
        if booking is not None:
            store = self.app.store
            self._run(lambda ctx: booking_services.check_in_booking(store, booking_id=booking.id),
                      self.tr("%1 is checked in.").replace("%1", booking.person_name))

    def _check_out(self) -> None:
        booking = self.selected_booking()
        if booking is not None:
            store = self.app.store
            self._run(lambda ctx: booking_services.check_out_booking(store, booking_id=booking.id),
                      self.tr("%1 is checked out.").replace("%1", booking.person_name))

    def _cancel(self) -> None:
        booking = self.selected_booking()
        if booking is not None:
            store = self.app.store
            reason = self.cancel_reason.text().strip()
            self.cancel_reason.clear()
            self._run(lambda ctx: booking_services.cancel_booking(store, booking_id=booking.id, reason=reason),
                      self.tr("The booking of %1 is cancelled.").replace("%1", booking.person_name))

    def _cancel_following(self) -> None:
        booking = self.selected_booking()
        if booking is None or booking.series_id is None:
            self.feedback.setText(self.tr("Select a booking of a series first."))
            return
        store, series_id, reason = self.app.store, booking.series_id, self.cancel_reason.text().strip()
        self.cancel_reason.clear()
        Op(self.app, lambda ctx: recurrence.cancel_series(store, series_id=series_id, scope=recurrence.FOLLOWING,
                                                          booking_id=booking.id, reason=reason), parent=self).success(
            lambda outcome: self.feedback.setText(self.tr("%n booking(s) of the series cancelled.", "", outcome.value))
        ).failure(lambda exc: self.feedback.setText(explain(exc))).run()

    def _move(self) -> None:
        booking = self.selected_booking()
        if booking is None or booking.status not in ("confirmed", "checked_in"):
            self.feedback.setText(self.tr("Select an active booking first."))
            return
        dialog = MoveDialog(self.app, booking=booking, timezone=self.timezone, parent=self)
        dialog.moved.connect(lambda moved: self.feedback.setText(moved_text(moved, self.timezone)))
        dialog.finished.connect(lambda _r: self.table.setFocus())
        self.move_dialog = dialog
        dialog.open()

    def _series(self) -> None:
        booking = self.selected_booking()
        if booking is None or booking.series_id is None:
            self.feedback.setText(self.tr("Select a booking of a series first."))
            return
        dialog = SeriesDialog(self.app, booking=booking, timezone=self.timezone, parent=self)
        dialog.applied.connect(self._series_applied)
        dialog.finished.connect(lambda _r: self.table.setFocus())
        self.series_dialog = dialog
        dialog.open()

    def _series_applied(self, action: str, count: int) -> None:
        if action == "cancel":
            self.feedback.setText(self.tr("%n booking(s) of the series cancelled.", "", count))
        else:
            self.feedback.setText(self.tr("%n booking(s) of the series moved.", "", count))

    def open_rules(self) -> None:
        dialog = RulesDialog(self.app, parent=self)
        dialog.finished.connect(lambda _r: self.rules_button.setFocus())
        self.rules_dialog = dialog
        dialog.open()

    def _focus_scan(self) -> None:
        self.side.setCurrentIndex(0)
        self.scan.setFocus()

    def _scan(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if not code:
            return
        store = self.app.store
        Op(self.app, lambda ctx: booking_services.check_in_by_label(store, label_code=code), parent=self).success(
            lambda outcome: self.feedback.setText(self.tr("%1 is checked in on %2.").replace("%1", outcome.value.person_name)
                                                  .replace("%2", outcome.value.space_name))
        ).failure(lambda exc: self.feedback.setText(explain(exc))).run()

    # -- files ----------------------------------------------------------------------------------
    def _ask_path(self, title: str, name: str, pattern: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        return Path(chosen) if chosen else None

    def _export_ics(self) -> None:
        booking = self.selected_booking()
        if booking is None or booking.agent_id is None:
            self.feedback.setText(self.tr("Select a booking of an agent first."))
            return
        self._export_agent_ics(booking.agent_id)

    def _export_agent_ics(self, agent_id: str) -> None:
        path = self._ask_path(self.tr("Export calendar"), "reservations.ics", self.tr("Calendar (*.ics)"))
        if path is not None:
            self.export_ics(agent_id, path)

    def export_ics(self, agent_id: str, path: Path) -> None:
        store = self.app.store
        # Said where the person is: under the day's list, or in the agent's bookings tab.
        feedback = self.agent_panel.feedback if self.side.currentWidget() is self.agent_panel else self.feedback

        def run(_ctx: object) -> Path:
            path.write_bytes(exports.agent_calendar_ics(store, agent_id=agent_id))
            return path

        Op(self.app, run, parent=self).off_database().success(
            lambda p: feedback.setText(self.tr("Calendar saved: %1").replace("%1", str(p)))).failure(
            lambda exc: feedback.setText(explain(exc))).run()

    def _print_day(self) -> None:
        path = self._ask_path(self.tr("Print the day"), f"reservations-{self.day_picker.day().isoformat()}.pdf",
                              self.tr("PDF (*.pdf)"))
        if path is not None:
            self.print_day(path)

    def print_day(self, path: Path) -> None:
        store, day, floor_id, tz = self.app.store, self.day_picker.day(), self.floor.currentData(), self.timezone
        title = self.tr("Bookings of %1 — %2").replace("%1", format_date(day)).replace("%2", self.floor.currentText())

        def run(_ctx: object) -> Path:
            write_day_pdf(path, title=title, bookings=booking_services.list_bookings_for_day(store, day=day, floor_id=floor_id),
                          timezone=tz)
            return path

        Op(self.app, run, parent=self).off_database().with_progress(self.tr("Writing the PDF…")).success(
            lambda p: self.feedback.setText(self.tr("PDF saved: %1").replace("%1", str(p)))).failure(
            lambda exc: self.feedback.setText(explain(exc))).run()

    def _print_labels(self) -> None:
        if self.floor.currentData() is None:
            self.feedback.setText(self.tr("Choose a floor first."))
            return
        path = self._ask_path(self.tr("QR labels"), "etiquettes.pdf", self.tr("PDF (*.pdf)"))
        if path is not None:
            self.print_labels(path)

    def print_labels(self, path: Path) -> None:
        store, floor_id = self.app.store, self.floor.currentData()

        def run(ctx: object) -> Path:
            write_labels_pdf(path, exports.space_labels(store, floor_id=floor_id))
            return path

        Op(self.app, run, parent=self).off_database().with_progress(self.tr("Writing the labels…")).success(
            lambda p: self.feedback.setText(self.tr("PDF saved: %1").replace("%1", str(p)))).failure(
            lambda exc: self.feedback.setText(explain(exc))).run()

    # -- no-show release ------------------------------------------------------------------------
    def release_no_shows(self) -> None:
        store = self.app.store
        Op(self.app, lambda ctx: release_services.release_no_shows(store), parent=self).failure(
            lambda exc: self.feedback.setText(explain(exc))).run()
