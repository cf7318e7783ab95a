"""Snapping to the vertices and edges of the other spaces (then to the grid), with a visible guide.

A gesture calls `begin(moving_ids)` once (the other spaces' outlines become numpy arrays: a
5,000-desk floor is searched in well under a millisecond per mouse move), then `point()` or
`shape()` per move, and `end()` on release, which removes the guide. Holding Alt places freely.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ui.plan.scene import SpaceItem

if TYPE_CHECKING:
    from ui.plan.canvas import PlanCanvas

GRID = 10.0  # scene units (10 cm)
TOLERANCE_PX = 8.0  # how close (on screen) a point must come to be pulled onto a vertex or an edge
FREE_MODIFIER = Qt.KeyboardModifier.AltModifier  # held: no snapping at all
GUIDE_COLOUR = "#C3007A"  # magenta: unlike any space fill or status colour


def free(modifiers: Qt.KeyboardModifier) -> bool:
    return bool(modifiers & FREE_MODIFIER)


class Snapper:
    def __init__(self, canvas: PlanCanvas) -> None:
        self.canvas = canvas
        self.vertices = np.empty((0, 2))
        self.edges = np.empty((0, 4))
        #: The caught point and edge while a gesture snaps (None: no guide shown).
        self.guide: tuple[QPointF, QLineF | None] | None = None
        #: What the last snap caught ("vertex", "edge", "grid" or "") — read by tests and the status line.
        self.last_kind = ""

    # -- gesture ---------------------------------------------------------------------------------
    def begin(self, moving_ids: Iterable[str] = ()) -> None:
        """Outlines of every other space (a dragged space must not snap onto itself)."""
        moving = set(moving_ids)
        points: list[tuple[float, float]] = []
        edges: list[tuple[float, float, float, float]] = []
        for item in self.canvas.scene().items_by_id.values():
            if item.space_id in moving:
                continue
            polygon = item.polygon().translated(item.pos())
            corners = [(p.x(), p.y()) for p in polygon]
            points += corners
            edges += [(*a, *b) for a, b in zip(corners, corners[1:] + corners[:1], strict=True)]
        self.vertices = np.array(points, dtype=float).reshape(-1, 2)
        self.edges = np.array(edges, dtype=float).reshape(-1, 4)

    def end(self) -> None:
        self.hide_guide()
        self.vertices, self.edges = np.empty((0, 2)), np.empty((0, 4))

    def guide_shown(self) -> bool:
        return self.guide is not None

    # -- snapping ----------------------------------------------------------------------------------
    def tolerance(self) -> float:
        return TOLERANCE_PX / max(self.canvas.transform().m11(), 1e-6)

    def point(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> QPointF:
        """One point (a corner being drawn, a handle being dragged)."""
        delta = self.shape([pos], QPointF(0, 0), modifiers, grid_on_delta=False)
        return pos + delta

    def shape(self, corners: Sequence[QPointF], delta: QPointF, modifiers: Qt.KeyboardModifier, *, grid_on_delta: bool = True) -> QPointF:
        """The offset to give `corners` (moved by `delta`) so that one of them lands on a vertex,
        else on an edge, else on the grid; the guide shows what was caught."""
        self.last_kind = ""
        if free(modifiers):
            self.hide_guide()
            return delta
        found = self._nearest(corners, delta)
        if found is not None:
            kind, offset, target, edge = found
            self.last_kind = kind
            self._show_guide(target, edge)
            return offset
        self.hide_guide()
        if not self.canvas.snap_to_grid:
            return delta
        self.last_kind = "grid"
        if grid_on_delta:
            return QPointF(round(delta.x() / GRID) * GRID, round(delta.y() / GRID) * GRID)
        p = corners[0] + delta
        return QPointF(round(p.x() / GRID) * GRID - corners[0].x(), round(p.y() / GRID) * GRID - corners[0].y())

    def _nearest(self, corners: Sequence[QPointF], delta: QPointF) -> tuple[str, QPointF, QPointF, QLineF | None] | None:
        if not len(self.edges) or not corners:
            return None
        tolerance = self.tolerance()
        moved = np.array([(c.x() + delta.x(), c.y() + delta.y()) for c in corners], dtype=float)
        # Only what lies near the moved corners' box is worth measuring.
        low, high = moved.min(axis=0) - tolerance, moved.max(axis=0) + tolerance
        vertices = self.vertices[((self.vertices >= low) & (self.vertices <= high)).all(axis=1)]
        # Vertices first: a corner on a corner is what a designer aims for.
        if len(vertices):
            d = np.hypot(moved[:, None, 0] - vertices[None, :, 0], moved[:, None, 1] - vertices[None, :, 1])
            corner, vertex = np.unravel_index(int(np.argmin(d)), d.shape)
            if d[corner, vertex] <= tolerance:
                tx, ty = (float(v) for v in vertices[vertex])
                offset = QPointF(tx - corners[corner].x(), ty - corners[corner].y())
                return "vertex", offset, QPointF(tx, ty), None
        # Then the nearest point of an edge (shared walls).
        e = self.edges
        near = ((np.minimum(e[:, 0], e[:, 2]) <= high[0]) & (np.maximum(e[:, 0], e[:, 2]) >= low[0])
                & (np.minimum(e[:, 1], e[:, 3]) <= high[1]) & (np.maximum(e[:, 1], e[:, 3]) >= low[1]))
        edges = e[near]
        if not len(edges):
            return None
        a, b = edges[:, 0:2], edges[:, 2:4]
        ab = b - a
        length2 = np.maximum((ab ** 2).sum(axis=1), 1e-12)
        best: tuple[float, int, int, np.ndarray] | None = None
        for i, p in enumerate(moved):
            t = np.clip(((p - a) * ab).sum(axis=1) / length2, 0.0, 1.0)
            nearest = a + ab * t[:, None]
            dist = np.hypot(*(nearest - p).T)
            j = int(np.argmin(dist))
            if dist[j] <= tolerance and (best is None or dist[j] < best[0]):
                best = (float(dist[j]), i, j, nearest[j])
        if best is None:
            return None
        _dist, i, j, target = best
        tx, ty = float(target[0]), float(target[1])
        offset = QPointF(tx - corners[i].x(), ty - corners[i].y())
        x1, y1, x2, y2 = (float(v) for v in edges[j])
        return "edge", offset, QPointF(tx, ty), QLineF(x1, y1, x2, y2)

    # -- guide (painted by the view over the scene: never exported, printed or in the minimap) ----
    def _show_guide(self, target: QPointF, edge: QLineF | None) -> None:
        self._repaint()
        self.guide = (target, edge)
        self._repaint()

    def hide_guide(self) -> None:
        if self.guide is not None:
            self._repaint()
            self.guide = None

    def _repaint(self) -> None:
        if self.guide is None:
            return
        target, edge = self.guide
        area = QRectF(target, target)
        if edge is not None:
            area = area.united(QRectF(edge.p1(), edge.p2()).normalized())
        self.canvas.update_overlay(area)

    def paint(self, painter: QPainter) -> None:
        """A ring with a cross on the caught point, and the caught edge dashed along its length."""
        if self.guide is None:
            return
        target, edge = self.guide
        pen = QPen(QColor(GUIDE_COLOUR), 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if edge is not None:
            dashed = QPen(pen)
            dashed.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(dashed)
            painter.drawLine(QLineF(self.canvas.mapFromScene(edge.p1()), self.canvas.mapFromScene(edge.p2())))
        painter.setPen(pen)
        centre = QPointF(self.canvas.mapFromScene(target))
        painter.drawEllipse(centre, 7, 7)
        painter.drawLine(centre - QPointF(11, 0), centre + QPointF(11, 0))
        painter.drawLine(centre - QPointF(0, 11), centre + QPointF(0, 11))


def corners_of(items: Iterable[SpaceItem]) -> list[QPointF]:
    """Outline corners of items as shown now (their drag offset excluded: the delta adds it)."""
    return [p for item in items for p in item.polygon()]
