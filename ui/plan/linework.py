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
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QByteArray, QDataStream, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
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
    """Tiles and overview in scene units from the stored JSON ({layer: [[x0, y0, x1, y1, …], …]} in metres).

    Runs in a worker thread, but every call into Qt or numpy holds the GIL, and so stops the UI thread,
    for as long as it lasts: the paths are built from packed arrays in a few short calls (not a
    QPointF per point: 100,000 Python objects), and the overview is stroked in chunks of bounded length.
    """
    from ui.plan.scene import SCALE  # here: the scene module shows this item

    layers = read_linework(data.decode("utf-8"))
    check_cancelled()
    points = np.concatenate([np.empty(0)] + [flat for _name, flat, _counts in layers]).reshape(-1, 2) * SCALE
    sizes = np.concatenate([np.empty(0, np.int64)] + [counts for _name, _flat, counts in layers]) // 2
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64)
    lines = np.flatnonzero(sizes >= 2)  # a line of one point draws nothing
    tile_of = np.floor(points[starts[lines]] / TILE).astype(np.int64)
    tiles: list[tuple[QRectF, QPainterPath]] = []
    for key in np.unique(tile_of, axis=0):
        path = _packed_path(points, starts, sizes, lines[(tile_of == key).all(axis=1)])
        # Padded: a straight wall has an empty box, and an empty QRectF intersects nothing.
        tiles.append((path.controlPointRect().adjusted(-1, -1, 1, 1), path))
    bounds = QRectF()
    for rect, _path in tiles:
        bounds = bounds.united(rect)
    # A margin of two overview pixels: lines on the border would be half cut off in the image.
    margin = 2 * max(bounds.width(), bounds.height()) / OVERVIEW_PX + 1
    bounds = bounds.adjusted(-margin, -margin, margin, margin)
    check_cancelled()
    levels: list[QImage] = []
    if not bounds.isEmpty():
        chunks = _stroke_chunks(points, starts, sizes, lines, OVERVIEW_PX / max(bounds.width(), bounds.height()))
        # Each level drawn from the paths (hairlines stay one pixel wide; halving an image fades them).
        side = OVERVIEW_PX
        while side >= 256:
            levels.append(_overview(chunks, bounds, side, check_cancelled))
            side //= 2
    return Linework(tiles, bounds, levels, [name for name, _flat, _counts in layers])


_ELEMENT = np.dtype([("type", ">i4"), ("x", ">f8"), ("y", ">f8")])  # a QPainterPath element as QDataStream writes it


def _packed_path(points: np.ndarray, starts: np.ndarray, sizes: np.ndarray, lines: np.ndarray) -> QPainterPath:
    """The polylines `lines` as one path (addPolygon of each), which Qt reads from QDataStream's format in one call."""
    path = QPainterPath()
    if not len(lines):
        return path
    counts = sizes[lines]
    firsts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    elements = np.empty(int(counts.sum()), _ELEMENT)
    index = np.repeat(starts[lines] - firsts, counts) + np.arange(len(elements))
    elements["type"] = 1  # LineTo
    elements["type"][firsts] = 0  # MoveTo at each polyline's first point
    elements["x"] = points[index, 0]
    elements["y"] = points[index, 1]
    header = np.array([len(elements)], ">i4").tobytes()
    footer = np.array([firsts[-1], 0], ">i4").tobytes()  # the last subpath's start, Qt::OddEvenFill
    QDataStream(QByteArray(header + elements.tobytes() + footer)) >> path  # Qt fills path from the stream
    return path


#: Longest stroke (overview pixels) drawn by one call, ~10-20 ms of antialiased hairline: the drawing
#: thread holds the GIL all along (one path of a whole drawing held it, and froze the UI, for 300+ ms).
STROKE_BUDGET_PX = 100_000


