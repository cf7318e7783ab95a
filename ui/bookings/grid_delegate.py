"""Painting of the booking grid's cells: a tinted background and one elided line of text.

A week of a 500-space floor shows hundreds of cells and repaints them at every scroll or reload.
The standard delegate asks the model for some eight roles per cell (a call into Python each) and
lays the text out again every time; this one reads the cell's text and brush from the model
directly and draws text laid out once (QStaticText, kept per text and width). Measured on the
benchmark's week grid: about half the render time. The selected and the current cell keep the
standard painting, so the theme's selection colours and the focus frame stay as everywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.bookings.grid_model import BookingGridModel

#: The theme's item padding (base.qss: `QTableView::item { padding: 4px 6px; }`).
_PADDING = 6
#: As a plain int: flag arithmetic on Qt's enum objects costs more than the rest of a cell's test.
_STANDARD = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus).value
_MAX_KEPT = 20_000


class GridCellDelegate(QStyledItemDelegate):
    def __init__(self, model: BookingGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._font = QFont()
        #: (text, width, height) -> (laid out elided text, vertical offset)
        self._texts: dict[tuple[str, int, int], tuple[QStaticText, int]] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if option.state.value & _STANDARD:  # type: ignore[attr-defined]
            super().paint(painter, option, index)
            return
        row, column = index.row(), index.column()
        rect = option.rect  # type: ignore[attr-defined]
        painter.fillRect(rect, self._model.cell_brush(row, column))
        text = self._model.display_text(row, column)
        if not text:
            return
        if option.font != self._font:  # type: ignore[attr-defined]
            self._font = QFont(option.font)  # type: ignore[attr-defined]
            self._texts.clear()
        key = (text, rect.width(), rect.height())
        laid_out = self._texts.get(key)
        if laid_out is None:
            metrics = option.fontMetrics  # type: ignore[attr-defined]
            static = QStaticText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(rect.width() - 2 * _PADDING, 0)))
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self._font)
            if len(self._texts) >= _MAX_KEPT:
                self._texts.clear()
            laid_out = self._texts[key] = (static, (rect.height() - metrics.height()) // 2)
        painter.setFont(self._font)  # the layout was prepared for this font: drawn as is
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))  # type: ignore[attr-defined]
        painter.drawStaticText(rect.left() + _PADDING, rect.top() + laid_out[1], laid_out[0])
