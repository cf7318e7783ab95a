"""The live checks of the drawing, listed; activating a line selects the spaces at fault.

A view over a model: a large floor can have thousands of findings, and they change after
every edit; a model reset costs nothing and only the visible lines are worded and painted
(a QListWidget of 5,000 wrapped items took 120 ms of the UI thread per edit).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from nomad_desktop.plans.checks import AreaSummary, PlanIssue
from ui.common.formatting import format_number

Index = QModelIndex | QPersistentModelIndex


class IssueListModel(QAbstractListModel):
    """The findings, one per row (or one line saying there are none); UserRole gives the space ids."""

    def __init__(self, describe: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.describe = describe
        self.issues: Sequence[PlanIssue] = ()

    def set_issues(self, issues: Sequence[PlanIssue]) -> None:
        self.beginResetModel()
        self.issues = issues
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else max(1, len(self.issues))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if not self.issues:
            return self.tr("✓ No problem found") if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) else None
        issue = self.issues[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(issue)
        if role == Qt.ItemDataRole.UserRole:
            return list(issue.space_ids)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self.issues:
            return Qt.ItemFlag.ItemIsEnabled  # the "no problem" line cannot be chosen
        return super().flags(index)


class ChecksPanel(QWidget):
    #: Space ids of the issue the person picked.
    culprits_chosen = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Areas and capacity of the floor"))
        self.model = IssueListModel(self.describe, self)
        # A one-column table with rows of one height: it lays out only what is visible (list and
        # tree views ask the model about every row: 20-50 ms for 5,000). The whole text is in the tooltip.
        self.issue_list = QTableView()
        self.issue_list.setModel(self.model)
        self.issue_list.setAccessibleName(self.tr("Problems found in the drawing"))
        self.issue_list.horizontalHeader().hide()
        self.issue_list.horizontalHeader().setStretchLastSection(True)
        self.issue_list.verticalHeader().hide()
        self.issue_list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.issue_list.setShowGrid(False)
        self.issue_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issue_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issue_list.setWordWrap(False)
        self.issue_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.issue_list.activated.connect(self._chosen)
        self.issue_list.clicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.issue_list, 1)

    def describe(self, issue: PlanIssue) -> str:
        names = issue.names
        if issue.code == "overlap":
            return self.tr("⚠ %1 and %2 overlap (%3 m²)").replace("%1", names[0]).replace("%2", names[1]).replace(
                "%3", format_number(issue.value, 2))
        if issue.code == "desk_outside_zone":
            if names[1]:
                return self.tr("⚠ %1 is outside its zone %2").replace("%1", names[0]).replace("%2", names[1])
            return self.tr("⚠ %1 is outside any room or zone").replace("%1", names[0])
        if issue.code == "duplicate_name":
            return self.tr("⚠ %n spaces are named %1", "", int(issue.value)).replace("%1", names[0])
        if issue.code == "capacity_over_area":
            return self.tr("⚠ %1: only %2 m² per place").replace("%1", names[0]).replace("%2", format_number(issue.value, 1))
        return names[0]

    def show_issues(self, issues: Sequence[PlanIssue], summary: AreaSummary) -> None:
        self.summary.setText(
            self.tr("Floor: %1 m² (rooms %2 m², zones %3 m²) — %n bookable place(s)", "", summary.capacity)
            .replace("%1", format_number(summary.floor_m2))
            .replace("%2", format_number(summary.rooms_m2))
            .replace("%3", format_number(summary.zones_m2))
        )
        self.model.set_issues(issues)

    def _chosen(self, index: QModelIndex) -> None:
        ids = index.data(Qt.ItemDataRole.UserRole)
        if ids:
            self.culprits_chosen.emit(list(ids))
