"""The booking grid's painting delegate draws each cell exactly as the standard painting does: its
state's tint and its text (never colour alone); the chosen cell keeps the selection and focus frame."""

from __future__ import annotations

from datetime import date

from bookings_support import app_fixture, monday_fixture, open_page  # noqa: F401 - the page's fixtures
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate

from ui.app.context import AppContext
from ui.bookings.grid_delegate import GridCellDelegate


def test_cells_paint_exactly_as_the_standard_delegate_does(qtbot, app: AppContext, monday: date) -> None:  # type: ignore[no-untyped-def]
    view = open_page(qtbot, app)
    grid, model = view.grid, view.grid_model
    assert isinstance(grid.itemDelegate(), GridCellDelegate)
    visible = [(r, c) for r in range(min(model.rowCount(), 15)) for c in range(model.columnCount())
               if grid.viewport().rect().contains(grid.visualRect(model.index(r, c)))]
    states = {model.cell(r, c).state: (r, c) for r, c in visible}
    assert {"free", "booked"} <= set(states)  # the demo has both on its first rows, whatever the day
    chosen = states["booked"]
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(model.index(*chosen)).center())
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == chosen and grid.hasFocus()

    painted = grid.viewport().grab().toImage()
    grid.setItemDelegate(QStyledItemDelegate(grid))
    standard = grid.viewport().grab().toImage()

    # Tint, text, its place and its elision, and the chosen cell's selection and focus frame:
    # pixel for pixel what the standard painting draws.
    differing = [(r, c) for r, c in visible
                 if painted.copy(grid.visualRect(model.index(r, c))) != standard.copy(grid.visualRect(model.index(r, c)))]
    assert differing == []
    # And the cells do show their state: a booked cell is painted unlike a free one.
    free = next((r, c) for r, c in visible if model.cell(r, c).state == "free")
    booked = next((r, c) for r, c in visible if model.cell(r, c).state == "booked" and (r, c) != chosen)
    assert painted.copy(grid.visualRect(model.index(*free))) != painted.copy(grid.visualRect(model.index(*booked)))
