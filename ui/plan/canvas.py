"""The plan's graphics view: hands mouse and keyboard gestures to the current tool, zooms and pans.

Wheel zooms around the cursor, +/- zoom, 0 fits the floor, the middle button or Space+drag pans.
Arrow keys nudge the selection (10 cm, 1 m with Shift); nudges merge into one undo step.
Ctrl+arrows resize the one selected space (its right or bottom side), like its handles.
One selected space shows resize handles; drawing, moving and resizing snap to the other spaces'
vertices and edges, then to the grid, with a guide on screen; Alt held places freely.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from ui.plan.desk_batch import BATCH_BELOW
from ui.plan.handles import ResizeHandles
from ui.plan.scene import FloorPlanScene
from ui.plan.snapping import Snapper
from ui.plan.tools import SelectTool, Tool

NUDGE = 10.0  # scene units (10 cm)
NUDGE_LARGE = 100.0  # 1 m with Shift
ZOOM_STEP = 1.25


class PlanCanvas(QGraphicsView):
    zoomed = Signal()

    def __init__(self, scene: FloorPlanScene, editor: Any, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.editor = editor
        self._editable = True
        self.snap_to_grid = True
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.tool: Tool = SelectTool(self)
        self._pan_from: QPointF | None = None
        self._frozen: QPixmap | None = None
        self.handles = ResizeHandles(self)
        self.snapper = Snapper(self)
        # To a method of the view (a QObject, dropped with it), not of a plain object: the scene's
        # connections would otherwise keep the view's wrapper in a reference cycle.
        scene.selectionChanged.connect(self._refresh_handles)
        scene.outlines_changed.connect(self._refresh_handles)

    def _refresh_handles(self) -> None:
        self.handles.refresh()

    @property
    def editable(self) -> bool:
        return self._editable

    @editable.setter
    def editable(self, value: bool) -> None:
        self._editable = value
        self.handles.refresh()

    def handles_enabled(self) -> bool:
        return self._editable and isinstance(self.tool, SelectTool)

    def set_tool(self, tool: Tool) -> None:
        self.tool.cancel()
        self.tool = tool
        self.viewport().setCursor(tool.cursor)
        self.handles.refresh()

    # -- frozen view while a large selection is dragged ----------------------------------------------
    def freeze(self) -> None:
        """Until `thaw()`, show a still image of the view with the drag ghost over it: moving the
        outline of 200 desks repaints one path on a picture, not the whole floor (~100 ms)."""
        self._frozen = None
        self._frozen = self.viewport().grab()

    def thaw(self) -> None:
        if self._frozen is not None:
            self._frozen = None
            self.viewport().update()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        ghost = getattr(self.tool, "ghost", None)
        if self._frozen is None or ghost is None:
            super().paintEvent(event)
            return
        painter = QPainter(self.viewport())
        painter.drawPixmap(0, 0, self._frozen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setTransform(self.viewportTransform())
        painter.translate(ghost.pos())
        painter.setPen(ghost.pen())
        painter.drawPath(ghost.path())
        painter.end()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        self.thaw()  # the still image no longer matches the view
        super().scrollContentsBy(dx, dy)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.thaw()
        super().resizeEvent(event)

    # -- level of detail ------------------------------------------------------------------------------
    def apply_level_of_detail(self) -> None:
        """Zoomed out, desks are drawn all at once (see desk_batch.py); zoomed in, one by one."""
        scene = self.scene()
        if isinstance(scene, FloorPlanScene):
            scene.set_batched(self.transform().m11() < BATCH_BELOW)

    # Every way the zoom changes goes through these (Python callers included).
    def scale(self, sx: float, sy: float) -> None:
        super().scale(sx, sy)
        self.apply_level_of_detail()

    def resetTransform(self) -> None:  # noqa: N802 - Qt override
        super().resetTransform()
        self.apply_level_of_detail()

    def setTransform(self, matrix: Any, combine: bool = False) -> None:  # noqa: N802 - Qt override
        super().setTransform(matrix, combine)
        self.apply_level_of_detail()

    def fitInView(self, *args: Any) -> None:  # noqa: N802 - Qt override
        super().fitInView(*args)
        self.apply_level_of_detail()

    # -- overlay (handles, snap guide) ----------------------------------------------------------
    def update_overlay(self, scene_rect: QRectF) -> None:
        """Repaint the viewport around a scene area (overlays are drawn in pixels, with a margin)."""
        self.viewport().update(self.mapFromScene(scene_rect).boundingRect().adjusted(-16, -16, 16, 16))

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt override
        if not self.handles.handles and self.snapper.guide is None:
            return
        painter.save()
        painter.resetTransform()  # overlays are laid out in viewport pixels
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.handles.paint(painter)
        self.snapper.paint(painter)
        painter.restore()

    # -- mouse ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus()
            self.tool.press(self.mapToScene(event.position().toPoint()), event.modifiers())
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            return
        pos = self.mapToScene(event.position().toPoint())
        if not event.buttons() & Qt.MouseButton.LeftButton and isinstance(self.tool, SelectTool):
            # Hover: the handle under the cursor grows and the cursor tells which way it resizes.
            handle = self.handles.handle_at(pos)
            self.handles.set_active(handle)
            self.viewport().setCursor(self.handles.cursor_for(handle) or self.tool.cursor)
        self.tool.move(pos, event.modifiers())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.tool.release(self.mapToScene(event.position().toPoint()), event.modifiers())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.tool.double_click(self.mapToScene(event.position().toPoint()))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP ** steps)

    # -- keyboard -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.tool.key(event):
            return
        key = event.key()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and self.editable and self.scene().selected_ids():
            step = NUDGE_LARGE if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else NUDGE
            dx, dy = arrows[key]
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.editor.resize_by(dx * step, dy * step)  # the resize handles' keyboard twin
            else:
                self.editor.nudge(dx * step, dy * step)
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
            return
        if key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
            return
        if key == Qt.Key.Key_0:
            self.zoom_to_fit()
            return
        super().keyPressEvent(event)

    # -- zoom -----------------------------------------------------------------------------
    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11()
        if 0.005 < current * factor < 20:
            self.thaw()
            self.scale(factor, factor)
            self.zoomed.emit()

    def zoom_to_fit(self) -> None:
        self.thaw()
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.zoomed.emit()

    def zoom_to_selection(self) -> None:
        rect = QRectF()
        for item in self.scene().selectedItems():
            rect = rect.united(item.sceneBoundingRect())
        if not rect.isNull():
            self.fitInView(rect.adjusted(-200, -200, 200, 200), Qt.AspectRatioMode.KeepAspectRatio)
            self.zoomed.emit()
