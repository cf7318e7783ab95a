"""The floor plan scene: mirrors a floor's spaces as polygon items, geometry in metres.

One scene unit is one centimetre (metres × 100) so that pens and fonts stay readable at
zoom-to-fit without fractional sizes. Items carry the space id; the scene never edits data
itself (edits are undo commands calling services; the scene is told the result). Edit mode
draws spaces by kind; live mode by availability status, with colour, hatch and text.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from nomad_desktop.services.records import FloorInfo, SpaceInfo
from ui.common.labels import BOOKABLE_KINDS, not_bookable_label
from ui.plan.desk_batch import DeskBatch
from ui.theme import current_variant, status_label, status_style

if TYPE_CHECKING:
    from ui.plan.linework import Linework

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
LABELLED_KINDS = frozenset({"office", "meeting_room", "leisure", "desk", "zone", "service"})
#: Smallest on-screen text height (px) worth drawing: below it labels are noise.
MIN_LEGIBLE_PX = 7.0
SELECTION_COLOUR = "#000091"
_REFERENCE_SIZE = 100.0


@lru_cache(maxsize=1)
def _reference_metrics() -> QFontMetricsF:
    # Made on first paint: fonts need the QApplication, which does not exist at import time.
    font = QFont()
    font.setPixelSize(int(_REFERENCE_SIZE))
    return QFontMetricsF(font)


def to_scene(geometry: Iterable[Sequence[float]]) -> QPolygonF:
    return QPolygonF([QPointF(x * SCALE, y * SCALE) for x, y in geometry])


def to_metres(polygon: QPolygonF, offset: QPointF | None = None) -> tuple[tuple[float, float], ...]:
    dx, dy = (offset.x(), offset.y()) if offset is not None else (0.0, 0.0)
    return tuple((round((p.x() + dx) / SCALE, 3), round((p.y() + dy) / SCALE, 3)) for p in polygon)


@lru_cache(maxsize=64)
def _kind_style(kind: str) -> tuple[QPen, QBrush]:
    pen = QPen(QColor("#3A3A3A" if kind != "zone" else "#6A6AF4"), 3 if kind != "desk" else 2)
    if kind == "zone":
        pen.setStyle(Qt.PenStyle.DashLine)
    if kind in KIND_PATTERNS:
        return pen, QBrush(QColor("#929292"), KIND_PATTERNS[kind])
    return pen, QBrush(QColor(KIND_FILLS.get(kind, "#FFFFFF")))


@lru_cache(maxsize=16)
def _status_brushes(status: str, variant: str) -> tuple[QPen, QBrush]:
    """Outline and fill of a status: a light tint for the plain one, the status hatch otherwise.

    Hatches are drawn by Qt in device pixels, so they stay crisp at every zoom (RGAA 3.1: never
    colour alone)."""
    colour, pattern = status_style(status, variant)
    if pattern == Qt.BrushStyle.SolidPattern:
        tint = QColor(colour)
        tint.setAlpha(48)
        brush = QBrush(tint)
    else:
        brush = QBrush(colour, pattern)
    return QPen(colour, 4), brush


class SpaceItem(QGraphicsPolygonItem):
    """One space. Painted by Qt itself (no Python paint: 5,000 Python calls per frame would cost
    over 100 ms); labels are drawn by the scene's single `LabelLayer`."""

    def __init__(self, space: SpaceInfo) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.status: str | None = None
        self.live = False
        self._label_cache: tuple[Any, str, float] | None = None
        self.update_space(space)

    @property
    def space_id(self) -> str:
        return self.space.id

    @property
    def kind(self) -> str:
        return self.space.kind

    def update_space(self, space: SpaceInfo) -> None:
        self.space = space
        if not self.pos().isNull():
            self.setPos(0, 0)
        self.setPolygon(to_scene(space.geometry))
        self.setZValue(Z_ORDER.get(space.kind, 3))
        self._label_cache = None
        self._restyle()

    def geometry_with_offset(self) -> tuple[tuple[float, float], ...]:
        """Outline in metres including a drag in progress (the item's position)."""
        return to_metres(self.polygon(), self.pos())

    def set_live(self, live: bool, status: str | None) -> None:
        if (live, status) == (self.live, self.status):
            return
        self.live, self.status = live, status
        self._restyle()

    def _restyle(self) -> None:
        if self.live and self.status is not None:
            pen, brush = _status_brushes(self.status, current_variant())
        else:
            pen, brush = _kind_style(self.space.kind)
        self.setPen(pen)
        self.setBrush(brush)

    def label_text(self) -> str:
        desk = self.space.kind == "desk"
        text = self.space.name.split(" ")[-1] if desk else self.space.name
        if self.space.kind != "zone" and self.live and self.status is not None:
            text += "\n" + status_label(self.status)
        elif self.live and self.space.kind in BOOKABLE_KINDS:
            text += "\n" + not_bookable_label()
        return text

    def label_box(self) -> QRectF:
        box = self.polygon().boundingRect().translated(self.pos())
        if self.space.kind == "zone":
            return QRectF(box.left() + 20, box.top() + 8, box.width() - 40, min(box.height() * 0.25, 80))
        return box

    def label_layout(self, text: str, box: QRectF) -> tuple[str, float]:
        """Text (maybe on two lines) and the largest font size (scene units) that fits the outline.

        Cached per text and size: measuring fonts on every frame would be slow.
        """
        key = (text, round(box.width()), round(box.height()))
        if self._label_cache is not None and self._label_cache[0] == key:
            return self._label_cache[1], self._label_cache[2]
        cap = 24.0 if self.space.kind == "desk" else 60.0
        candidates = [text]
        words = text.split("\n")[0].split(" ")
        if len(words) > 1 and "\n" not in text:
            cut = max(1, len(words) // 2)
            candidates.append(" ".join(words[:cut]) + "\n" + " ".join(words[cut:]))
        best = ("", 0.0)
        metrics = _reference_metrics()
        for candidate in candidates:
            lines = candidate.split("\n")
            width = max(metrics.horizontalAdvance(line) for line in lines)
            height = metrics.height() * len(lines)
            size = min(cap, _REFERENCE_SIZE * box.width() * 0.9 / max(width, 1), _REFERENCE_SIZE * box.height() * 0.9 / height)
            if size > best[1]:
                best = (candidate, size)
        self._label_cache = (key, best[0], best[1])
        return best


class LabelLayer(QGraphicsItem):
    """Draws the labels of the spaces in view, only when legible: one Python paint per frame."""

    def __init__(self, scene_rect: QRectF) -> None:
        super().__init__()
        self._rect = scene_rect
        self.setZValue(50)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if 60.0 * lod < MIN_LEGIBLE_PX:
            return  # zoomed out: no label can be read, draw none (and look none up)
        font = QFont()
        scene = self.scene()
        # Only what the device shows: exposedRect is the whole scene when a view is render()ed.
        device = painter.device()
        inverse, ok = painter.worldTransform().inverted()
        area = option.exposedRect
        if ok and device is not None and not painter.viewport().isEmpty():  # a QPicture being recorded has none
            # Device pixels may not be the painter's logical pixels (a 1,200 dpi PDF page): ask the painter.
            area = area.intersected(inverse.mapRect(QRectF(painter.viewport())))
        # Our own box index: scene.items() answers nothing while QGraphicsScene.render() paints
        # (exports, printing), and numpy over 5,000 boxes costs well under a millisecond.
        for item in scene.spaces_in(area):
            if not isinstance(item, SpaceItem) or item.space.kind not in LABELLED_KINDS:
                continue
            if (24.0 if item.space.kind == "desk" else 60.0) * lod < MIN_LEGIBLE_PX:
                continue
            text, box = item.label_text(), item.label_box()
            shown, size = item.label_layout(text, box)
            if size * lod < MIN_LEGIBLE_PX and "\n" in text:
                # The name alone may fit where name and status do not: the hatch still tells the status.
                shown, size = item.label_layout(text.split("\n")[0], box)
            if size * lod < MIN_LEGIBLE_PX:
                continue  # too small to read: it would only add noise
            font.setPixelSize(max(1, round(size)))
            painter.setFont(font)
            painter.setPen(QColor("#000091" if item.space.kind == "zone" else "#161616"))
            zone = item.space.kind == "zone"
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop if zone else Qt.AlignmentFlag.AlignCenter
            painter.drawText(box, align, shown)


class FloorPlanScene(QGraphicsScene):
    #: Outlines were shown again, added or removed (resize handles follow).
    outlines_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.items_by_id: dict[str, SpaceItem] = {}
        self.floor: FloorInfo | None = None
        self.live = False
        self.statuses: dict[str, str] = {}
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.labels = LabelLayer(QRectF())
        self.desk_batch = DeskBatch(QRectF())
        self.batched = False  # desks drawn by `desk_batch` (zoomed out), see desk_batch.py
        # Through a weak reference: a bound method of itself would make the scene a reference cycle,
        # destroyed by the garbage collector at a random moment (with its Python items half gone).
        this = weakref.ref(self)
        self.selectionChanged.connect(lambda: (scene := this()) is not None and scene._desk_selection_changed())
        self._boxes: np.ndarray | None = None
        self._box_items: list[SpaceItem] = []
        self.backdrop_item: QGraphicsPixmapItem | None = None
        self._backdrop: tuple[QImage, float, float, float] | None = None
        self.linework_items: list[QGraphicsItem] = []
        self._linework: Linework | None = None

    def show_floor(self, floor: FloorInfo, spaces: Iterable[SpaceInfo]) -> None:
        spaces = list(spaces)
        self._boxes = None
        self.clear()
        self.items_by_id.clear()
        self.floor = floor
        # Bulk insertion without the BSP index is several times faster; the index is rebuilt once.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        outline = self.addRect(0, 0, floor.width_m * SCALE, floor.height_m * SCALE, QPen(QColor("#161616"), 6))
        outline.setZValue(-1)
        outline.setBrush(QBrush(QColor("#FFFFFF")))
        outline.setData(1, "floor")
        for space in spaces:
            self._add(space)
        self.backdrop_item = None
        if self._backdrop is not None:
            self.set_backdrop(*self._backdrop)
        self.linework_items = []
        if self._linework is not None:
            self.set_linework(self._linework)
        xs = [x for s in spaces for x, _y in s.geometry] or [0.0]
        ys = [y for s in spaces for _x, y in s.geometry] or [0.0]
        bounds = QRectF(0, 0, floor.width_m * SCALE, floor.height_m * SCALE).united(
            QRectF(min(xs) * SCALE, min(ys) * SCALE, (max(xs) - min(xs)) * SCALE, (max(ys) - min(ys)) * SCALE))
        margin = 200
        self.setSceneRect(bounds.adjusted(-margin, -margin, margin, margin))
        self.labels = LabelLayer(self.sceneRect())
        self.addItem(self.labels)
        self.desk_batch = DeskBatch(self.sceneRect())
        self.addItem(self.desk_batch)
        self.desk_batch.setVisible(self.batched)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.outlines_changed.emit()

    def set_backdrop(self, image: QImage | None, units_per_metre: float = 1.0, origin_x: float = 0.0, origin_y: float = 0.0) -> None:
        """Show the architect's plan under the spaces, scaled to metres (None removes it)."""
        if self.backdrop_item is not None:
            self.removeItem(self.backdrop_item)
            self.backdrop_item = None
        self._backdrop = (image, units_per_metre, origin_x, origin_y) if image is not None else None
        if image is None:
            return
        item = QGraphicsPixmapItem(QPixmap.fromImage(image))
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setScale(SCALE / units_per_metre)
        item.setPos(origin_x * SCALE, origin_y * SCALE)
        item.setOpacity(0.55)  # the drawing stays readable over the plan
        item.setZValue(-0.5)
        item.setData(1, "backdrop")
        self.addItem(item)
        self.backdrop_item = item

    def set_linework(self, linework: Linework | None) -> None:
        """CAD backdrop (None removes it): one item drawing tiles or an overview image, see linework.py."""
        from ui.plan.linework import LineworkItem

        for item in self.linework_items:
            self.removeItem(item)
        self.linework_items = []
        self._linework = linework
        if linework is not None and linework.tiles:
            item = LineworkItem(linework)
            self.addItem(item)
            self.linework_items.append(item)

    def _add(self, space: SpaceInfo) -> SpaceItem:
        self._boxes = None
        item = SpaceItem(space)
        if self.batched and space.kind == "desk":
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        if self.live:
            item.set_live(True, self.statuses.get(space.id))
        self.addItem(item)
        self.items_by_id[space.id] = item
        return item

    def upsert(self, spaces: Sequence[SpaceInfo]) -> None:
        self._boxes = None
        redraw: list[SpaceItem] = []
        for space in spaces:
            if self.floor is not None and space.floor_id != self.floor.id:
                continue
            item = self.items_by_id.get(space.id)
            if item is None:
                redraw.append(self._add(space))
            else:
                # The store's answer to a move already shown (drag, nudge) draws the same: no batch rebuild.
                shown, kind = item.polygon().translated(item.pos()), item.kind
                item.update_space(space)
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, self.batched and space.kind == "desk")
                if kind != space.kind or item.polygon() != shown:
                    redraw.append(item)
        self.invalidate_desk_batch(redraw)
        self.outlines_changed.emit()

    def remove(self, space_ids: Iterable[str]) -> None:
        self._boxes = None
        removed = []
        for space_id in space_ids:
            item = self.items_by_id.pop(space_id, None)
            if item is not None:
                self.removeItem(item)
                removed.append(item)
        self.invalidate_desk_batch(removed)
        self.outlines_changed.emit()

    def spaces_in(self, area: QRectF) -> list[SpaceItem]:
        """Space items whose outline box meets `area` (boxes cached, rebuilt after edits)."""
        if self._boxes is None:
            self._box_items = list(self.items_by_id.values())
            boxes = [i.polygon().boundingRect().translated(i.pos()) for i in self._box_items]
            self._boxes = np.array([(b.left(), b.top(), b.right(), b.bottom()) for b in boxes], dtype=float).reshape(-1, 4)
        b = self._boxes
        hit = (b[:, 0] <= area.right()) & (b[:, 2] >= area.left()) & (b[:, 1] <= area.bottom()) & (b[:, 3] >= area.top())
        return [self._box_items[i] for i in np.flatnonzero(hit)]

    def selected_ids(self) -> list[str]:
        return [item.space_id for item in self.selectedItems() if isinstance(item, SpaceItem)]

    def select_ids(self, space_ids: Iterable[str]) -> None:
        wanted = set(space_ids)
        self.blockSignals(True)
        self.clearSelection()
        for space_id in wanted:
            item = self.items_by_id.get(space_id)
            if item is not None:
                item.setSelected(True)
        self.blockSignals(False)
        self.selectionChanged.emit()

    def set_live(self, live: bool, statuses: dict[str, str] | None = None) -> None:
        """Switch between drawing by kind and drawing by status (one pass over the items)."""
        self.live = live
        if statuses is not None:
            self.statuses = statuses
        statuses = self.statuses
        for space_id, item in self.items_by_id.items():
            item.set_live(live, statuses.get(space_id))
        self.labels.update()
        self.invalidate_desk_batch()

    def invalidate_desk_batch(self, items: Iterable[SpaceItem] | None = None) -> None:
        """These desks changed (moved, restyled, added, removed; None: any may have): the batch
        redraws them at its next paint."""
        if shiboken6.isValid(self.desk_batch):
            # Zoomed in the batch is hidden: one flag now, a whole rebuild if it is shown again.
            self.desk_batch.invalidate(items if self.batched else None)

    def _desk_selection_changed(self) -> None:
        # The scene empties itself (and says so) while being destroyed.
        if shiboken6.isValid(self) and shiboken6.isValid(self.desk_batch):
            self.desk_batch.selection_changed({i for i in self.selectedItems() if isinstance(i, SpaceItem) and i.kind == "desk"})

    def set_batched(self, batched: bool) -> None:
        """Zoomed out: desks drawn at once by `desk_batch`; their items stay, hit-testable, unpainted."""
        if batched == self.batched:
            return
        self.batched = batched
        for item in self.items_by_id.values():
            if item.kind == "desk":
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, batched)
        self.desk_batch.invalidate()
        self.desk_batch.setVisible(batched)
        self.update()

    @contextmanager
    def full_detail(self) -> Iterator[None]:
        """Every item painted by itself (exports record the scene at full detail)."""
        batched = self.batched
        self.set_batched(False)
        try:
            yield
        finally:
            self.set_batched(batched)
