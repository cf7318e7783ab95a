"""Today's board: who is expected, late, arrived, left — searched as you type, filtered, run from the keyboard.

A barcode scanner is a keyboard: it types the QR code's text into the search field and
presses Enter, which checks that person in directly.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.clock import utc_now
from nomad_desktop.errors import NomadError
from nomad_desktop.services import agents as agent_services
from nomad_desktop.services import bookings as booking_services
from nomad_desktop.services import reception as reception_services
from nomad_desktop.services import sites as site_services
from nomad_desktop.services import visits as visit_services
from nomad_desktop.services import watchlist
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.reception import AGENT, ARRIVED, EXPECTED, LATE, LEFT, VISITOR, Board, BoardEntry
from nomad_desktop.services.records import VisitInfo
from ui.app import settings as options
from ui.app.context import AppContext
from ui.common.formatting import format_date, today_at_site
from ui.common.messages import error_message
from ui.reception.badge import DEFAULT_LABEL, LABEL_SIZES, badge_for, paint_badges, save_badges_pdf
from ui.reception.board_model import BoardModel
from ui.reception.checkin_dialog import CheckInDialog
from ui.reception.dialogs import ask
from ui.reception.visit_form import VisitForm, VisitFormDialog
from ui.tasks.operations import Op
from ui.theme import icon


class BoardTable(QTableView):
    """Enter on a row asks for check-in (Qt's table would otherwise swallow the key)."""

    activated_by_key = Signal()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated_by_key.emit()
            return
        super().keyPressEvent(event)


class BoardPage(QWidget):
    #: Emitted with a sentence after every action, for the status line and screen readers.
    announced = Signal(str)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.timezone = "Europe/Paris"
        self.board: Board | None = None
        self.operator = getpass.getuser()
        self.badge_label = app.settings.get(options.BADGE_LABEL)
        if self.badge_label not in LABEL_SIZES:
            self.badge_label = DEFAULT_LABEL
        self.badge_folder = Path(app.workspace.data_dir) / "badges"
        self.check_in_dialog: CheckInDialog | None = None
        self.visit_dialog: VisitFormDialog | None = None
        self.last_badge_pdf: Path | None = None

        self.title = QLabel(self.tr("Today"))
        self.title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search or scan a code (name, company, host, badge)…"))
        self.search.setAccessibleName(self.tr("Search today's arrivals or scan a QR code"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self._search_entered)
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(self.tr("Show people by status"))
        for text, states in (
            (self.tr("Everyone"), None), (self.tr("To arrive (expected or late)"), frozenset({EXPECTED, LATE})),
            (self.tr("Late"), frozenset({LATE})), (self.tr("Arrived"), frozenset({ARRIVED})), (self.tr("Left"), frozenset({LEFT})),
        ):
            self.state_filter.addItem(text, states)
        self.state_filter.currentIndexChanged.connect(self.apply_filter)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show visitors or agents"))
        for text, kinds in ((self.tr("Visitors and agents"), None), (self.tr("Visitors"), frozenset({VISITOR})),
                            (self.tr("Agents"), frozenset({AGENT}))):
            self.kind_filter.addItem(text, kinds)
        self.kind_filter.currentIndexChanged.connect(self.apply_filter)

        self.model = BoardModel(self)
        self.table = BoardTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Today's arrivals"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((90, 220, 180, 200, 120, 130, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # names get the spare width
        self.table.setAlternatingRowColors(True)
        self.table.activated_by_key.connect(self.check_in_selected)
        self.table.doubleClicked.connect(lambda _index: self.check_in_selected())

        self.counts = QLabel()
        self.counts.setAccessibleName(self.tr("Counts of the day"))
        self.status = QLabel()
        self.status.setObjectName("receptionStatus")
        self.status.setAccessibleName(self.tr("Last action"))
        self.status.setWordWrap(True)

        def button(text: str, name: str, icon_name: str, slot: Any, shortcut: str = "") -> QPushButton:
            b = QPushButton(icon(icon_name), text)
            b.setAccessibleName(name)
            b.clicked.connect(slot)
            if shortcut:
                b.setToolTip(f"{name} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
                QShortcut(QKeySequence(shortcut), self, slot)
            return b

        self.check_in_button = button(self.tr("Check &in"), self.tr("Check in the selected person"), "check-in", self.check_in_selected)
        self.check_in_button.setProperty("variant", "primary")
        self.check_out_button = button(self.tr("Check &out"), self.tr("Check out the selected person"), "check-out",
                                       self.check_out_selected, "Ctrl+Shift+O")
        self.walk_in_button = button(self.tr("&Walk-in…"), self.tr("Register and check in a walk-in visitor"), "add",
                                     self.open_walk_in, "Ctrl+N")
        self.register_button = button(self.tr("&Register a visit…"), self.tr("Register an expected visit"), "calendar",
                                      self.open_register, "Ctrl+Shift+N")
        self.badge_button = button(self.tr("&Badge (PDF)"), self.tr("Save the selected visitor's badge as PDF"), "badge",
                                   self.save_selected_badge, "Ctrl+P")
        self.label_choice = QComboBox()
        self.label_choice.setAccessibleName(self.tr("Badge label size"))
        for key, text in (("card", self.tr("Card 86 × 54 mm")), ("a7", self.tr("A7 label")), ("a6", self.tr("A6 label"))):
            self.label_choice.addItem(text, key)
        self.label_choice.setCurrentIndex(max(0, self.label_choice.findData(self.badge_label)))
        self.label_choice.currentIndexChanged.connect(self._label_chosen)
        self.closing_button = button(self.tr("Closing &time…"), self.tr("Check out every visitor still on site"), "check-out",
                                     self.closing_time)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.walk_in_button)
        top.addWidget(self.register_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.state_filter, 1)
        filters.addWidget(self.kind_filter, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.counts, 1)
        for b in (self.check_in_button, self.check_out_button, self.badge_button, self.label_choice, self.closing_button):
            actions.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self.setTabOrder(self.search, self.state_filter)
        self.setTabOrder(self.state_filter, self.kind_filter)
        self.setTabOrder(self.kind_filter, self.table)
        self.setTabOrder(self.table, self.check_in_button)

    # Loading and filtering -------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.app.store

        def load(ctx: object) -> Board:
            site = site_services.get_site(store)
            tz = site.timezone if site else "Europe/Paris"
            return reception_services.today_board(store, day=today_at_site(tz))

        Op(self.app, load, parent=self).success(self.show_board).run()

    def show_board(self, board: Board) -> None:
        self.board = board
        self.timezone = board.timezone
        self.title.setText(self.tr("Today — %1").replace("%1", format_date(board.day)))
        self.apply_filter()

    def apply_filter(self) -> None:
        entries = self.board.entries if self.board else ()
        selected = self.selected_entry()
        shown = reception_services.filter_board(
            entries, query=self.search.text(), states=self.state_filter.currentData(), kinds=self.kind_filter.currentData()
        )
        self.model.set_entries(shown, self.timezone)
        if shown:
            row = next((i for i, e in enumerate(shown) if selected and e.id == selected.id), 0)
            self.table.selectRow(row)
        counts = {state: sum(1 for e in entries if e.state == state) for state in (EXPECTED, LATE, ARRIVED, LEFT)}
        self.counts.setText(
            self.tr("%n expected", "", counts[EXPECTED]) + " · " + self.tr("%n late", "", counts[LATE]) + " · "
            + self.tr("%n arrived", "", counts[ARRIVED]) + " · " + self.tr("%n left", "", counts[LEFT])
            + " · " + self.tr("%n shown", "", len(shown))
        )

    def selected_entry(self) -> BoardEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.entries[rows[0].row()] if rows and rows[0].row() < len(self.model.entries) else None

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def announce(self, text: str) -> None:
        self.status.setText(text)
        self.announced.emit(text)

    # Scanner and keyboard ----------------------------------------------------------------------

    def _search_entered(self) -> None:
        text = self.search.text()
        if reception_services.parse_scan(text):
            self.scan(text)
        elif self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def scan(self, code: str) -> None:
        store = self.app.store

        def done(outcome: Outcome[reception_services.ScanResult]) -> None:
            result = outcome.value
            self.search.clear()
            if result.needs_desk:
                self.announce(self.tr("%1: identity check required, confirm at the desk.").replace("%1", result.name))
                self.start_visit_check_in(result.id)
            else:
                self.announce(self.tr("%1 checked in.").replace("%1", result.name))
            self.search.setFocus()

        def failed(exc: Exception) -> None:
            self.search.selectAll()
            if isinstance(exc, NomadError) and exc.code == "not_found":
                self.announce(self.tr("Unknown code: no visit or booking of this site has it."))
            else:
                self.announce(error_message(exc))

        Op(self.app, lambda ctx: reception_services.check_in_scanned(store, code=code), parent=self) \
            .success(done).failure(failed).run()

    # Check-in ----------------------------------------------------------------------------------

    def check_in_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if entry.state not in (EXPECTED, LATE):
            self.announce(self.tr("%1 is already checked in or has left.").replace("%1", entry.name))
            return
        if entry.kind == AGENT:
            store = self.app.store
            Op(self.app, lambda ctx: booking_services.check_in_booking(store, booking_id=entry.id), parent=self) \
                .success(lambda _r: self.announce(self.tr("%1 checked in.").replace("%1", entry.name))).run()
        else:
            self.start_visit_check_in(entry.id)

    def start_visit_check_in(self, visit_id: str) -> None:
        store = self.app.store

        def load(ctx: object) -> tuple[VisitInfo, str, list[str]]:
            visit = visit_services.get_visit(store, visit_id=visit_id)
            first, _, last = visit.visitor_name.partition(" ")
            warnings = watchlist.watch_warnings(store, first_name=first, last_name=last) if last else \
                watchlist.watch_warnings(store, first_name="", last_name=first)
            return visit, visit_services.next_free_badge(store), warnings

        Op(self.app, load, parent=self).success(lambda r: self._open_check_in(*r)).run()

    def _open_check_in(self, visit: VisitInfo, badge: str, warnings: list[str]) -> None:
        dialog = CheckInDialog(visit, badge=badge, operator=self.operator, warnings=warnings, parent=self)
        self.check_in_dialog = dialog
        dialog.accepted.connect(lambda: self._confirm_check_in(visit, dialog))
        dialog.finished.connect(self._dialog_closed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _dialog_closed(self) -> None:
        # Back to the board, ready for the next scan, whatever the window manager does.
        self.window().activateWindow()
        self.search.setFocus()

    def _confirm_check_in(self, visit: VisitInfo, dialog: CheckInDialog) -> None:
        choice = dialog.choice()
        self.check_in_dialog = None
        store = self.app.store

        def run(ctx: object) -> VisitInfo:
            visit_services.check_in_visit(
                store, visit_id=visit.id, badge_number=choice.badge_number, id_checked_by=choice.id_checked_by,
                notify_host=choice.notify_host, acknowledge_watch=choice.acknowledge_watch,
            )
            return visit_services.get_visit(store, visit_id=visit.id)

        def done(checked: VisitInfo) -> None:
            self.app.changed.emit(Changes(visits=True, outbox=True), self)
            self.announce(self.tr("%1 checked in, badge %2.").replace("%1", checked.visitor_name)
                          .replace("%2", checked.badge_number or "—"))
            if choice.print_badge:
                self.output_badge(checked)
            self.search.setFocus()

        Op(self.app, run, parent=self).success(done).run()

    # Badges ------------------------------------------------------------------------------------

    def _label_chosen(self) -> None:
        self.badge_label = self.label_choice.currentData()
        self.app.settings.set(options.BADGE_LABEL, self.badge_label)

    def output_badge(self, visit: VisitInfo) -> None:
        """Save the badge as a PDF in the badges folder (printed from there or by the print queue)."""
        self.badge_folder.mkdir(parents=True, exist_ok=True)
        path = self.badge_folder / f"badge-{visit.id}.pdf"
        badge = badge_for(visit, self.timezone)
        label = self.badge_label

        def write(ctx: object) -> Path:
            return save_badges_pdf([badge], path, label)

        def saved(result: Path) -> None:
            self.last_badge_pdf = result
            printer_info = QPrinterInfo.defaultPrinter()
            if not printer_info.isNull():
                # A station with a badge printer prints at once; the PDF stays as the record.
                paint_badges(QPrinter(printer_info), [badge], label)
                self.announce(self.tr("Badge of %1 sent to the printer.").replace("%1", visit.visitor_name))
                return
            self.announce(self.tr("Badge of %1 saved: %2").replace("%1", visit.visitor_name).replace("%2", str(result)))

        Op(self.app, write, parent=self).off_database().success(saved).run()

    def save_selected_badge(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.kind != VISITOR:
            self.announce(self.tr("Select a visitor to print a badge."))
            return
        store = self.app.store
        Op(self.app, lambda ctx: visit_services.get_visit(store, visit_id=entry.id), parent=self) \
            .success(self.output_badge).run()

    # Check-out ---------------------------------------------------------------------------------

    def check_out_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.state != ARRIVED:
            self.announce(self.tr("Select a person who is on site to check them out."))
            return
        store = self.app.store
        if entry.kind == AGENT:
            # The agent leaves early: the booking ends now and the rest of the slot frees up.
            def work(ctx: object) -> object:
                return booking_services.check_out_booking(store, booking_id=entry.id)
        else:
            def work(ctx: object) -> object:
                return visit_services.check_out_visit(store, visit_id=entry.id)
        Op(self.app, work, parent=self) \
            .success(lambda _r: self.announce(self.tr("%1 checked out.").replace("%1", entry.name))) \
            .failure(lambda exc: self.announce(error_message(exc))).run()

    def closing_time(self) -> None:
        store = self.app.store

        def run() -> None:
            Op(self.app, lambda ctx: visit_services.check_out_everyone(store), parent=self) \
                .success(lambda outcome: self.announce(self.tr("%n visitor(s) checked out.", "", outcome.value))).run()

        still_in = [e.name for e in (self.board.entries if self.board else ()) if e.kind == VISITOR and e.state == ARRIVED]
        names = "\n".join(f"• {name}" for name in still_in[:25]) + ("\n…" if len(still_in) > 25 else "")
        ask(self, self.tr("Closing time"),
            self.tr("Check out the %n visitor(s) still on site?", "", len(still_in)) + ("\n\n" + names if names else ""),
            self.tr("Check out everyone"), run)

    # Registration ------------------------------------------------------------------------------

    def _open_form(self, walk_in: bool) -> None:
        store = self.app.store

        def load(ctx: object) -> tuple[list[Any], str]:
            return agent_services.search_agents(store, limit=5000), visit_services.next_free_badge(store)

        def show(result: tuple[list[Any], str]) -> None:
            hosts, badge = result
            dialog = VisitFormDialog(hosts=hosts, timezone=self.timezone, now=utc_now(), walk_in=walk_in, badge=badge,
                                     operator=self.operator, parent=self)
            self.visit_dialog = dialog
            dialog.accepted.connect(lambda: self._accept_form(dialog))
            dialog.finished.connect(self._dialog_closed)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

        Op(self.app, load, parent=self).success(show).run()

    def open_walk_in(self) -> None:
        self._open_form(True)

    def open_register(self) -> None:
        self._open_form(False)

    def _accept_form(self, dialog: VisitFormDialog) -> None:
        self.visit_dialog = None
        self.save_visit(dialog.form(), walk_in=dialog.walk_in, acknowledge=False)

    def save_visit(self, form: VisitForm, *, walk_in: bool, acknowledge: bool) -> None:
        store = self.app.store

        def run(ctx: object) -> Any:
            if walk_in:
                return visit_services.register_walk_in(
                    store, last_name=form.last_name, first_name=form.first_name, company=form.company,
                    host_agent_id=form.host_agent_id, category=form.category, badge_number=form.badge_number,
                    id_checked_by=form.id_checked_by, acknowledge_watch=acknowledge,
                )
            return visit_services.register_visit(
                store, last_name=form.last_name, first_name=form.first_name, company=form.company,
                host_agent_id=form.host_agent_id, expected_at=form.expected_at, purpose=form.purpose,
                category=form.category, escort_required=form.escort_required,
                id_check_required=form.id_check_required, acknowledge_watch=acknowledge,
            )

        def done(outcome: Any) -> None:
            visit: VisitInfo = outcome.value
            if walk_in:
                self.announce(self.tr("%1 checked in, badge %2.").replace("%1", visit.visitor_name)
                              .replace("%2", visit.badge_number or "—"))
                self.output_badge(visit)
            else:
                self.announce(self.tr("Visit of %1 registered.").replace("%1", visit.visitor_name))

        def failed(exc: Exception) -> None:
            if isinstance(exc, NomadError) and exc.code == "watch_list_match":
                reasons = "; ".join(r for r in exc.params.get("reasons", []) if r) or self.tr("name flagged by a manager")
                ask(self, self.tr("Watch list"),
                    self.tr("%1 is on the site's watch list: %2\n\nRegister anyway, following the site's procedure?")
                    .replace("%1", str(exc.params.get("name", ""))).replace("%2", reasons),
                    self.tr("Register anyway"), lambda: self.save_visit(form, walk_in=walk_in, acknowledge=True))
                self.announce(self.tr("Watch list warning for %1.").replace("%1", str(exc.params.get("name", ""))))
            else:
                self.app.show_error(exc, parent=self)

        Op(self.app, run, parent=self).success(done).failure(failed).run()
