"""CAD linework (from a DXF import), built off the UI thread and drawn by one item.

Not one item per CAD entity (~50× slower to draw), nor one path per layer: a layer path spans the
whole floor, so even zoomed in on one office every frame stroked all 15,000 entities. The
linework is cut into square tiles (only the tiles in view are stroked) and also rendered once,
off the UI thread, into an overview image that is drawn instead whenever the zoom shows no more
detail than it holds (zoom-to-fit: one image blit instead of 15,000 strokes).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

TILE = 2000.0  # scene units (20 m) per tile side
OVERVIEW_PX = 4096  # longest side of the overview image
LINE_COLOUR = "#929292"
_SPACE = re.compile(r"\s*")


@dataclass
class Linework:
    tiles: list[tuple[QRectF, QPainterPath]]
    bounds: QRectF
    #: The overview at halving sizes (4096, 2048 … px): each zoom draws the smallest one as sharp as
    #: the screen, scaled by less than half (a 4096 px image scaled to 1,600 px costs 12 ms a frame).
    overviews: list[QImage]
    layers: list[str]


def line_pen() -> QPen:
    pen = QPen(QColor(LINE_COLOUR), 1)
    pen.setCosmetic(True)  # hairlines at every zoom, like a CAD viewer
    return pen


def linework_paths(data: bytes, check_cancelled: Callable[[], None] = lambda: None) -> Linework:
    """Tiles and overview in scene units from the stored JSON ({layer: [[x0, y0, x1, y1, …], …]} in metres)."""
    from ui.plan.scene import SCALE  # here: the scene module shows this item

    layers = dict(_read_layers(data.decode("utf-8")))
    buckets: dict[tuple[int, int], QPainterPath] = {}
    for layer_lines in layers.values():
        check_cancelled()
        for flat in layer_lines:
            points = [QPointF(flat[i] * SCALE, flat[i + 1] * SCALE) for i in range(0, len(flat) - 1, 2)]
            if len(points) >= 2:
                key = (int(points[0].x() // TILE), int(points[0].y() // TILE))
                path = buckets.get(key)
                if path is None:
                    path = buckets[key] = QPainterPath()
                path.addPolygon(QPolygonF(points))
    # Padded: a straight wall has an empty box, and an empty QRectF intersects nothing.
    tiles = [(path.controlPointRect().adjusted(-1, -1, 1, 1), path) for path in buckets.values()]
    bounds = QRectF()
    for rect, _path in tiles:
        bounds = bounds.united(rect)
    # A margin of two overview pixels: lines on the border would be half cut off in the image.
    margin = 2 * max(bounds.width(), bounds.height()) / OVERVIEW_PX + 1
    bounds = bounds.adjusted(-margin, -margin, margin, margin)
    check_cancelled()
    # Each level drawn from the paths (hairlines stay one pixel wide; halving an image fades them).
    levels: list[QImage] = []
    side = OVERVIEW_PX
    while not bounds.isEmpty() and side >= 256:
        levels.append(_overview(tiles, bounds, side))
        check_cancelled()
        side //= 2
    return Linework(tiles, bounds, levels, list(layers))


def _read_layers(text: str) -> Iterator[tuple[str, list[list[float]]]]:
    """`json.loads` of {layer: [line, …]}, one line at a time: one loads of a large drawing is a single
    C call that holds the GIL (and so stops the UI thread) for 70-130 ms. Raises ValueError if broken."""
    decoder = json.JSONDecoder()

    def skip(i: int) -> int:
        return _SPACE.match(text, i).end()  # type: ignore[union-attr]

    def expect(i: int, char: str) -> int:
        i = skip(i)
        if text[i:i + 1] != char:
            raise ValueError(f"linework: {char!r} expected at {i}")
        return skip(i + 1)

    i = expect(0, "{")
    if text[i:i + 1] == "}":
        return
    while True:
        layer, i = decoder.raw_decode(text, i)
        i = expect(expect(i, ":"), "[")
        lines: list[list[float]] = []
        while text[i:i + 1] != "]":
            line, i = decoder.raw_decode(text, i)
            lines.append(line)
            i = skip(i)
            if text[i:i + 1] == ",":
                i = skip(i + 1)
        yield str(layer), lines
        i = skip(i + 1)
        if text[i:i + 1] == "}":
            return
        i = expect(i, ",")


def _overview(tiles: list[tuple[QRectF, QPainterPath]], bounds: QRectF, side: int) -> QImage:
    """The whole linework as an image, `side` pixels long (QImage painting is allowed off the UI thread)."""
    factor = side / max(bounds.width(), bounds.height())
    image = QImage(max(1, round(bounds.width() * factor)), max(1, round(bounds.height() * factor)), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(image.width() / bounds.width(), image.height() / bounds.height())
    painter.translate(-bounds.left(), -bounds.top())
    painter.setPen(line_pen())
    for _rect, path in tiles:
        painter.drawPath(path)
    painter.end()
    return image


class LineworkItem(QGraphicsItem):
    """Draws the overview image when zoomed out, else the tiles in view (one Python paint per frame)."""

    def __init__(self, linework: Linework) -> None:
        super().__init__()
        self.linework = linework
        self.pen = line_pen()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(-0.4)
        self.setData(1, "linework")
        # (image pixels per scene unit, image), sharpest first.
        self.levels = [(image.width() / linework.bounds.width(), image) for image in linework.overviews]

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self.linework.bounds.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        # Vector output (PDF, SVG) keeps the lines; on screen the image serves while it is as sharp.
        vector = painter.device() is not None and painter.device().devType() not in (1, 2, 3)  # widget, pixmap, image
        if not vector and self.levels and lod <= self.levels[0][0]:
            image = next(image for density, image in reversed(self.levels) if density >= lod)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(self.linework.bounds, image)
            return
        area = option.exposedRect
        painter.setPen(self.pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect, path in self.linework.tiles:
            if rect.intersects(area):
                painter.drawPath(path)
