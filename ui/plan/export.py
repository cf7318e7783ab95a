"""Exporting a floor: PNG, SVG, and PDF on A4/A3 at a true scale (1:50 … 1:1000) or fitted, with a
title block and the legend; printing uses the same page layout, painted off the UI thread too.

A QGraphicsScene may only be touched on the UI thread, but painting it is the slow part: the UI
thread records the scene once into a QPicture (a list of drawing commands, fast to make), and a
worker plays it back into the QImage, QSvgGenerator or QPdfWriter (devices Qt lets any thread
paint). The backdrop image is handed over as a QImage and drawn by the worker: a QPicture would
store it as a PNG, encoded on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPen,
    QPicture,
    QTransform,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsRectItem

from ui.common.formatting import format_date
from ui.plan.legend import status_swatch
from ui.plan.scene import SCALE, FloorPlanScene
from ui.theme import PLAN_STATUSES, status_label

STANDARD_SCALES = (50, 100, 200, 500, 1000)
MARGIN_MM = 10.0
TITLE_BLOCK_MM = 22.0
PDF_DPI = 1200  # QPdfWriter's own default, set explicitly: the snapshot is recorded for it
RENDER_HINTS = QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
#: Called between steps by the worker; raises to stop (the task manager's `check_cancelled`).
Check = Callable[[], None]


def floor_rect(scene: FloorPlanScene) -> QRectF:
    """The floor outline and every space, with a 50 cm margin (not the label layer's wide rect)."""
    rect = QRectF(0, 0, scene.floor.width_m * SCALE, scene.floor.height_m * SCALE) if scene.floor else QRectF()
    for item in scene.items_by_id.values():
        rect = rect.united(item.sceneBoundingRect())
    return rect.adjusted(-50, -50, 50, 50)


def scene_to_target(source: QRectF, target: QRectF) -> QTransform:
    """The mapping QGraphicsScene.render uses with KeepAspectRatio (scaled, anchored top-left)."""
    ratio = min(target.width() / source.width(), target.height() / source.height())
    return QTransform().translate(target.left(), target.top()).scale(ratio, ratio).translate(-source.left(), -source.top())


@dataclass
class PlanSnapshot:
    """What a worker needs to paint the plan: no scene, no item, no pixmap."""

    picture: QPicture
    source: QRectF  # scene area
    target: QRectF  # device area the picture was recorded for
    backdrop: tuple[QImage, QTransform, float] | None = None  # image, image-to-scene transform, opacity
    #: Rectangles under the backdrop (the floor's white outline), in scene units, with their pen and brush.
    under: list[tuple[QRectF, QPen, QBrush]] = field(default_factory=list)


def snapshot(scene: FloorPlanScene, source: QRectF, target: QRectF) -> PlanSnapshot:
    """Record the scene (UI thread only). The backdrop and what lies under it are kept aside, to be
    painted first by the worker."""
    backdrop, item = None, scene.backdrop_item
    hidden: list[Any] = []
    under: list[tuple[QRectF, QPen, QBrush]] = []
    if item is not None and item.isVisible() and scene._backdrop is not None:
        backdrop = (scene._backdrop[0], item.sceneTransform(), item.opacity())
        hidden.append(item)
        for lower in scene.items(item.sceneBoundingRect()):
            if isinstance(lower, QGraphicsRectItem) and lower.zValue() < item.zValue() and lower.isVisible():
                under.append((lower.mapRectToScene(lower.rect()), lower.pen(), lower.brush()))
                hidden.append(lower)
    for each in hidden:
        each.setVisible(False)
    picture = QPicture()
    painter = QPainter(picture)
    painter.setRenderHints(RENDER_HINTS)
    try:
        with scene.full_detail():
            scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        painter.end()
        for each in hidden:
            each.setVisible(True)
    return PlanSnapshot(picture, QRectF(source), QRectF(target), backdrop, under)


def play(painter: QPainter, snap: PlanSnapshot, device: QPaintDevice) -> None:
    """Paint the snapshot (any thread): the backdrop image, then the recorded plan over it."""
    painter.save()
    painter.setClipRect(snap.target)
    to_target = scene_to_target(snap.source, snap.target)
    for rect, pen, brush in snap.under:
        painter.save()
        painter.setTransform(to_target, True)
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawRect(rect)
        painter.restore()
    if snap.backdrop is not None:
        image, transform, opacity = snap.backdrop
        painter.save()
        painter.setTransform(transform * to_target, True)
        painter.setOpacity(opacity)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(0, 0, image)
        painter.restore()
    # drawPicture scales by the device's resolution over the picture's: undo it, the picture was
    # recorded in this device's own units.
    factor = snap.picture.logicalDpiX() / max(1, device.logicalDpiX())
    painter.scale(factor, factor)
    painter.drawPicture(0, 0, snap.picture)
    painter.restore()


# -- PNG and SVG ------------------------------------------------------------------------------------
def prepare_png(scene: FloorPlanScene, pixels_per_metre: float = 40.0) -> PlanSnapshot:
    source = floor_rect(scene)
    size = QSize(max(1, round(source.width() / SCALE * pixels_per_metre)), max(1, round(source.height() / SCALE * pixels_per_metre)))
    return snapshot(scene, source, QRectF(0, 0, size.width(), size.height()))


def write_png(snap: PlanSnapshot, path: Path, check: Check = lambda: None) -> None:
    check()
    image = QImage(snap.target.size().toSize(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(RENDER_HINTS)
    play(painter, snap, image)
    painter.end()
    check()
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")


def prepare_svg(scene: FloorPlanScene) -> PlanSnapshot:
    source = floor_rect(scene)
    # 1 SVG unit = 1 cm: the drawing keeps its real proportions for CAD tools.
    return snapshot(scene, source, QRectF(0, 0, source.width(), source.height()))


def write_svg(snap: PlanSnapshot, path: Path, title: str, check: Check = lambda: None) -> None:
    check()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setTitle(title)
    generator.setSize(QSize(round(snap.target.width()), round(snap.target.height())))
    generator.setViewBox(snap.target)
    painter = QPainter(generator)
    play(painter, snap, generator)
    painter.end()


# -- pages (PDF, printer) ---------------------------------------------------------------------------
@dataclass
class TitleBlock:
    title: str
    subtitle: str
    legend: list[tuple[QImage, str]] = field(default_factory=list)  # swatch (an image: any thread) and label


@dataclass
class PageGeometry:
    """Where things go on the page, in device dots (the painter's origin is the paint rect's corner)."""

    size_id: QPageSize.PageSizeId
    dots_per_mm: float
    paint_mm: QSizeF
    plan: QRectF
    scale: int | None


def page_layout(size_id: QPageSize.PageSizeId) -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(QPageSize(size_id), QPageLayout.Orientation.Landscape, margins, QPageLayout.Unit.Millimeter)


def page_geometry(source: QRectF, page: str, scale: int | None, dpi: float) -> PageGeometry:
    """`scale` 0 picks the smallest standard scale at which the floor fits, None fits the page."""
    size_id = QPageSize.PageSizeId.A3 if page == "A3" else QPageSize.PageSizeId.A4
    paint = page_layout(size_id).paintRect(QPageLayout.Unit.Millimeter)
    paint_mm = QSizeF(paint.width(), paint.height())
    plan_mm = QSizeF(paint_mm.width(), paint_mm.height() - TITLE_BLOCK_MM)
    width_m, height_m = source.width() / SCALE, source.height() / SCALE
    if scale == 0:
        scale = next((s for s in STANDARD_SCALES if width_m * 1000 / s <= plan_mm.width() and height_m * 1000 / s <= plan_mm.height()), None)
    if scale:
        target_mm = QSizeF(width_m * 1000 / scale, height_m * 1000 / scale)
    else:
        ratio = min(plan_mm.width() / source.width(), plan_mm.height() / source.height())
        target_mm = QSizeF(source.width() * ratio, source.height() * ratio)
    dots_per_mm = dpi / 25.4
    plan = QRectF(0, 0, target_mm.width() * dots_per_mm, target_mm.height() * dots_per_mm)
    return PageGeometry(size_id, dots_per_mm, paint_mm, plan, scale)


def paint_title_block(painter: QPainter, geometry: PageGeometry, block: TitleBlock) -> None:
    dots = geometry.dots_per_mm
    top = (geometry.paint_mm.height() - TITLE_BLOCK_MM) * dots
    width = geometry.paint_mm.width() * dots
    painter.setPen(QPen(QColor("#161616"), max(1.0, 0.3 * dots)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(0, top, width, TITLE_BLOCK_MM * dots))
    font = painter.font()
    font.setPointSizeF(12)
    painter.setFont(font)
    painter.drawText(QRectF(3 * dots, top + 2 * dots, width / 2, 8 * dots), Qt.AlignmentFlag.AlignLeft, block.title)
    font.setPointSizeF(9)
    painter.setFont(font)
    painter.drawText(QRectF(3 * dots, top + 10 * dots, width / 2, 8 * dots), Qt.AlignmentFlag.AlignLeft, block.subtitle)
    x = width / 2
    for swatch, label in block.legend:
        painter.drawImage(QRectF(x, top + 6 * dots, 8 * dots, 5 * dots), swatch, QRectF(swatch.rect()))
        painter.drawText(QRectF(x + 10 * dots, top + 6 * dots, 30 * dots, 6 * dots), Qt.AlignmentFlag.AlignLeft, label)
        x += 40 * dots


@dataclass
class PdfJob:
    snap: PlanSnapshot
    geometry: PageGeometry
    block: TitleBlock
    title: str


def write_pdf(job: PdfJob, path: Path, check: Check = lambda: None) -> int | None:
    """Write the PDF (any thread). Returns the scale used (None: fitted to the page)."""
    from PySide6.QtGui import QPdfWriter

    check()
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(job.title)
    writer.setCreator("NOMAD Desktop")
    writer.setPageLayout(page_layout(job.geometry.size_id))
    painter = QPainter(writer)
    painter.setRenderHints(RENDER_HINTS)
    play(painter, job.snap, writer)
    paint_title_block(painter, job.geometry, job.block)
    painter.end()
    return job.geometry.scale


def print_page(job: PdfJob, printer: QPrinter, check: Check = lambda: None) -> int | None:
    """Paint the page on the printer (any thread: Qt lets a worker paint a QPrinter); a cancel aborts
    the print run (printing to a file: the file is removed), so nothing half-drawn is printed.
    Returns the scale used (None: fitted)."""
    check()
    painter = QPainter(printer)
    if not painter.isActive():
        raise OSError("the printer could not be opened")
    try:
        painter.setRenderHints(RENDER_HINTS)
        play(painter, job.snap, printer)
        check()
        paint_title_block(painter, job.geometry, job.block)
        check()
    except BaseException:
        aborted = printer.abort()  # a printer's spool job is dropped
        painter.end()
        if not aborted and printer.outputFileName():
            Path(printer.outputFileName()).unlink(missing_ok=True)  # printing to a file: no half-drawn file left
        raise
    painter.end()
    return job.geometry.scale


class PlanPrinter(QObject):
    """Lays a floor out on a page: the plan at scale, a title block and the legend."""

    def title_block(self, title: str, scale: int | None, live: bool) -> TitleBlock:
        scale_text = self.tr("Scale 1:%1").replace("%1", str(scale)) if scale else self.tr("Fitted to the page (not to scale)")
        legend = [(status_swatch(s).toImage(), status_label(s)) for s in PLAN_STATUSES] if live else []
        return TitleBlock(title, f"{scale_text} — {format_date(date.today())} — NOMAD Desktop", legend)

    def prepare_pdf(self, scene: FloorPlanScene, *, title: str, page: str = "A4", scale: int | None = 0, live: bool = False) -> PdfJob:
        """Everything the worker needs, made on the UI thread (the scene is recorded here)."""
        source = floor_rect(scene)
        geometry = page_geometry(source, page, scale, PDF_DPI)
        return PdfJob(snapshot(scene, source, geometry.plan), geometry, self.title_block(title, geometry.scale, live), title)

    def prepare_print(self, printer: QPrinter, scene: FloorPlanScene, *, title: str, scale: int | None = 0, live: bool = False) -> PdfJob:
        """The page for the printer chosen in its dialog (A3 if it was picked, else A4), the scene recorded
        here on the UI thread for its resolution; `print_page` paints it off the UI thread."""
        page = "A3" if printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A3 else "A4"
        printer.setPageLayout(page_layout(QPageSize.PageSizeId.A3 if page == "A3" else QPageSize.PageSizeId.A4))
        source = floor_rect(scene)
        geometry = page_geometry(source, page, scale, printer.logicalDpiX())
        return PdfJob(snapshot(scene, source, geometry.plan), geometry, self.title_block(title, geometry.scale, live), title)
