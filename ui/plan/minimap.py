"""A minimap of the floor: a small picture of the whole floor with the visible area framed.

The picture is rendered once per change (debounced), not on every frame: a live second view of
a 5,000-desk scene would double the cost of every drag. Clicking or arrow keys move the view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGraphicsScene, QWidget


class Minimap(QWidget):
    def __init__(self, scene: QGraphicsScene, visible_rect: Callable[[], QRectF], centre_on: Callable[[QPointF], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.visible_rect = visible_rect
        self.centre_on = centre_on
        self.image = QImage()
        self.setFixedSize(QSize(220, 110))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Minimap: click or use the arrow keys to move the view"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.render_floor)
        # A bound slot (not a lambda): Qt drops the connection when the minimap is destroyed.
        scene.changed.connect(self._scene_changed)

    def _scene_changed(self, _rects: object) -> None:
        self._timer.start()

    def render_floor(self) -> None:
        source = self.scene.sceneRect()
        if source.isEmpty():
            return
        image = QImage(self.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#F6F6F6"))
        painter = QPainter(image)
        self.scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
        self.image = image
        self.update()

    def _mapping(self) -> tuple[float, float, float]:
        source = self.scene.sceneRect()
        scale = min(self.width() / source.width(), self.height() / source.height()) if not source.isEmpty() else 1.0
        dx = (self.width() - source.width() * scale) / 2 - source.left() * scale
        dy = (self.height() - source.height() * scale) / 2 - source.top() * scale
        return scale, dx, dy

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.drawImage(0, 0, self.image)
        scale, dx, dy = self._mapping()
        visible = self.visible_rect()
        frame = QRectF(visible.left() * scale + dx, visible.top() * scale + dy, visible.width() * scale, visible.height() * scale)
        pen = QPen(QColor("#000091"), 2)
        painter.setPen(pen)
        painter.drawRect(frame.intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1)))
        if self.hasFocus():
            painter.setPen(QPen(QColor("#0A76F6"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        scale, dx, dy = self._mapping()
        self.centre_on(QPointF((event.position().x() - dx) / scale, (event.position().y() - dy) / scale))
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if event.key() not in steps:
            super().keyPressEvent(event)
            return
        visible = self.visible_rect()
        sx, sy = steps[event.key()]
        self.centre_on(visible.center() + QPointF(sx * visible.width() / 4, sy * visible.height() / 4))
        self.update()
