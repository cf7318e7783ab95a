"""Interaction tools of the plan editor: small objects with press/move/release/key/cancel.

A tool moves or previews items live and, at the end of the gesture, asks the editor for one
undo command (Orange canvas' interactions). Positions arrive in scene units (centimetres).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem

from ui.plan.handles import Handle, resized
from ui.plan.scene import SCALE, SpaceItem, to_metres
from ui.plan.snapping import GRID, corners_of, free

if TYPE_CHECKING:
    from ui.plan.canvas import PlanCanvas

DESK_W, DESK_H = 1.6, 0.8  # metres: a standard flex-office desk
MIN_SIZE = 30.0  # smallest room side drawn by a drag (30 cm): a click is not a room
GHOST_THRESHOLD = 30  # above this many selected spaces, a drag moves one outline of them all


def preview_pen() -> QPen:
    pen = QPen(QColor("#000091"), 2)
    pen.setCosmetic(True)
    pen.setStyle(Qt.PenStyle.DashLine)
    return pen


class Tool:
    name = "tool"
    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, canvas: PlanCanvas) -> None:
        self.canvas = canvas

    @property
    def scene(self) -> Any:
        return self.canvas.scene()

    def snap(self, pos: QPointF, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QPointF:
        """Onto another space's vertex or edge, else the grid (Alt held: where the cursor is)."""
        return self.canvas.snapper.point(pos, modifiers)

    def press(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None: ...
    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None: ...
    def release(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None: ...
    def double_click(self, pos: QPointF) -> None: ...

    def key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        return False

    def cancel(self) -> None: ...


def metres(geometry: list[QPointF]) -> list[list[float]]:
    return [[round(p.x() / SCALE, 3), round(p.y() / SCALE, 3)] for p in geometry]


class SelectTool(Tool):
    """Click, shift-click, rubber band; drag moves the selection (one undo step on release)."""

    name = "select"
    cursor = Qt.CursorShape.ArrowCursor

    def __init__(self, canvas: PlanCanvas) -> None:
        super().__init__(canvas)
        self.start: QPointF | None = None
        self.dragging: list[SpaceItem] = []
        self.band: Any = None
        self.moved = False
        self.ghost: Any = None
        self.corners: list[QPointF] = []
        # A resize in progress: the handle, its space and the outline it started from (scene units).
        self.resizing: Handle | None = None
        self.target: SpaceItem | None = None
        self.outline: list[QPointF] = []

    def _space_at(self, pos: QPointF) -> SpaceItem | None:
        for item in self.scene.items(pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder):
            if isinstance(item, SpaceItem):
                return item
        return None

    def press(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.start = pos
        self.moved = False
        handles = self.canvas.handles
        handle = handles.handle_at(pos) if self.canvas.editable and handles.target is not None else None
        if handle is not None:
            self.resizing, self.target, self.outline = handle, handles.target, handles.outline()
            handles.set_active(handle)
            self.canvas.snapper.begin([self.target.space_id])
            return
        item = self._space_at(pos)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if item is None:
            if not shift:
                self.scene.clearSelection()
            self.band = self.scene.addRect(QRectF(pos, pos), preview_pen())
            self.band.setZValue(100)
            return
        if shift:
            item.setSelected(not item.isSelected())
        elif not item.isSelected():
            self.scene.clearSelection()
            item.setSelected(True)
        editable = self.canvas.editable
        self.dragging = [i for i in self.scene.selectedItems() if isinstance(i, SpaceItem)] if editable else []
        if len(self.dragging) > GHOST_THRESHOLD:
            # Many items: drag one outline of them all (one item moved per mouse move, not hundreds)
            # over a still image of the view.
            self.canvas.freeze()
            path = QPainterPath()
            for moving in self.dragging:
                path.addPolygon(moving.polygon().translated(moving.pos()))
                path.closeSubpath()
            # One solid pixel: a dashed or wider antialiased outline of 200 desks costs 5-10 ms a frame, this 0.6 ms.
            ghost_pen = QPen(QColor("#000091"), 1)
            ghost_pen.setCosmetic(True)
            self.ghost = self.scene.addPath(path, ghost_pen)
            self.ghost.setZValue(100)
        elif self.dragging:
            # A few spaces: their corners snap onto the other spaces' vertices and edges.
            self.corners = corners_of(self.dragging)
            self.canvas.snapper.begin(i.space_id for i in self.dragging)

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        if self.start is None:
            return
        if self.resizing is not None and self.target is not None:
            new = resized(self.outline, self.resizing, self.canvas.snapper.point(pos, modifiers))
            offset = self.target.pos()
            self.target.setPolygon(QPolygonF([p - offset for p in new]))
            self.scene.invalidate_desk_batch([self.target])
            self.canvas.handles.place(new)
            self.moved = True
            return
        if self.band is not None:
            self.band.setRect(QRectF(self.start, pos).normalized())
            return
        if self.dragging:
            raw = pos - self.start
            if self.ghost is None:
                delta = self.canvas.snapper.shape(self.corners, raw, modifiers)
            elif free(modifiers) or not self.canvas.snap_to_grid:
                delta = raw
            else:
                delta = QPointF(round(raw.x() / GRID) * GRID, round(raw.y() / GRID) * GRID)
            if delta.manhattanLength() == 0 and not self.moved:
                return
            if not self.moved:
                self.canvas.handles.hide()  # they would stay behind the moving space
            self.moved = True
            if self.ghost is not None:
                self.ghost.setPos(delta)
                return
            for item in self.dragging:
                item.setPos(delta)
            self.scene.invalidate_desk_batch(self.dragging)

    def release(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        if self.resizing is not None and self.target is not None:
            target, before = self.target, to_metres(QPolygonF(self.outline))
            after = to_metres(target.polygon(), target.pos())
            self._end_resize()
            if self.moved and after != before:
                self.canvas.editor.move_spaces({target.space_id: before}, {target.space_id: after},
                                               QCoreApplication.translate("PlanTools", "Resize"))
            self.start, self.moved = None, False
            return
        if self.band is not None:
            rect = self.band.rect()
            self.scene.removeItem(self.band)
            self.band = None
            if rect.width() > 1 or rect.height() > 1:
                path = QPainterPath()
                path.addRect(rect)
                previous = set(self.scene.selectedItems()) if modifiers & Qt.KeyboardModifier.ShiftModifier else set()
                self.scene.setSelectionArea(path, Qt.ItemSelectionOperation.ReplaceSelection, Qt.ItemSelectionMode.ContainsItemShape)
                for item in previous:
                    item.setSelected(True)
        elif self.dragging and self.moved:
            before = {i.space_id: i.space.geometry for i in self.dragging}
            if self.ghost is not None:
                offset = self.ghost.pos()
                after = {i.space_id: to_metres(i.polygon(), i.pos() + offset) for i in self.dragging}
                for item in self.dragging:  # shown at once; the service answer confirms it
                    item.setPos(item.pos() + offset)
                self.scene.invalidate_desk_batch(self.dragging)
            else:
                after = {i.space_id: i.geometry_with_offset() for i in self.dragging}
            self.canvas.editor.move_spaces(before, after, QCoreApplication.translate("PlanTools", "Move"))
        self._drop_ghost()
        self.canvas.snapper.end()
        if self.moved:
            self.canvas.handles.refresh()
        self.start = None
        self.dragging, self.corners = [], []
        self.moved = False

    def _drop_ghost(self) -> None:
        if self.ghost is not None:
            self.scene.removeItem(self.ghost)
            self.ghost = None
            self.canvas.thaw()

    def _end_resize(self) -> None:
        self.canvas.snapper.end()
        self.canvas.handles.set_active(None)
        self.resizing, self.target, self.outline = None, None, []

    def cancel(self) -> None:
        resized_item = self.target
        if self.resizing is not None and self.target is not None:
            offset = self.target.pos()
            self.target.setPolygon(QPolygonF([p - offset for p in self.outline]))
            self._end_resize()
            self.canvas.handles.refresh()
        self._drop_ghost()
        self.canvas.snapper.end()
        for item in self.dragging:
            item.setPos(0, 0)
        self.scene.invalidate_desk_batch([*self.dragging, *([resized_item] if resized_item is not None else [])])
        if self.band is not None:
            self.scene.removeItem(self.band)
        if self.dragging:
            self.canvas.handles.refresh()
        self.band, self.start, self.dragging, self.corners = None, None, [], []


class RectangleTool(Tool):
    """Drag a rectangle: a room of the chosen kind, or a zone."""

    name = "rectangle"

    def __init__(self, canvas: PlanCanvas, kind_of: Any) -> None:
        super().__init__(canvas)
        self.kind_of = kind_of  # callable giving the kind to draw (room kind combo, or "zone")
        self.start: QPointF | None = None
        self.preview: Any = None

    def press(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.canvas.snapper.begin()
        self.start = self.snap(pos, modifiers)
        self.preview = self.scene.addRect(QRectF(self.start, self.start), preview_pen())
        self.preview.setZValue(100)

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        if self.preview is not None and self.start is not None:
            self.preview.setRect(QRectF(self.start, self.snap(pos, modifiers)).normalized())

    def release(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        if self.start is None:
            return
        rect = QRectF(self.start, self.snap(pos, modifiers)).normalized()
        self.cancel()
        if rect.width() >= MIN_SIZE and rect.height() >= MIN_SIZE:
            points = [rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()]
            self.canvas.editor.draw_space(self.kind_of(), metres(points))

    def cancel(self) -> None:
        self.canvas.snapper.end()
        if self.preview is not None:
            self.scene.removeItem(self.preview)
        self.preview, self.start = None, None


class PolygonTool(Tool):
    """Click the corners; double-click or Enter closes the outline, Backspace removes the last corner."""

    name = "polygon"

    def __init__(self, canvas: PlanCanvas, kind_of: Any) -> None:
        super().__init__(canvas)
        self.kind_of = kind_of
        self.points: list[QPointF] = []
        self.preview: Any = None
        self.cursor_pos: QPointF | None = None

    def _redraw(self) -> None:
        if self.preview is None:
            self.preview = self.scene.addPolygon(QPolygonF(), preview_pen())
            self.preview.setZValue(100)
        points = list(self.points) + ([self.cursor_pos] if self.cursor_pos is not None else [])
        self.preview.setPolygon(QPolygonF(points))

    def press(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        if not self.points:
            self.canvas.snapper.begin()
        point = self.snap(pos, modifiers)
        if not self.points or QLineF(self.points[-1], point).length() > 1:
            self.points.append(point)
        self._redraw()

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        if self.points:
            self.cursor_pos = self.snap(pos, modifiers)
            self._redraw()

    def double_click(self, pos: QPointF) -> None:
        self.finish()

    def finish(self) -> None:
        points = list(self.points)
        self.cancel()
        if len(points) >= 3:
            self.canvas.editor.draw_space(self.kind_of(), metres(points))

    def key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            return True
        if event.key() == Qt.Key.Key_Backspace and self.points:
            self.points.pop()
            self._redraw()
            return True
        return super().key(event)

    def cancel(self) -> None:
        self.canvas.snapper.end()
        if self.preview is not None:
            self.scene.removeItem(self.preview)
        self.preview, self.points, self.cursor_pos = None, [], None


class DeskTool(Tool):
    """Click to place a desk, or a row of N desks side by side with the chosen spacing."""

    name = "desk"

    def press(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.canvas.snapper.begin()
        origin = self.snap(pos, modifiers)
        self.canvas.snapper.end()
        count, spacing = self.canvas.editor.desk_row()
        x0, y0 = origin.x() / SCALE, origin.y() / SCALE
        geometries = []
        for n in range(count):
            x = x0 + n * (DESK_W + spacing)
            geometries.append([[round(x, 3), round(y0, 3)], [round(x + DESK_W, 3), round(y0, 3)],
                               [round(x + DESK_W, 3), round(y0 + DESK_H, 3)], [round(x, 3), round(y0 + DESK_H, 3)]])
        self.canvas.editor.place_desks(geometries)


class MeasureTool(Tool):
    """Drag to read a distance in metres (nothing is saved)."""

    name = "measure"

    def __init__(self, canvas: PlanCanvas) -> None:
        super().__init__(canvas)
        self.start: QPointF | None = None
        self.line: Any = None
        self.label: Any = None
        self.last_distance_m = 0.0

    def press(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.cancel()
        self.start = pos
        self.line = self.scene.addLine(QLineF(pos, pos), preview_pen())
        self.line.setZValue(100)
        self.label = QGraphicsSimpleTextItem()
        self.label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.label.setZValue(101)
        self.scene.addItem(self.label)

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        if self.start is None:
            return
        self.line.setLine(QLineF(self.start, pos))
        self.last_distance_m = math.dist((self.start.x(), self.start.y()), (pos.x(), pos.y())) / SCALE
        self.label.setText(self.canvas.editor.format_metres(self.last_distance_m))
        self.label.setPos(pos)
        self.canvas.editor.measured(self.last_distance_m)

    def release(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.move(pos, modifiers)
        self.start = None

    def cancel(self) -> None:
        for item in (self.line, self.label):
            if item is not None:
                self.scene.removeItem(item)
        self.start, self.line, self.label = None, None, None


class CalibrateTool(Tool):
    """Click two points of known distance on the backdrop; the editor asks for the distance in metres."""

    name = "calibrate"

    def __init__(self, canvas: PlanCanvas) -> None:
        super().__init__(canvas)
        self.first: QPointF | None = None
        self.line: Any = None

    def press(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        if self.first is None:
            self.first = pos
            self.line = self.scene.addLine(QLineF(pos, pos), preview_pen())
            self.line.setZValue(100)
            return
        length = QLineF(self.first, pos).length()
        self.cancel()
        if length > 1:
            self.canvas.editor.calibrate(length / SCALE)

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        if self.first is not None and self.line is not None:
            self.line.setLine(QLineF(self.first, pos))

    def cancel(self) -> None:
        if self.line is not None:
            self.scene.removeItem(self.line)
        self.first, self.line = None, None
