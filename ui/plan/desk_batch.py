"""Desks drawn all at once when zoomed out.

At zoom-to-fit a desk is a few pixels wide; painting 5,000 desk items one by one costs the view
~50 ms a frame in per-item set-up alone. Below `BATCH_BELOW` the desk items keep their place,
selection and hit-testing but paint nothing (ItemHasNoContents), and this one item draws them as a
handful of paths per cell of the floor, one per look (kind or status fill, selected or not), with
hairline pens. A cell's paths are rebuilt lazily after a change of one of its desks. Exports switch batching off to record full
detail (see `FloorPlanScene.full_detail`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

if TYPE_CHECKING:
    from ui.plan.scene import FloorPlanScene, SpaceItem

#: View scale (pixels per scene centimetre) below which desks are batched: a 1.6 m desk is then
#: under 24 px wide, its 2 cm outline under a third of a pixel, and its label not drawn anyway.
BATCH_BELOW = 0.15
SELECTED_COLOUR = "#000091"


#: The floor is cut into CELLS × CELLS cells, each with its own paths: a change of a few desks
#: rebuilds their cells only (a whole rebuild of 5,000 desks took 50-90 ms of the UI thread).
CELLS = 8

Cell = tuple[int, int]


class DeskBatch(QGraphicsItem):
    def __init__(self, scene_rect: QRectF) -> None:
        super().__init__()
        self._rect = scene_rect
        self._cell_of: dict[SpaceItem, Cell] = {}
        self._members: dict[Cell, set[SpaceItem]] = {}
        self._paths: dict[Cell, list[tuple[QPen, QBrush, QPainterPath]]] = {}  # built cells
        self._all_dirty = True
        self._selected: set[SpaceItem] = set()
        self.setZValue(5)  # the desks' own place among the kinds
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setData(1, "desk-batch")
        self.setVisible(False)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def invalidate(self, items: Iterable[SpaceItem] | None = None) -> None:
        """These desks changed (moved, restyled, added, removed); None: any of them may have."""
        if items is None:
            self._all_dirty = True
        elif not self._all_dirty:
            for item in items:
                if item.kind == "desk" or item in self._cell_of:
                    self._touch(item)
        if self.isVisible():
            self.update()

    def selection_changed(self, selected: set[SpaceItem]) -> None:
        """The scene's selected desks are now these: only the desks that changed state are redrawn."""
        changed = selected ^ self._selected
        self._selected = selected
        if changed:
            self.invalidate(changed)

    def _cell(self, item: SpaceItem) -> Cell:
        centre = item.polygon().boundingRect().translated(item.pos()).center()
        rect = self._rect
        column = int((centre.x() - rect.left()) * CELLS / rect.width()) if rect.width() > 0 else 0
        row = int((centre.y() - rect.top()) * CELLS / rect.height()) if rect.height() > 0 else 0
        return min(max(column, 0), CELLS - 1), min(max(row, 0), CELLS - 1)

    def _touch(self, item: SpaceItem) -> None:
        """Re-file one desk (it may have moved to another cell, or left the scene) and mark its cells."""
        old = self._cell_of.pop(item, None)
        if old is not None:
            self._members[old].discard(item)
            self._paths.pop(old, None)
        if shiboken6.isValid(item) and item.scene() is not None and item.kind == "desk":
            new = self._cell_of[item] = self._cell(item)
            self._members.setdefault(new, set()).add(item)
            self._paths.pop(new, None)

    def _file_all(self) -> None:
        scene: FloorPlanScene = self.scene()  # type: ignore[assignment]
        self._cell_of, self._members, self._paths = {}, {}, {}
        for item in scene.items_by_id.values():
            if item.kind == "desk":
                cell = self._cell_of[item] = self._cell(item)
                self._members.setdefault(cell, set()).add(item)
        self._all_dirty = False

    def _build(self, cell: Cell) -> list[tuple[QPen, QBrush, QPainterPath]]:
        groups: dict[tuple[int, int, int, bool], tuple[QPen, QBrush, QPainterPath]] = {}
        for item in self._members.get(cell, ()):
            pen, brush, selected = item.pen(), item.brush(), item.isSelected()
            key = (pen.color().rgba(), brush.color().rgba(), brush.style().value, selected)
            group = groups.get(key)
            if group is None:
                hairline = QPen(QColor(SELECTED_COLOUR) if selected else pen.color(), 2 if selected else 1)
                hairline.setCosmetic(True)
                group = groups[key] = (hairline, QBrush(brush), QPainterPath())
            group[2].addPolygon(item.polygon().translated(item.pos()))
            group[2].closeSubpath()
        return list(groups.values())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._all_dirty:
            self._file_all()
        for cell in self._members:
            if cell not in self._paths:
                self._paths[cell] = self._build(cell)
        groups = [group for paths in self._paths.values() for group in paths]
        antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        # Fills without antialiasing (75 ms → 3 ms for 5,000 desks; their edges are stroked anyway),
        # outlines with it (cheap for hairlines); selected desks' outlines last, on top of their neighbours'.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for _pen, brush, path in groups:
            painter.fillPath(path, brush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
        for pen, _brush, path in sorted(groups, key=lambda g: g[0].widthF()):
            painter.strokePath(path, pen)
