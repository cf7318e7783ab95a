"""Resize handles of the one selected space: its corners and the middles of its edges.

Painted by the view over the scene in screen pixels (the same size at every zoom, and never in an
export, a print or the minimap). The handle under the cursor or being dragged is drawn larger and
filled (hover and focus are told by shape, not colour alone). The geometry of a resize is pure
functions on points, so the select tool only previews it and asks for one undo step on release.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ui.plan.scene import SpaceItem

if TYPE_CHECKING:
    from ui.plan.canvas import PlanCanvas

HANDLE_PX = 8.0  # side of a handle on screen
ACTIVE_PX = 12.0  # hovered or dragged: larger and filled
HIT_PX = 7.0  # how close the cursor must be to grab one
MIN_SIDE = 10.0  # scene units (10 cm): a resized rectangle never collapses or turns inside out


@dataclass(frozen=True)
class Handle:
    kind: str  # "corner" or "edge"
    index: int  # corner i, or the edge from corner i to corner i + 1


def is_rectangle(points: list[QPointF]) -> bool:
    """Four corners with right angles (at any rotation)."""
    if len(points) != 4:
        return False
    for i in range(4):
        a, b, c = points[i - 1], points[i], points[(i + 1) % 4]
        u, v = a - b, c - b
        if math.hypot(u.x(), u.y()) < 1e-6 or math.hypot(v.x(), v.y()) < 1e-6:
            return False
        cos = (u.x() * v.x() + u.y() * v.y()) / (math.hypot(u.x(), u.y()) * math.hypot(v.x(), v.y()))
        if abs(cos) > 1e-3:
            return False
    return True


def handle_points(points: list[QPointF]) -> list[tuple[Handle, QPointF]]:
    corners = [(Handle("corner", i), p) for i, p in enumerate(points)]
    edges = [(Handle("edge", i), (p + points[(i + 1) % len(points)]) / 2) for i, p in enumerate(points)]
    return corners + edges


def _unit(v: QPointF) -> QPointF:
    length = math.hypot(v.x(), v.y()) or 1.0
    return QPointF(v.x() / length, v.y() / length)


def _dot(a: QPointF, b: QPointF) -> float:
    return a.x() * b.x() + a.y() * b.y()


def resized(points: list[QPointF], handle: Handle, pos: QPointF) -> list[QPointF]:
    """The outline once `handle` is dragged to `pos`.

    A rectangle stays a rectangle (its opposite corner or edge stays put, at any rotation); a
    corner of another outline moves alone; an edge moves along its normal, its ends with it."""
    n = len(points)
    new = list(points)
    rectangle = is_rectangle(points)
    if handle.kind == "corner":
        i = handle.index
        if not rectangle:
            new[i] = QPointF(pos)
            return new
        fixed = points[(i + 2) % 4]
        u1, u2 = _unit(points[(i + 1) % 4] - fixed), _unit(points[(i + 3) % 4] - fixed)
        a = max(MIN_SIDE, _dot(pos - fixed, u1))
        b = max(MIN_SIDE, _dot(pos - fixed, u2))
        new[(i + 1) % 4] = fixed + u1 * a
        new[i] = fixed + u1 * a + u2 * b
        new[(i + 3) % 4] = fixed + u2 * b
        return new
    i, j = handle.index, (handle.index + 1) % n
    along = _unit(points[j] - points[i])
    normal = QPointF(-along.y(), along.x())
    middle = (points[i] + points[j]) / 2
    d = _dot(pos - middle, normal)
    if rectangle:
        opposite = points[(i + 2) % 4]
        side = _dot(points[i] - opposite, normal)
        sign = 1.0 if side >= 0 else -1.0
        if (side + d) * sign < MIN_SIDE:
            d = sign * MIN_SIDE - side
    new[i], new[j] = points[i] + normal * d, points[j] + normal * d
    return new


class ResizeHandles:
    """Which space has handles, where they are, which one is active; painted by the canvas."""

    def __init__(self, canvas: PlanCanvas) -> None:
        self.canvas = canvas
        self.target: SpaceItem | None = None
        self.handles: list[tuple[Handle, QPointF]] = []
        self.active: Handle | None = None

    def refresh(self) -> None:
        """Follow the selection: one editable space selected with the select tool shows handles."""
        if not shiboken6.isValid(self.canvas):
            return  # the scene says goodbye while the page is destroyed
        self._repaint()
        self.target, self.handles = None, []
        scene = self.canvas.scene()
        if self.canvas.handles_enabled():
            selected = [i for i in scene.selectedItems() if isinstance(i, SpaceItem)]
            if len(selected) == 1:
                self.target = selected[0]
                self.place(self.outline())
        if self.target is None:
            self.active = None
        self._repaint()

    def hide(self) -> None:
        self._repaint()
        self.target, self.handles, self.active = None, [], None

    def outline(self) -> list[QPointF]:
        """The target's corners in scene units, as shown (a pending drag offset included)."""
        assert self.target is not None
        offset = self.target.pos()
        return [p + offset for p in self.target.polygon()]

    def place(self, points: list[QPointF]) -> None:
        self._repaint()
        self.handles = handle_points(points)
        self._repaint()

    def handle_at(self, scene_pos: QPointF) -> Handle | None:
        """The handle within a few pixels of the point (corners win over edge middles)."""
        cursor = self.canvas.mapFromScene(scene_pos)
        best: tuple[float, Handle] | None = None
        for handle, point in self.handles:
            at = self.canvas.mapFromScene(point)
            distance = math.hypot(at.x() - cursor.x(), at.y() - cursor.y())
            if distance <= HIT_PX and (best is None or distance < best[0] or (distance == best[0] and handle.kind == "corner")):
                best = (distance, handle)
        return best[1] if best else None

    def set_active(self, handle: Handle | None) -> None:
        if handle != self.active:
            self.active = handle
            self._repaint()

    def cursor_for(self, handle: Handle | None) -> Qt.CursorShape | None:
        if handle is None or self.target is None:
            return None
        points = [p for h, p in self.handles if h.kind == "corner"]
        centre = sum(points, QPointF()) / len(points)
        point = next(p for h, p in self.handles if h == handle)
        v = point - centre
        if handle.kind == "edge":
            return Qt.CursorShape.SizeHorCursor if abs(v.x()) >= abs(v.y()) else Qt.CursorShape.SizeVerCursor
        return Qt.CursorShape.SizeFDiagCursor if v.x() * v.y() > 0 else Qt.CursorShape.SizeBDiagCursor

    def _repaint(self) -> None:
        if self.handles:
            points = [p for _h, p in self.handles]
            xs, ys = [p.x() for p in points], [p.y() for p in points]
            self.canvas.update_overlay(QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))

    def paint(self, painter: QPainter) -> None:
        if not self.handles:
            return
        navy = QColor("#000091")
        for handle, point in self.handles:
            active = handle == self.active
            side = ACTIVE_PX if active else HANDLE_PX
            centre = QPointF(self.canvas.mapFromScene(point))
            box = QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side)
            painter.setPen(QPen(QColor("#FFFFFF") if active else navy, 1.5))
            painter.setBrush(navy if active else QColor("#FFFFFF"))
            # Corners are squares, edge middles are rounds: the two kinds read apart without colour.
            if handle.kind == "corner":
                painter.drawRect(box)
            else:
                painter.drawEllipse(box)
