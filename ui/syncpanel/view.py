"""The Synchronisation page: what waits to be sent, and the state of the connection."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from nomad_desktop.services import sites as site_services
from nomad_desktop.services.changes import Changes
from nomad_desktop.services.records import SiteSummary
from ui.app.context import AppContext
from ui.common.labels import entity_label
from ui.tasks.operations import Op


class SyncView(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        title = QLabel(self.tr("Synchronisation"))
        title.setObjectName("pageTitle")
        self.state = QLabel(
            self.tr(
                "No central server is configured on this station: every change is kept here, "
                "in the list below, until it can be sent."
            )
        )
        self.state.setWordWrap(True)
        self.state.setObjectName("emptyStateText")
        self.pending_title = QLabel()
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Kind of change"), self.tr("Waiting")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Changes waiting to be sent"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.state)
        layout.addWidget(self.pending_title)
        layout.addWidget(self.table, 1)
        app.changed.connect(self.on_changed)

    def on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.outbox or changes.conflicts:
            self.refresh()

    def refresh(self) -> None:
        store = self.app.store
        Op(self.app, lambda ctx: site_services.site_summary(store), parent=self).success(self._show).run()

    def _show(self, summary: SiteSummary) -> None:
        self.pending_title.setText(self.tr("%n change(s) waiting to be sent", "", summary.pending_changes))
        self.model.removeRows(0, self.model.rowCount())
        for entity, count in sorted(summary.pending_by_entity.items()):
            self.model.appendRow([QStandardItem(entity_label(entity)), QStandardItem(str(count))])
