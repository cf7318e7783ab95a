"""The grid's table view: arrows move between cells, Enter (or a double-click) acts on the cell."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from ui.bookings.grid_delegate import GridCellDelegate
from ui.bookings.grid_model import BookingGridModel


class BookingGridView(QTableView):
    #: (row, column) the person chose with Enter or a double-click.
    cell_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move inside it
        # Narrow week and hour columns elide rather than wrap (the tooltip and the accessible text
        # give the whole cell): wrapping lays out every cell's text again and cost a third of a repaint.
        self.setWordWrap(False)
        self.doubleClicked.connect(self._chosen)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        if isinstance(model, BookingGridModel):
            # Cells painted from the model's own text and brush (see grid_delegate).
            self.setItemDelegate(GridCellDelegate(model, self))

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.cell_chosen.emit(index.row(), index.column())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._chosen(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)
