"""The live checks of the drawing, listed; activating a line selects the spaces at fault."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from nomad_desktop.plans.checks import AreaSummary, PlanIssue
from ui.common.formatting import format_number


class ChecksPanel(QWidget):
    #: Space ids of the issue the person picked.
    culprits_chosen = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Areas and capacity of the floor"))
        self.issue_list = QListWidget()
        self.issue_list.setAccessibleName(self.tr("Problems found in the drawing"))
        self.issue_list.setWordWrap(True)
        self.issue_list.itemActivated.connect(self._chosen)
        self.issue_list.itemClicked.connect(self._chosen)
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
        self.issue_list.clear()
        for issue in issues:
            item = QListWidgetItem(self.describe(issue))
            item.setData(Qt.ItemDataRole.UserRole, list(issue.space_ids))
            self.issue_list.addItem(item)
        if not issues:
            item = QListWidgetItem(self.tr("✓ No problem found"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.issue_list.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        ids = item.data(Qt.ItemDataRole.UserRole)
        if ids:
            self.culprits_chosen.emit(list(ids))
