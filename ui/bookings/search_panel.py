"""Finding a free place: day, time range, kind, seats, equipment and accessibility; ranked results.

Enter on a result asks to book it for that period (the page opens the booking dialog).
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.services import availability
from nomad_desktop.services.availability import AvailableSpace
from ui.app.context import AppContext, PlanFocus
from ui.common.labels import space_kind_label
from ui.tasks.operations import Op

BOOKABLE_KINDS = ("desk", "office", "meeting_room", "leisure")


class AvailabilitySearchPanel(QWidget):
    #: (space id, space name, day, local start, local end) the person wants to book.
    book_requested = Signal(str, str, object, object, object)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.day = date.today()
        self.results: list[AvailableSpace] = []
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of space"))
        for kind in BOOKABLE_KINDS:
            self.kind.addItem(space_kind_label(kind), kind)
        self.kind.setCurrentIndex(BOOKABLE_KINDS.index("meeting_room"))
        self.start = QTimeEdit(QTime(9, 0))
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("From"))
        self.end = QTimeEdit(QTime(10, 0))
        self.end.setDisplayFormat("HH:mm")
        self.end.setAccessibleName(self.tr("To"))
        self.seats = QSpinBox()
        self.seats.setRange(1, 500)
        self.seats.setAccessibleName(self.tr("Seats needed"))
        self.screen = QCheckBox(self.tr("Screen or projector"))
        self.screen.setAccessibleName(self.tr("Needs a screen or a projector"))
        self.visio = QCheckBox(self.tr("Videoconference"))
        self.visio.setAccessibleName(self.tr("Needs videoconference"))
        self.wheelchair = QCheckBox(self.tr("Wheelchair accessible"))
        self.wheelchair.setAccessibleName(self.tr("Must be wheelchair accessible"))
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setProperty("variant", "primary")
        self.search_button.setAccessibleName(self.tr("Search free places"))
        self.search_button.clicked.connect(self.search)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Free places found, best first"))
        self.list.itemActivated.connect(self._activated)
        self.count = QLabel()
        self.on_plan_button = QPushButton(self.tr("Show on the p&lan"))
        self.on_plan_button.setAccessibleName(self.tr("Show the free places of the selected result's floor on the plan"))
        self.on_plan_button.setEnabled(False)
        self.on_plan_button.clicked.connect(self.show_on_plan)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Time:"), times)
        form.addRow(self.tr("Seats:"), self.seats)
        form.addRow(self.screen)
        form.addRow(self.visio)
        form.addRow(self.wheelchair)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.search_button)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.on_plan_button)

    def set_day(self, day: date) -> None:
        self.day = day

    def _times(self) -> tuple[time, time]:
        s, e = self.start.time(), self.end.time()
        return time(s.hour(), s.minute()), time(e.hour(), e.minute())

    def search(self) -> None:
        store, day, kind = self.app.store, self.day, self.kind.currentData()
        start, end = self._times()
        equipment = ["videoconference"] if self.visio.isChecked() else []
        accessibility = ["wheelchair"] if self.wheelchair.isChecked() else []
        seats, screen = self.seats.value(), self.screen.isChecked()

        def run(_ctx: object) -> list[AvailableSpace]:
            found = availability.search_availability(
                store, day=day, start=start, end=end, kind=kind, min_capacity=seats, equipment=equipment,
                accessibility=accessibility, limit=None,
            )
            if screen:
                found = [r for r in found if {"screen", "projector", "dual_screen"} & set(r.equipment)]
            return found[:50]

        Op(self.app, run, parent=self).success(self._show).run()

    def _show(self, results: list[AvailableSpace]) -> None:
        self.results = results
        self.list.clear()
        for r in results:
            places = self.tr("%n seat(s)", "", r.capacity)
            item = QListWidgetItem(f"{r.name} — {places}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
        self.count.setText(self.tr("%n free place(s) found", "", len(results)))
        self.on_plan_button.setEnabled(bool(results))
        if results:
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def show_on_plan(self) -> None:
        """The free places found on the selected result's floor, highlighted on the plan for that half-day."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.results):
            return
        floor_id = self.results[row].floor_id
        start, _end = self._times()
        period = "morning" if start < time(12) else "afternoon"
        ids = tuple(r.id for r in self.results if r.floor_id == floor_id)
        self.app.plan_focus_requested.emit(PlanFocus(floor_id, ids, self.day, period))

    def _activated(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self.results):
            r = self.results[row]
            start, end = self._times()
            self.book_requested.emit(r.id, r.name, self.day, start, end)
