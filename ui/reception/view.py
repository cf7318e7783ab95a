"""The Reception page: today's expected visitors, search as you type, check-in and check-out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.services import sites as site_services
from nomad_desktop.services import visits as visit_services
from nomad_desktop.services.changes import Changes
from nomad_desktop.services.records import VisitInfo
from nomad_desktop.text import search_key
from ui.app.context import AppContext
from ui.common.formatting import format_date, format_time, today_at_site
from ui.common.labels import visit_status_label, visitor_category_label
from ui.tasks.operations import Op


class ReceptionView(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.timezone = "Europe/Paris"
        self.visits: list[VisitInfo] = []
        self.shown: list[VisitInfo] = []
        self.title = QLabel(self.tr("Reception"))
        self.title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a visitor, a company, a host…"))
        self.search.setAccessibleName(self.tr("Search today's visitors"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Expected"), self.tr("Visitor"), self.tr("Company"), self.tr("Host"), self.tr("Category"), self.tr("Status")]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Today's visits"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.count_label = QLabel()
        self.check_in_button = QPushButton(self.tr("Check &in"))
        self.check_in_button.setProperty("variant", "primary")
        self.check_in_button.setAccessibleName(self.tr("Check in the selected visitor"))
        self.check_in_button.clicked.connect(self._check_in)
        self.check_out_button = QPushButton(self.tr("Check &out"))
        self.check_out_button.setAccessibleName(self.tr("Check out the selected visitor"))
        self.check_out_button.clicked.connect(self._check_out)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.search, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(self.check_in_button)
        actions.addWidget(self.check_out_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        app.changed.connect(self.on_changed)

    def on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.visits or changes.agents or changes.site:
            self.refresh()

    def refresh(self) -> None:
        store = self.app.store

        def load(ctx: object) -> tuple[str, list[VisitInfo]]:
            site = site_services.get_site(store)
            tz = site.timezone if site else "Europe/Paris"
            return tz, visit_services.list_visits_for_day(store, day=today_at_site(tz))

        Op(self.app, load, parent=self).success(self._show).run()

    def _show(self, result: tuple[str, list[VisitInfo]]) -> None:
        self.timezone, self.visits = result
        self.title.setText(self.tr("Reception — %1").replace("%1", format_date(today_at_site(self.timezone))))
        self._fill()

    def _fill(self) -> None:
        words = search_key(self.search.text()).split()
        self.shown = [
            v for v in self.visits
            if all(w in search_key(v.visitor_name, v.company, v.host_name, v.badge_number) for w in words)
        ]
        self.model.removeRows(0, self.model.rowCount())
        for v in self.shown:
            self.model.appendRow(
                [
                    QStandardItem(format_time(v.expected_at, self.timezone)),
                    QStandardItem(v.visitor_name),
                    QStandardItem(v.company),
                    QStandardItem(v.host_name),
                    QStandardItem(visitor_category_label(v.category)),
                    QStandardItem(visit_status_label(v.status)),
                ]
            )
        on_site = sum(1 for v in self.visits if v.status == "checked_in")
        self.count_label.setText(
            self.tr("%n visit(s) today", "", len(self.visits)) + " · " + self.tr("%n on site", "", on_site)
        )

    def selected_visit(self) -> VisitInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows else None

    def _check_in(self) -> None:
        visit = self.selected_visit()
        if visit is not None:
            store = self.app.store
            Op(self.app, lambda ctx: visit_services.check_in_visit(store, visit_id=visit.id), parent=self).run()

    def _check_out(self) -> None:
        visit = self.selected_visit()
        if visit is not None:
            store = self.app.store
            Op(self.app, lambda ctx: visit_services.check_out_visit(store, visit_id=visit.id), parent=self).run()

    def keyPressEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        # Enter in the table checks in the selected visitor: reception works from the keyboard.
        key = event.key()  # type: ignore[attr-defined]
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self._check_in()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
