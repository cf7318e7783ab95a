"""Manager tools of the reception: watch list, visit lists in and out, and GDPR (purge, export, erasure, journal)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.services import gdpr, visit_io, watchlist
from nomad_desktop.services.gdpr import JournalLine, PersonMatch
from nomad_desktop.services.watchlist import WatchInfo
from ui.app.context import AppContext
from ui.common.formatting import format_date, local, today_at_site
from ui.common.messages import error_message
from ui.reception.dialogs import ask, inform
from ui.tasks.operations import Op
from ui.theme import icon


class AdminPage(QWidget):
    announced = Signal(str)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.timezone = "Europe/Paris"
        self.retention_days = 90
        self.export_folder = Path(app.workspace.data_dir) / "exports"

        # Watch list
        self.watch_list = QListWidget()
        self.watch_list.setAccessibleName(self.tr("Watch list"))
        self.watch_last = self._line(self.tr("Watched last name"))
        self.watch_first = self._line(self.tr("Watched first name (empty: any)"))
        self.watch_reason = self._line(self.tr("Note for reception"))
        self.watch_add = self._button(self.tr("&Add to the watch list"), "add", self.add_watch)
        self.watch_remove = self._button(self.tr("Remove from the watch list"), "delete", self.remove_watch)
        watch_box = QGroupBox(self.tr("Watch list"))
        watch_form = QFormLayout()
        watch_form.addRow(self.tr("Last name"), self.watch_last)
        watch_form.addRow(self.tr("First name"), self.watch_first)
        watch_form.addRow(self.tr("Note"), self.watch_reason)
        watch_layout = QVBoxLayout(watch_box)
        watch_layout.addWidget(self.watch_list, 1)
        watch_layout.addLayout(watch_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.watch_add)
        buttons.addWidget(self.watch_remove)
        watch_layout.addLayout(buttons)

        # Lists in and out
        io_box = QGroupBox(self.tr("Visit lists"))
        self.import_button = self._button(self.tr("&Import visits (CSV, XLSX)…"), "import", self.import_visits)
        self.export_button = self._button(self.tr("E&xport the visitor log (30 days)…"), "export", self.export_log)
        io_layout = QVBoxLayout(io_box)
        io_layout.addWidget(QLabel(self.tr("Columns: Nom, Prénom, Société, Hôte, Date, Heure, Motif, Catégorie.")))
        io_layout.addWidget(self.import_button)
        io_layout.addWidget(self.export_button)

        # GDPR
        gdpr_box = QGroupBox(self.tr("Personal data (GDPR)"))
        self.retention = QLabel()
        self.purge_button = self._button(self.tr("&Purge expired visits now"), "delete", self.purge)
        self.person_search = self._line(self.tr("Find a visitor for export or erasure"))
        self.person_search.setPlaceholderText(self.tr("Visitor's name or company…"))
        self.person_search.textChanged.connect(self.find_people)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Visitors found"))
        self.export_person_button = self._button(self.tr("Export this person's data"), "export", self.export_person)
        self.erase_person_button = self._button(self.tr("Erase this person's data…"), "delete", self.erase_person)
        self.journal = QListWidget()
        self.journal.setAccessibleName(self.tr("Purge journal"))
        gdpr_layout = QGridLayout(gdpr_box)
        gdpr_layout.addWidget(self.retention, 0, 0, 1, 2)
        gdpr_layout.addWidget(self.purge_button, 1, 0, 1, 2)
        gdpr_layout.addWidget(self.person_search, 2, 0, 1, 2)
        gdpr_layout.addWidget(self.people, 3, 0, 1, 2)
        gdpr_layout.addWidget(self.export_person_button, 4, 0)
        gdpr_layout.addWidget(self.erase_person_button, 4, 1)
        gdpr_layout.addWidget(QLabel(self.tr("Purge journal")), 5, 0, 1, 2)
        gdpr_layout.addWidget(self.journal, 6, 0, 1, 2)

        left = QVBoxLayout()
        left.addWidget(watch_box, 1)
        left.addWidget(io_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(gdpr_box, 1)

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(name)
        line.setMaxLength(200)
        return line

    def _button(self, text: str, icon_name: str, slot: object) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)  # type: ignore[arg-type]
        return button

    def set_site(self, timezone: str, retention_days: int) -> None:
        self.timezone = timezone
        self.retention_days = retention_days
        self.retention.setText(self.tr("Personal data of a visit is erased %n day(s) after the visit; counts are kept.",
                                       "", retention_days))

    def refresh(self) -> None:
        store = self.app.store
        Op(self.app, lambda ctx: (watchlist.list_watch_entries(store), gdpr.purge_journal(store)), parent=self) \
            .success(lambda r: self._show(*r)).run()

    def _show(self, entries: list[WatchInfo], journal: list[JournalLine]) -> None:
        self.watch_list.clear()
        for entry in entries:
            text = f"{entry.first_name} {entry.last_name}".strip() if entry.first_name else \
                self.tr("%1 (any first name)").replace("%1", entry.last_name)
            item = QListWidgetItem(icon("warning"), f"{text} — {entry.reason}" if entry.reason else text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.watch_list.addItem(item)
        self.journal.clear()
        for line in journal:
            kind = self.tr("Retention purge") if line.kind == "retention" else self.tr("Erasure on request")
            when = format_date(local(line.ran_at, self.timezone).date(), long=False)
            self.journal.addItem(self.tr("%1, %2: %3 visit(s), %4 visitor(s), %5 backup(s) deleted")
                                 .replace("%1", when).replace("%2", kind).replace("%3", str(line.visits))
                                 .replace("%4", str(line.visitors)).replace("%5", str(line.backups_deleted)))

    # Watch list --------------------------------------------------------------------------------

    def add_watch(self) -> None:
        last, first, reason = self.watch_last.text(), self.watch_first.text(), self.watch_reason.text()
        if not last.strip():
            self.watch_last.setFocus()
            self.announced.emit(self.tr("Type the last name to watch."))
            return
        store = self.app.store

        def added(_outcome: object) -> None:
            for line in (self.watch_last, self.watch_first, self.watch_reason):
                line.clear()
            self.announced.emit(self.tr("Name added to the watch list."))
            self.refresh()

        Op(self.app, lambda ctx: watchlist.add_watch_entry(store, last_name=last, first_name=first, reason=reason),
           parent=self).success(added).run()

    def remove_watch(self) -> None:
        item = self.watch_list.currentItem()
        if item is None:
            return
        entry_id = item.data(Qt.ItemDataRole.UserRole)
        store = self.app.store
        Op(self.app, lambda ctx: watchlist.remove_watch_entry(store, entry_id=entry_id), parent=self) \
            .success(lambda _r: self.refresh()).run()

    # Lists -------------------------------------------------------------------------------------

    def import_visits(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import visits"), "", self.tr("Visit lists (*.csv *.xlsx)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        store = self.app.store

        def done(outcome: object) -> None:
            report = outcome.value  # type: ignore[attr-defined]
            text = self.tr("%n visit(s) imported", "", report.created)
            if report.errors:
                lines = ", ".join(str(line) for line, _code in report.errors)
                text += " · " + self.tr("rows not imported: %1").replace("%1", lines)
            self.announced.emit(text)

        def failed(exc: Exception) -> None:
            # Non-blocking: the desk keeps working while the manager reads why the file was refused.
            inform(self, self.tr("Import visits"), error_message(exc), QMessageBox.Icon.Warning)
            self.announced.emit(error_message(exc))

        Op(self.app, lambda ctx: visit_io.import_visits(store, path=path, acknowledge_watch=False), parent=self) \
            .with_progress(self.tr("Importing visits…")).success(done).failure(failed).run()

    def export_log(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the visitor log"), "visites.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        store = self.app.store
        today = today_at_site(self.timezone)
        Op(self.app, lambda ctx: visit_io.export_visitor_log(store, path=path, first_day=today - timedelta(days=30),
                                                              last_day=today), parent=self) \
            .with_progress(self.tr("Exporting the visitor log…")) \
            .success(lambda n: self.announced.emit(self.tr("%n visit(s) exported.", "", n))).run()

    # GDPR --------------------------------------------------------------------------------------

    def purge(self) -> None:
        store = self.app.store

        def done(outcome: object) -> None:
            report = outcome.value  # type: ignore[attr-defined]
            self.announced.emit(self.tr("Purge done: %1 visit(s) anonymised, %2 backup(s) deleted.")
                                .replace("%1", str(report.visits)).replace("%2", str(report.backups_deleted)))
            self.refresh()

        Op(self.app, lambda ctx: gdpr.purge_expired(store), parent=self) \
            .with_progress(self.tr("Purging expired personal data…")).success(done).run()

    def find_people(self) -> None:
        query = self.person_search.text()
        store = self.app.store
        Op(self.app, lambda ctx: gdpr.find_people(store, query=query), parent=self).success(self._show_people).run()

    def _show_people(self, people: list[PersonMatch]) -> None:
        self.people.clear()
        for person in people:
            item = QListWidgetItem(self.tr("%1 — %2 — %n visit(s)", "", person.visit_count)
                                   .replace("%1", person.name).replace("%2", person.company or "—"))
            item.setData(Qt.ItemDataRole.UserRole, person.visitor_id)
            self.people.addItem(item)
        if people:
            self.people.setCurrentRow(0)

    def _selected_person(self) -> str | None:
        item = self.people.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def export_person(self) -> None:
        visitor_id = self._selected_person()
        if visitor_id is None:
            return
        store = self.app.store
        folder = self.export_folder

        def write(ctx: object) -> Path:
            data = gdpr.export_person(store, visitor_id=visitor_id)
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"visitor-{visitor_id}.json"
            path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
            return path

        Op(self.app, write, parent=self).success(
            lambda path: self.announced.emit(self.tr("Personal data exported to %1").replace("%1", str(path)))).run()

    def erase_person(self) -> None:
        visitor_id = self._selected_person()
        if visitor_id is None:
            return
        name = self.people.currentItem().text()
        store = self.app.store

        def erase() -> None:
            Op(self.app, lambda ctx: gdpr.erase_person(store, visitor_id=visitor_id), parent=self) \
                .success(lambda _r: (self.announced.emit(self.tr("Personal data erased.")), self.find_people(),
                                     self.refresh())).run()

        ask(self, self.tr("Erase personal data"),
            self.tr("Erase every personal data of %1? Visits stay counted, anonymously. This cannot be undone.")
            .replace("%1", name), self.tr("Erase"), erase)
