"""The floor plan scene: mirrors a floor's spaces as polygon items, geometry in metres.

One scene unit is one centimetre (metres × 100) so that pens and fonts stay readable at
zoom-to-fit without fractional sizes. Items carry the space id; the scene never edits data
itself (editing goes through commands and services).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPolygonItem, QGraphicsScene, QGraphicsSimpleTextItem

from nomad_desktop.services.records import FloorInfo, SpaceInfo

SCALE = 100.0  # scene units per metre

#: Fill per space kind (light DSFR tints); kinds are also told apart by their label and pattern.
KIND_FILLS = {
    "zone": "#E8EDFF",
    "desk": "#FFFFFF",
    "office": "#F6F6F6",
    "meeting_room": "#FEF4F2",
    "leisure": "#E6FEDA",
    "circulation": "#EEEEEE",
    "service": "#DDDDDD",
}
KIND_PATTERNS = {"circulation": Qt.BrushStyle.Dense6Pattern, "service": Qt.BrushStyle.BDiagPattern}
Z_ORDER = {"zone": 0, "circulation": 1, "service": 2, "office": 3, "meeting_room": 3, "leisure": 3, "desk": 5}
LABELLED_KINDS = frozenset({"office", "meeting_room", "leisure", "desk", "zone"})


class SpaceItem(QGraphicsPolygonItem):
    def __init__(self, space: SpaceInfo) -> None:
        polygon = QPolygonF([QPointF(x * SCALE, y * SCALE) for x, y in space.geometry])
        super().__init__(polygon)
        self.space_id = space.id
        self.kind = space.kind
        self.setData(0, space.id)
        fill = QColor(KIND_FILLS.get(space.kind, "#FFFFFF"))
        self.setBrush(QBrush(fill))
        if space.kind in KIND_PATTERNS:
            pattern = QBrush(QColor("#929292"), KIND_PATTERNS[space.kind])
            overlay = QGraphicsPolygonItem(polygon, self)
            overlay.setBrush(pattern)
            overlay.setPen(QPen(Qt.PenStyle.NoPen))
        pen = QPen(QColor("#3A3A3A" if space.kind != "zone" else "#6A6AF4"), 3 if space.kind != "desk" else 2)
        if space.kind == "zone":
            pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCosmetic(False)
        self.setPen(pen)
        self.setZValue(Z_ORDER.get(space.kind, 3))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setToolTip(space.name)
        if space.kind in LABELLED_KINDS:
            self._add_label(space)

    def _add_label(self, space: SpaceInfo) -> None:
        label = QGraphicsSimpleTextItem(space.name.split(" ")[-1] if space.kind == "desk" else space.name, self)
        font = QFont()
        font.setPixelSize(22 if space.kind == "desk" else 40)
        label.setFont(font)
        label.setBrush(QBrush(QColor("#161616")))
        box = self.polygon().boundingRect()
        text = label.boundingRect()
        if space.kind == "zone":
            label.setPos(box.left() + 20, box.top() + 10)
            label.setBrush(QBrush(QColor("#000091")))
        else:
            label.setPos(box.center().x() - text.width() / 2, box.center().y() - text.height() / 2)
        # Labels that don't fit their outline would only add noise.
        label.setVisible(text.width() <= box.width() * 1.1 or space.kind == "zone")


class FloorPlanScene(QGraphicsScene):
    def __init__(self) -> None:
        super().__init__()
        self.items_by_id: dict[str, SpaceItem] = {}
        self.floor: FloorInfo | None = None

    def show_floor(self, floor: FloorInfo, spaces: Iterable[SpaceInfo]) -> None:
        self.clear()
        self.items_by_id.clear()
        self.floor = floor
        outline = self.addRect(0, 0, floor.width_m * SCALE, floor.height_m * SCALE, QPen(QColor("#161616"), 6))
        outline.setZValue(-1)
        outline.setBrush(QBrush(QColor("#FFFFFF")))
        for space in spaces:
            item = SpaceItem(space)
            self.addItem(item)
            self.items_by_id[space.id] = item
        margin = 200
        self.setSceneRect(self.itemsBoundingRect().adjusted(-margin, -margin, margin, margin))
