"""The table model of the booking grid: spaces as rows, half-days or hours as columns.

Every state is written in the cell (never colour alone) and drawn with the plan's status
colour and hatch pattern from the theme.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from nomad_desktop.services.availability import BookingGrid, GridCell, GridColumn
from ui.common.formatting import format_date
from ui.common.labels import space_kind_label
from ui.theme import current_variant, status_style

_STATUS_OF = {
    "free": "free", "partial": "booked", "booked": "occupied", "full": "occupied",
    "out_of_service": "out_of_service", "closed": "out_of_service", "not_bookable": "out_of_service",
}

Index = QModelIndex | QPersistentModelIndex


class BookingGridModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid = BookingGrid("Europe/Paris", (), (), ())
        # Painting asks for every visible cell's text and brush at each repaint: compute once.
        self._brushes: dict[tuple[str, str], QBrush] = {}
        self._texts: dict[tuple[int, int], str] = {}
        self._handlers = {
            int(Qt.ItemDataRole.DisplayRole.value): self.display_text,
            int(Qt.ItemDataRole.ToolTipRole.value): self.display_text,
            int(Qt.ItemDataRole.AccessibleTextRole.value): self._accessible,
            int(Qt.ItemDataRole.BackgroundRole.value): self.cell_brush,
        }

    def set_grid(self, grid: BookingGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self._brushes.clear()
        self._texts.clear()
        self.endResetModel()

    def _brush(self, state: str) -> QBrush:
        key = (state, current_variant())  # the theme may switch between light and dark
        brush = self._brushes.get(key)
        if brush is None:
            # A light tint of the plan's status colour: the cell's text says the state, so the
            # colour only helps scanning and the text stays readable (no hatch behind letters).
            colour, _pattern = status_style(_STATUS_OF.get(state, "free"), current_variant())
            colour.setAlpha(70)
            brush = self._brushes[key] = QBrush(colour)
        return brush

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.grid.spaces)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.grid.columns)

    def cell(self, row: int, column: int) -> GridCell:
        return self.grid.cells[row][column]

    def column(self, column: int) -> GridColumn:
        return self.grid.columns[column]

    def cell_text(self, cell: GridCell) -> str:
        if cell.state == "free":
            return self.tr("Free")
        if cell.state == "booked":
            return cell.people
        if cell.state == "partial":
            return self.tr("%1/%2 · %3").replace("%1", str(cell.taken)).replace("%2", str(cell.capacity)).replace("%3", cell.people)
        if cell.state == "full":
            return self.tr("Full · %1").replace("%1", cell.people)
        if cell.state == "out_of_service":
            return self.tr("Out of service")
        if cell.state == "closed":
            return self.tr("Closed") + (f" · {cell.note}" if cell.note else "")
        return self.tr("Not bookable")

    def sample_titles(self) -> tuple[str, ...]:
        """Column titles at their widest, to size the columns before any grid is loaded."""
        return self.tr("Morning"), self.tr("Afternoon"), format_date(date(2026, 12, 31), long=False)

    def column_title(self, column: GridColumn, *, with_day: bool) -> str:
        if column.part == "hour":
            title = column.local_start.strftime("%H:%M")
        elif column.part == "morning":
            title = self.tr("Morning")
        else:
            title = self.tr("Afternoon")
        return f"{format_date(column.day, long=False)}\n{title}" if with_day else title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell at each repaint (thousands of calls): one
        # dictionary lookup turns away the roles the grid does not use.
        handler = self._handlers.get(role)
        if handler is None or not index.isValid():
            return None
        return handler(index.row(), index.column())

    def display_text(self, row: int, column: int) -> str:
        """The cell's text, computed once per grid (the painting delegate reads it at each repaint)."""
        key = (row, column)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self.cell_text(self.grid.cells[row][column])
        return text

    def cell_brush(self, row: int, column: int) -> QBrush:
        return self._brush(self.grid.cells[row][column].state)

    def _accessible(self, row: int, column: int) -> str:
        space = self.grid.spaces[row]
        col = self.column(column)
        return f"{space.name}, {format_date(col.day)}, {self.column_title(col, with_day=False)}: {self.display_text(row, column)}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            space = self.grid.spaces[section]
            return space.name if role == Qt.ItemDataRole.DisplayRole else f"{space.name} ({space_kind_label(space.kind)})"
        multi_day = len({c.day for c in self.grid.columns}) > 1
        return self.column_title(self.grid.columns[section], with_day=multi_day)
