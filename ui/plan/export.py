"""Exporting a floor: PNG, SVG, and PDF on A4/A3 at a true scale (1:50 … 1:1000) or fitted, with a
title block and the legend; printing uses the same page layout."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator

from ui.common.formatting import format_date
from ui.plan.legend import status_swatch
from ui.plan.scene import SCALE, FloorPlanScene
from ui.theme import PLAN_STATUSES, status_label

STANDARD_SCALES = (50, 100, 200, 500, 1000)
MARGIN_MM = 10.0
TITLE_BLOCK_MM = 22.0


def floor_rect(scene: FloorPlanScene) -> QRectF:
    """The floor outline and every space, with a 50 cm margin (not the label layer's wide rect)."""
    rect = QRectF(0, 0, scene.floor.width_m * SCALE, scene.floor.height_m * SCALE) if scene.floor else QRectF()
    for item in scene.items_by_id.values():
        rect = rect.united(item.sceneBoundingRect())
    return rect.adjusted(-50, -50, 50, 50)


def export_png(scene: FloorPlanScene, path: Path, pixels_per_metre: float = 40.0) -> None:
    source = floor_rect(scene)
    size = QSize(max(1, round(source.width() / SCALE * pixels_per_metre)), max(1, round(source.height() / SCALE * pixels_per_metre)))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")


def export_svg(scene: FloorPlanScene, path: Path, title: str) -> None:
    source = floor_rect(scene)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setTitle(title)
    # 1 SVG unit = 1 cm: the drawing keeps its real proportions for CAD tools.
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()


class PlanPrinter(QObject):
    """Lays a floor out on a page: the plan at scale, a title block and the legend."""

    def choose_scale(self, scene: FloorPlanScene, page_mm: QSizeF) -> int | None:
        """Smallest standard scale at which the floor fits the page (None: it must be fitted)."""
        source = floor_rect(scene)
        width_m, height_m = source.width() / SCALE, source.height() / SCALE
        for scale in STANDARD_SCALES:
            if width_m * 1000 / scale <= page_mm.width() and height_m * 1000 / scale <= page_mm.height():
                return scale
        return None

    def export_pdf(self, scene: FloorPlanScene, path: Path, *, title: str, page: str = "A4", scale: int | None = 0, live: bool = False) -> int | None:
        """Write the PDF; `scale` 0 picks the best standard scale, None fits the page. Returns the scale used."""
        from PySide6.QtGui import QPdfWriter

        writer = QPdfWriter(str(path))
        writer.setTitle(title)
        writer.setCreator("NOMAD Desktop")
        return self.paint_page(writer, scene, title=title, page=page, scale=scale, live=live)

    def paint_page(self, device: QPagedPaintDevice, scene: FloorPlanScene, *, title: str, page: str = "A4", scale: int | None = 0, live: bool = False) -> int | None:
        size_id = QPageSize.PageSizeId.A3 if page == "A3" else QPageSize.PageSizeId.A4
        device.setPageLayout(QPageLayout(QPageSize(size_id), QPageLayout.Orientation.Landscape, QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))
        layout = device.pageLayout()
        paint_mm = layout.paintRect(QPageLayout.Unit.Millimeter)
        plan_mm = QSizeF(paint_mm.width(), paint_mm.height() - TITLE_BLOCK_MM)
        if scale == 0:
            scale = self.choose_scale(scene, plan_mm)
        painter = QPainter(device)
        dots_per_mm = device.logicalDpiX() / 25.4
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        source = floor_rect(scene)
        if scale:
            target_mm = QSizeF(source.width() / SCALE * 1000 / scale, source.height() / SCALE * 1000 / scale)
        else:
            ratio = min(plan_mm.width() / source.width(), plan_mm.height() / source.height())
            target_mm = QSizeF(source.width() * ratio, source.height() * ratio)
        target = QRectF(0, 0, target_mm.width() * dots_per_mm, target_mm.height() * dots_per_mm)
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        # Title block along the bottom of the page.
        top = (paint_mm.height() - TITLE_BLOCK_MM) * dots_per_mm
        width = paint_mm.width() * dots_per_mm
        painter.setPen(QPen(QColor("#161616"), max(1.0, 0.3 * dots_per_mm)))
        painter.drawRect(QRectF(0, top, width, TITLE_BLOCK_MM * dots_per_mm))
        font = painter.font()
        font.setPointSizeF(12)
        painter.setFont(font)
        scale_text = self.tr("Scale 1:%1").replace("%1", str(scale)) if scale else self.tr("Fitted to the page (not to scale)")
        painter.drawText(QRectF(3 * dots_per_mm, top + 2 * dots_per_mm, width / 2, 8 * dots_per_mm), Qt.AlignmentFlag.AlignLeft, title)
        font.setPointSizeF(9)
        painter.setFont(font)
        painter.drawText(QRectF(3 * dots_per_mm, top + 10 * dots_per_mm, width / 2, 8 * dots_per_mm), Qt.AlignmentFlag.AlignLeft,
                         f"{scale_text} — {format_date(date.today())} — NOMAD Desktop")
        if live:
            x = width / 2
            for status in PLAN_STATUSES:
                swatch = status_swatch(status)
                painter.drawPixmap(QRectF(x, top + 6 * dots_per_mm, 8 * dots_per_mm, 5 * dots_per_mm), swatch, QRectF(swatch.rect()))
                painter.drawText(QRectF(x + 10 * dots_per_mm, top + 6 * dots_per_mm, 30 * dots_per_mm, 6 * dots_per_mm), Qt.AlignmentFlag.AlignLeft, status_label(status))
                x += 40 * dots_per_mm
        painter.end()
        return scale
