"""Table model of the day's board: one row per expected person, status as text and icon (never colour alone)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon

from nomad_desktop.services.reception import ARRIVED, LATE, LEFT, BoardEntry
from ui.common.formatting import format_time
from ui.common.labels import visitor_category_label
from ui.theme import icon

Index = QModelIndex | QPersistentModelIndex


def state_label(state: str) -> str:
    labels = {
        "expected": QCoreApplication.translate("BoardModel", "Expected"),
        "late": QCoreApplication.translate("BoardModel", "Late"),
        "arrived": QCoreApplication.translate("BoardModel", "Arrived"),
        "left": QCoreApplication.translate("BoardModel", "Left"),
    }
    return labels.get(state, state)


def category_label(category: str) -> str:
    if category == "agent":
        return QCoreApplication.translate("BoardModel", "Agent")
    return visitor_category_label(category)


class BoardModel(QAbstractTableModel):
    COLUMNS = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[BoardEntry] = []
        self.timezone = "Europe/Paris"
        self._headers = [
            self.tr("Expected"), self.tr("Name"), self.tr("Company or unit"), self.tr("Host or space"),
            self.tr("Category"), self.tr("Status"), self.tr("Badge"),
        ]
        self._icons: dict[str, QIcon] = {}
        self._times: dict[object, str] = {}
        self._labels: dict[str, str] = {}
        self._rows: dict[str, tuple[str, ...]] = {}

    def set_entries(self, entries: list[BoardEntry], timezone: str) -> None:
        self.beginResetModel()
        self.entries = entries
        if timezone != self.timezone:
            self._times.clear()
        self.timezone = timezone
        self._rows.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _time(self, entry: BoardEntry) -> str:
        # QLocale formatting and tr() lookups are the slow part of painting a board: most rows
        # share their quarter-hour, category and status, so each text is made once.
        instant = entry.arrived_at if entry.state == ARRIVED and entry.arrived_at else entry.expected_at
        key = instant.replace(second=0, microsecond=0)
        cached = self._times.get(key)
        if cached is None:
            cached = self._times[key] = format_time(instant, self.timezone)
        return cached

    def _label(self, key: str, make: Any) -> str:
        cached = self._labels.get(key)
        if cached is None:
            cached = self._labels[key] = make()
        return cached

    def _row(self, entry: BoardEntry) -> tuple[str, ...]:
        row = self._rows.get(entry.id)
        if row is None:
            row = self._rows[entry.id] = (
                self._time(entry), entry.name, entry.company, entry.host_name,
                self._label("c:" + entry.category, lambda: category_label(entry.category)),
                self._label("s:" + entry.state, lambda: state_label(entry.state)), entry.badge_number,
            )
        return row

    def _icon(self, state: str) -> QIcon:
        name = {ARRIVED: "check-in", LEFT: "check-out", LATE: "warning"}.get(state, "calendar")
        if name not in self._icons:
            self._icons[name] = icon(name)
        return self._icons[name]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row(entry)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 5:
            return self._icon(entry.state)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and entry.state == LATE:
            return QColor("#CE0500")  # DSFR error red; the word "Late" and the icon say it too
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.name}, {self._row(entry)[5]}" if column == 1 else None
        if role == Qt.ItemDataRole.UserRole:
            return entry
        return None