def _stroke_chunks(points: np.ndarray, starts: np.ndarray, sizes: np.ndarray, lines: np.ndarray, px_per_unit: float) -> list[QPainterPath]:
    """The polylines grouped into paths of at most about STROKE_BUDGET_PX of stroke each at the overview's size."""
    if not len(lines):
        return []
    along = np.concatenate(([0.0], np.cumsum(np.hypot(*np.diff(points, axis=0).T))))
    lengths = (along[starts[lines] + sizes[lines] - 1] - along[starts[lines]]) * px_per_unit + 4 * sizes[lines]
    group = (np.cumsum(lengths) // STROKE_BUDGET_PX).astype(np.int64)
    return [_packed_path(points, starts, sizes, part) for part in np.split(lines, np.flatnonzero(np.diff(group)) + 1)]


def read_linework(text: str) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """The stored {layer: [line, …]} as (layer, all its coordinates, each line's count of coordinates).

    json.loads of a large drawing is one C call that holds the GIL (and so stops the UI thread) for
    70-130 ms and makes 100,000 Python objects: here a short loop checks each line's brackets, and
    numpy reads a layer's numbers at once. Raises ValueError if broken.
    """
    decoder = json.JSONDecoder()
    layers: list[tuple[str, np.ndarray, np.ndarray]] = []

    def skip(i: int) -> int:
        return _SPACE.match(text, i).end()  # type: ignore[union-attr]

    def expect(i: int, char: str) -> int:
        i = skip(i)
        if text[i:i + 1] != char:
            raise ValueError(f"linework: {char!r} expected at {i}")
        return skip(i + 1)

    i = expect(0, "{")
    while text[i:i + 1] != "}":
        if layers:
            i = expect(i, ",")
        layer, i = decoder.raw_decode(text, i)
        i = expect(expect(i, ":"), "[")
        if text[i:i + 1] == "]":  # an empty layer
            layers.append((str(layer), np.empty(0), np.empty(0, np.int64)))
            i = skip(i + 1)
            continue
        end = _LAYER_END.search(text, i)
        if end is None:
            raise ValueError(f"linework: unterminated layer at {i}")
        layers.append((str(layer), *_layer_numbers(text[i:end.start() + 1])))
        i = skip(end.end())
    if skip(i + 1) != len(text):
        raise ValueError("linework: data after the end")
    return layers


_LAYER_END = re.compile(r"\]\s*\]")  # the end of a layer's [[…], …] (numbers hold no bracket)


def _layer_numbers(body: str) -> tuple[np.ndarray, np.ndarray]:
    """'[1, 2], [3, 4, 5, 6]' (a layer's lines, without its own brackets) → [1 … 6] and [2, 4]."""
    counts: list[int] = []
    numbers: list[str] = []
    parts = body.split("]")
    if parts[-1].strip():
        raise ValueError("linework: unbalanced brackets")
    for n, part in enumerate(parts[:-1]):
        part = part.strip()
        if n:
            if not part.startswith(","):
                raise ValueError("linework: ',' expected between lines")
            part = part[1:].lstrip()
        if not part.startswith("[") or "[" in part[1:]:
            raise ValueError("linework: '[' expected")
        line = part[1:].strip()
        counts.append(line.count(",") + 1 if line else 0)
        if line:
            numbers.append(line)
    joined = ",".join(numbers)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # numpy warns of unread text: the count check refuses it
        values = np.fromstring(joined, dtype=np.float64, sep=",") if joined else np.empty(0)
    if len(values) != sum(counts):
        raise ValueError("linework: not a list of numbers")
    return values, np.array(counts, np.int64)


def _overview(chunks: list[QPainterPath], bounds: QRectF, side: int, check_cancelled: Callable[[], None]) -> QImage:
    """The whole linework as an image, `side` pixels long (QImage painting is allowed off the UI thread)."""
    factor = side / max(bounds.width(), bounds.height())
    image = QImage(max(1, round(bounds.width() * factor)), max(1, round(bounds.height() * factor)), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(image.width() / bounds.width(), image.height() / bounds.height())
    painter.translate(-bounds.left(), -bounds.top())
    painter.setPen(line_pen())
    try:
        for path in chunks:
            painter.drawPath(path)
            check_cancelled()
    finally:
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
