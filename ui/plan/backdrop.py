"""Reading backdrop files (PNG, JPEG, SVG, PDF) into an image, safely, off the UI thread.

Hostile or broken files must end in a clear `BackdropError` (with a code the page words in
French) and never in a frozen or crashed station: Qt's image allocation limit is set
explicitly, sizes are read from headers before decoding, huge images are downsampled,
SVG with entity declarations (billion laughs) is refused before parsing, and an SVG or PDF
that renders to nothing is refused too (QtSvg draws nothing for what it does not support).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtSvg import QSvgRenderer

from ui.plan.qt_warnings import captured_warnings

#: Qt refuses to allocate more than this for one image (MB); set explicitly, not left to the default.
ALLOCATION_LIMIT_MB = 512
#: Longest side kept for a backdrop (pixels); larger images are downsampled on read.
MAX_SIDE = 8192
#: Above this many pixels a header is a decompression bomb, not a plan.
MAX_DECLARED_PIXELS = 1_000_000_000
MAX_FILE_BYTES = 64 * 1024 * 1024
PDF_DPI = 150

_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)

QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)


class BackdropError(Exception):
    """`code`: too_large, unreadable, unsupported, empty_render."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code


@dataclass(frozen=True)
class DecodedBackdrop:
    image: QImage
    media_type: str
    #: What the decoder logged it could not draw (QtSvg's warnings): the plan may miss those parts.
    warnings: tuple[str, ...] = field(default=())


def media_type_of(path: Path) -> str:
    return {
        ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".svg": "image/svg+xml",
        ".pdf": "application/pdf",
    }.get(path.suffix.lower(), "")


def decode(data: bytes, media_type: str) -> DecodedBackdrop:
    if len(data) > MAX_FILE_BYTES:
        raise BackdropError("too_large")
    if media_type in ("image/png", "image/jpeg"):
        return _raster(data, media_type)
    if media_type == "image/svg+xml":
        return _svg(data)
    if media_type == "application/pdf":
        return _pdf(data)
    raise BackdropError("unsupported", media_type)


def _raster(data: bytes, media_type: str) -> DecodedBackdrop:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    size = reader.size()
    if not size.isValid():
        raise BackdropError("unreadable", reader.errorString())
    if size.width() * size.height() > MAX_DECLARED_PIXELS:
        raise BackdropError("too_large", f"{size.width()}×{size.height()}")
    factor = max(size.width(), size.height()) / MAX_SIDE
    if factor > 1:
        reader.setScaledSize(QSize(round(size.width() / factor), round(size.height() / factor)))
    image = reader.read()
    # A truncated file often decodes "successfully" into a partly grey image: Qt reports it.
    if image.isNull() or reader.error() != QImageReader.ImageReaderError.UnknownError:
        raise BackdropError("unreadable", reader.errorString())
    return DecodedBackdrop(image, media_type)


def _is_blank(image: QImage) -> bool:
    # Smooth scaling averages thin lines into the thumbnail instead of skipping them.
    small = image.scaled(128, 128, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    first = small.pixel(0, 0)
    return all(small.pixel(x, y) == first for x in range(small.width()) for y in range(small.height()))


def _render_to_image(width: float, height: float) -> QImage:
    """A white image for a vector render, its longest side capped (stored scales are in its pixels)."""
    factor = max(width, height) / MAX_SIDE
    scale = 1 / factor if factor > 1 else 1.0
    image = QImage(max(1, round(width * scale)), max(1, round(height * scale)), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    return image


def _svg(data: bytes) -> DecodedBackdrop:
    if _ENTITY.search(data[:65536]) or (b"<!DOCTYPE" in data[:4096] and b"[" in data[:4096]):
        raise BackdropError("unsupported", "SVG with entity declarations")
    # QtSvg (SVG Tiny) says what it skips only as warnings, then draws without it: keep them.
    with captured_warnings("qt.svg") as warnings:
        renderer = QSvgRenderer(QByteArray(data))
        if not renderer.isValid():
            raise BackdropError("unreadable", "; ".join(["invalid SVG", *warnings]))
        box = renderer.viewBoxF()
        width, height = (box.width(), box.height()) if not box.isEmpty() else (renderer.defaultSize().width(), renderer.defaultSize().height())
        if width <= 0 or height <= 0:
            raise BackdropError("empty_render", "; ".join(warnings))
        image = _render_to_image(width, height)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
    if _is_blank(image):
        raise BackdropError("empty_render", "; ".join(warnings))
    return DecodedBackdrop(image, "image/svg+xml", tuple(warnings))


def _pdf(data: bytes) -> DecodedBackdrop:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise BackdropError("unreadable", str(document.error()))
    points = document.pagePointSize(0)
    pixels_per_point = PDF_DPI / 72
    width, height = points.width() * pixels_per_point, points.height() * pixels_per_point
    factor = max(width, height) / MAX_SIDE
    if factor > 1:
        width, height = width / factor, height / factor
    image = document.render(0, QSize(round(width), round(height)))
    document.close()
    if image.isNull():
        raise BackdropError("unreadable")
    flat = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    if _is_blank(flat):
        raise BackdropError("empty_render")
    return DecodedBackdrop(flat, "application/pdf")
