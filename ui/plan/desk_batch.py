"""Desks drawn all at once when zoomed out.

At zoom-to-fit a desk is a few pixels wide; painting 5,000 desk items one by one costs the view
~50 ms a frame in per-item set-up alone. Below `BATCH_BELOW` the desk items keep their place,
selection and hit-testing but paint nothing (ItemHasNoContents), and this one item draws them as a
handful of paths, one per look (kind or status fill, selected or not), with hairline pens. The
paths are rebuilt lazily after any change of the desks. Exports switch batching off to record full
detail (see `FloorPlanScene.full_detail`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

if TYPE_CHECKING:
    from ui.plan.scene import FloorPlanScene

#: View scale (pixels per scene centimetre) below which desks are batched: a 1.6 m desk is then
#: under 24 px wide, its 2 cm outline under a third of a pixel, and its label not drawn anyway.
BATCH_BELOW = 0.15
SELECTED_COLOUR = "#000091"


class DeskBatch(QGraphicsItem):
    def __init__(self, scene_rect: QRectF) -> None:
        super().__init__()
        self._rect = scene_rect
        self._paths: list[tuple[QPen, QBrush, QPainterPath]] | None = None
        self.setZValue(5)  # the desks' own place among the kinds
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setData(1, "desk-batch")
        self.setVisible(False)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def invalidate(self) -> None:
        self._paths = None
        if self.isVisible():
            self.update()

    def _build(self) -> list[tuple[QPen, QBrush, QPainterPath]]:
        scene: FloorPlanScene = self.scene()  # type: ignore[assignment]
        groups: dict[tuple[int, int, int, bool], tuple[QPen, QBrush, QPainterPath]] = {}
        for item in scene.items_by_id.values():
            if item.kind != "desk":
                continue
            pen, brush, selected = item.pen(), item.brush(), item.isSelected()
            key = (pen.color().rgba(), brush.color().rgba(), brush.style().value, selected)
            group = groups.get(key)
            if group is None:
                hairline = QPen(QColor(SELECTED_COLOUR) if selected else pen.color(), 2 if selected else 1)
                hairline.setCosmetic(True)
                group = groups[key] = (hairline, QBrush(brush), QPainterPath())
            group[2].addPolygon(item.polygon().translated(item.pos()))
            group[2].closeSubpath()
        # Selected desks last: their outline stays on top of their neighbours'.
        return sorted(groups.values(), key=lambda g: g[0].widthF())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._paths is None:
            self._paths = self._build()
        antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        # Fills without antialiasing (75 ms → 3 ms for 5,000 desks; their edges are stroked anyway),
        # outlines with it (cheap for hairlines).
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for _pen, brush, path in self._paths:
            painter.fillPath(path, brush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
        for pen, _brush, path in self._paths:
            painter.strokePath(path, pen)
