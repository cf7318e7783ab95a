"""On site now / evacuation: everyone checked in (visitors and agents), printable in one action,
and a roll call that marks each person safe and counts those remaining. Works with no network."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt, QTimer, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.clock import utc_now
from nomad_desktop.services import reception as reception_services
from nomad_desktop.services.reception import VISITOR, OnSitePerson
from ui.app.context import AppContext
from ui.common.formatting import format_time
from ui.tasks.operations import Op
from ui.theme import icon

REFRESH_MS = 60_000  # bookings end on their own: keep the list live without any change signal


class OnSitePage(QWidget):
    announced = Signal(str)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.timezone = "Europe/Paris"
        self.people: list[OnSitePerson] = []
        self.safe: set[str] = set()
        self.roll_call = False
        self.print_folder = Path(app.workspace.data_dir) / "evacuation"
        self.last_printout: Path | None = None

        self.title = QLabel(self.tr("On site now"))
        self.title.setObjectName("pageTitle")
        self.count = QLabel()
        self.count.setObjectName("rollCallCount")
        self.count.setAccessibleName(self.tr("People on site and remaining"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People on site now"))
        self.list.itemChanged.connect(self._item_changed)
        self.roll_call_button = QPushButton(icon("check-in"), self.tr("Start &roll call"))
        self.roll_call_button.setAccessibleName(self.tr("Start or stop the evacuation roll call"))
        self.roll_call_button.setCheckable(True)
        self.roll_call_button.toggled.connect(self.set_roll_call)
        self.print_button = QPushButton(icon("print"), self.tr("&Print the list"))
        self.print_button.setAccessibleName(self.tr("Print the list of people on site"))
        self.print_button.clicked.connect(self.print_list)
        hint = QLabel(self.tr("During the roll call, press Space on a name to mark the person safe."))
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.roll_call_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.count)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def refresh(self) -> None:
        store = self.app.store
        Op(self.app, lambda ctx: reception_services.on_site_now(store), parent=self).success(self.show_people).run()

    def set_timezone(self, timezone: str) -> None:
        self.timezone = timezone

    def show_people(self, people: list[OnSitePerson]) -> None:
        self.people = people
        ids = {p.id for p in people}
        self.safe &= ids
        self.list.blockSignals(True)
        self.list.clear()
        for person in people:
            item = QListWidgetItem(self._text(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            if self.roll_call:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if person.id in self.safe else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.list.count() and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self._update_count()

    def _text(self, person: OnSitePerson) -> str:
        kind = self.tr("Visitor") if person.kind == VISITOR else self.tr("Agent")
        parts = [person.name, kind, person.company, person.host_name,
                 self.tr("badge %1").replace("%1", person.badge_number) if person.badge_number else "",
                 self.tr("since %1").replace("%1", format_time(person.arrived_at, self.timezone)) if person.arrived_at else ""]
        text = " — ".join(p for p in parts if p)
        if self.roll_call and person.id in self.safe:
            text = self.tr("SAFE ✔ %1").replace("%1", text)
        return text

    def set_roll_call(self, on: bool) -> None:
        self.roll_call = on
        if on:
            self.safe.clear()
        self.roll_call_button.setText(self.tr("Stop &roll call") if on else self.tr("Start &roll call"))
        self.show_people(self.people)
        self.list.setFocus()

    def _item_changed(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.safe.add(person_id)
        else:
            self.safe.discard(person_id)
        person = next(p for p in self.people if p.id == person_id)
        self.list.blockSignals(True)
        item.setText(self._text(person))
        self.list.blockSignals(False)
        self._update_count()
        self.announced.emit(self.count.text())

    def remaining(self) -> int:
        return len(self.people) - len(self.safe) if self.roll_call else len(self.people)

    def _update_count(self) -> None:
        total = len(self.people)
        if self.roll_call:
            self.count.setText(self.tr("Roll call: %1 remaining of %2").replace("%1", str(self.remaining())).replace("%2", str(total)))
        else:
            self.count.setText(self.tr("%n person(s) on site", "", total))

    def _html(self) -> str:
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in (
                "☐", p.name, self.tr("Visitor") if p.kind == VISITOR else self.tr("Agent"), p.company, p.host_name,
                p.badge_number, format_time(p.arrived_at, self.timezone))) + "</tr>"
            for p in self.people
        )
        headers = "".join(f"<th>{html.escape(h)}</th>" for h in (
            self.tr("Safe"), self.tr("Name"), self.tr("Type"), self.tr("Company or unit"), self.tr("Host or space"),
            self.tr("Badge"), self.tr("Arrived")))
        title = self.tr("On site at %1 — %n person(s)", "", len(self.people)).replace(
            "%1", format_time(utc_now(), self.timezone))
        return (f"<h2>{html.escape(title)}</h2><table border='1' cellspacing='0' cellpadding='4' width='100%'>"
                f"<tr>{headers}</tr>{rows}</table>")

    def print_list(self) -> None:
        """One action: to the default printer when the station has one, else to a PDF in the data folder."""
        document = QTextDocument()
        document.setHtml(self._html())
        if not QPrinterInfo.defaultPrinter().isNull():
            printer = QPrinter(QPrinterInfo.defaultPrinter())
            document.print_(printer)
            self.last_printout = None
            self.announced.emit(self.tr("List of people on site sent to the printer."))
            return
        self.print_folder.mkdir(parents=True, exist_ok=True)
        path = self.print_folder / f"on-site-{utc_now().strftime('%Y%m%dT%H%M%SZ')}.pdf"
        writer = QPdfWriter(str(path))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        writer.setTitle(self.tr("People on site"))
        document.print_(writer)
        self.last_printout = path
        self.announced.emit(self.tr("No printer on this station: list saved as %1").replace("%1", str(path)))
