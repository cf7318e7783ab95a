"""Painting of the booking grid's cells: a tinted background and one elided line of text.

A week of a 500-space floor shows hundreds of cells and repaints them at every scroll or reload.
The standard delegate asks the model for some eight roles per cell (a call into Python each) and
lays the text out again every time; this one reads the cell's text and brush from the model
directly and draws text laid out once (QStaticText, kept per text and width) where the style's own
layout puts it (asked once per cell size). Measured on the benchmark's week grid: about half the
render time. The selected and the current cell keep the standard painting, so the theme's
selection colours and the focus frame stay as everywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.bookings.grid_model import BookingGridModel

#: As a plain int: flag arithmetic on Qt's enum objects costs more than the rest of a cell's test.
_STANDARD = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus).value
_MAX_KEPT = 20_000


class GridCellDelegate(QStyledItemDelegate):
    def __init__(self, model: BookingGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._font = QFont()
        #: cell (width, height) -> where the standard painting puts the text: (x, y, width)
        self._frames: dict[tuple[int, int], tuple[int, int, int]] = {}
        #: (text, width) -> the elided text laid out
        self._texts: dict[tuple[str, int], QStaticText] = {}

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
            self._frames.clear()
            self._texts.clear()
        frame = self._frames.get((rect.width(), rect.height()))
        if frame is None:
            frame = self._frames[(rect.width(), rect.height())] = self._frame(option, index)
        static = self._texts.get((text, frame[2]))
        if static is None:
            static = QStaticText(option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, frame[2]))  # type: ignore[attr-defined]
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self._font)
            if len(self._texts) >= _MAX_KEPT:
                self._texts.clear()
            self._texts[(text, frame[2])] = static
        painter.setFont(self._font)  # the layout was prepared for this font: drawn as is
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))  # type: ignore[attr-defined]
        painter.drawStaticText(rect.left() + frame[0], rect.top() + frame[1], static)

    def _frame(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> tuple[int, int, int]:
        """The text's place in a cell of this size, asked of the style (the theme's padding included)
        as the standard painting computes it: (x, y) from the cell's corner, and the width to elide to."""
        full = QStyleOptionViewItem(option)
        self.initStyleOption(full, index)
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, full, widget)
        # QCommonStyle insets the text by the focus frame's margin + 1 on each side.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = option.rect  # type: ignore[attr-defined]
        height = option.fontMetrics.height()  # type: ignore[attr-defined]
        return (text.left() - rect.left() + margin, text.top() - rect.top() + (text.height() - height) // 2,
                max(text.width() - 2 * margin, 0))
