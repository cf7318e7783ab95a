"""Legend of the live mode: each status as a swatch with its colour, its hatch and its name."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.theme import PLAN_STATUSES, current_variant, status_label, status_style


def status_swatch(status: str, width: int = 28, height: int = 18) -> QPixmap:
    size = QSize(width, height)
    colour, pattern = status_style(status, current_variant())
    pixmap = QPixmap(size)
    pixmap.fill(QColor("#FFFFFF"))
    painter = QPainter(pixmap)
    if pattern == Qt.BrushStyle.SolidPattern:  # drawn like the map: a tint, or the hatch
        tint = QColor(colour)
        tint.setAlpha(48)
        painter.fillRect(pixmap.rect(), tint)
    else:
        painter.fillRect(pixmap.rect(), QBrush(colour, pattern))
    painter.setPen(QPen(colour, 2))
    painter.drawRect(QRect(1, 1, size.width() - 2, size.height() - 2))
    painter.end()
    return pixmap


class StatusLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend of the statuses"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.counts: dict[str, QLabel] = {}
        for status in PLAN_STATUSES:
            swatch = QLabel()
            swatch.setPixmap(status_swatch(status))
            swatch.setAccessibleName(status_label(status))
            text = QLabel(status_label(status))
            text.setTextFormat(Qt.TextFormat.PlainText)
            self.counts[status] = text
            layout.addWidget(swatch)
            layout.addWidget(text)
            layout.addSpacing(12)
        layout.addStretch(1)

    def set_counts(self, counts: dict[str, int]) -> None:
        for status, label in self.counts.items():
            label.setText(f"{status_label(status)} ({counts.get(status, 0)})")
