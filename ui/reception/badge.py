"""Visitor badges: name, company, host, day of validity, category by colour *and* text, QR of the visit id.

One painting routine serves the printer (QPrinter) and PDF files (QPdfWriter); it draws in
millimetres on a label of the chosen size (86×54 mm card by default).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import segno
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from nomad_desktop.services.records import VisitInfo
from ui.common.formatting import format_date, local
from ui.common.labels import visitor_category_label

#: Label sizes in millimetres (width, height), landscape.
LABEL_SIZES: dict[str, tuple[float, float]] = {
    "card": (86.0, 54.0),  # ISO/IEC 7810 ID-1, the usual badge holder
    "a7": (105.0, 74.0),
    "a6": (148.0, 105.0),
}
DEFAULT_LABEL = "card"

#: Category band colours (DSFR illustrative palette); the category is always written too.
CATEGORY_COLOURS = {
    "visitor": "#000091",
    "contractor": "#B34000",
    "official": "#6E445A",
    "delivery": "#18753C",
    "candidate": "#695240",
}


@dataclass(frozen=True)
class Badge:
    visit_id: str
    name: str
    company: str
    host: str
    valid_on: str  # localised day of validity
    category: str
    category_text: str
    badge_number: str
    site_name: str
    escort_required: bool


def badge_for(visit: VisitInfo, timezone: str) -> Badge:
    return Badge(
        visit_id=visit.id, name=visit.visitor_name, company=visit.company, host=visit.host_name,
        valid_on=format_date(local(visit.checked_in_at or visit.expected_at, timezone).date(), long=False),
        category=visit.category, category_text=visitor_category_label(visit.category),
        badge_number=visit.badge_number, site_name=visit.site_name, escort_required=visit.escort_required,
    )


def qr_image(text: str) -> QImage:
    """The QR code of `text` as a crisp black-on-white image (error correction M, quiet zone kept)."""
    buffer = io.BytesIO()
    segno.make_qr(text, error="m").save(buffer, kind="png", scale=10, border=4)
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")
    return image


def paint_badge(painter: QPainter, badge: Badge, width_mm: float, height_mm: float, dots_per_mm: float) -> None:
    """Draw one badge filling the painter's page, laid out in millimetres (device pixels = mm × `dots_per_mm`)."""

    def mm(value: float) -> float:
        return value * dots_per_mm

    def font(size_mm: float, bold: bool = False) -> QFont:
        # Pixel sizes, not points: the painter draws in device pixels, so metrics and drawing agree.
        f = QFont()
        f.setBold(bold)
        f.setPixelSize(max(1, round(mm(size_mm))))
        return f

    painter.save()
    scale = height_mm / 54.0  # text grows with the label
    band = 9.0 * scale
    colour = QColor(CATEGORY_COLOURS.get(badge.category, "#3A3A3A"))
    painter.fillRect(QRectF(0, 0, mm(width_mm), mm(band)), colour)
    painter.setPen(QColor("white"))
    painter.setFont(font(4.2 * scale, bold=True))
    header = QRectF(mm(3 * scale), 0, mm(width_mm - 6 * scale), mm(band))
    painter.drawText(header, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, badge.category_text.upper())
    painter.drawText(header, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, badge.badge_number)
    qr_side = min(height_mm - band - 6 * scale, width_mm * 0.38)
    qr_rect = QRectF(mm(width_mm - qr_side - 3 * scale), mm(band + 3 * scale), mm(qr_side), mm(qr_side))
    painter.drawImage(qr_rect, qr_image(badge.visit_id))
    text_width = qr_rect.left() - mm(5 * scale)
    painter.setPen(QColor("#161616"))
    y = band + 3 * scale
    for text, size, bold in (
        (badge.name, 5.0, True),
        (badge.company, 3.4, False),
        (QCoreApplication.translate("Badge", "Host: %1").replace("%1", badge.host) if badge.host else "", 3.0, False),
        (QCoreApplication.translate("Badge", "Valid on %1").replace("%1", badge.valid_on), 3.0, False),
        (QCoreApplication.translate("Badge", "Must be escorted") if badge.escort_required else "", 3.0, True),
        (badge.site_name, 2.6, False),
    ):
        if not text:
            continue
        painter.setFont(font(size * scale, bold))
        line = QRectF(mm(3 * scale), mm(y), text_width, mm(size * scale * 1.5))
        shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, round(text_width))
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        y += size * scale * 1.55
    # The category colour again at the bottom edge, visible when the badge hangs reversed.
    painter.fillRect(QRectF(0, mm(height_mm - 2.5 * scale), mm(width_mm), mm(2.5 * scale)), colour)
    painter.restore()


def setup_page(device: QPagedPaintDevice, label: str) -> tuple[float, float]:
    width, height = LABEL_SIZES.get(label, LABEL_SIZES[DEFAULT_LABEL])
    layout = QPageLayout(QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, "badge"),
                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    device.setPageLayout(layout)
    return width, height


def paint_badges(device: QPagedPaintDevice, badges: list[Badge], label: str = DEFAULT_LABEL) -> None:
    """Paint one badge per page on a printer or a PDF writer."""
    width, height = setup_page(device, label)
    painter = QPainter(device)
    try:
        dots_per_mm = device.logicalDpiX() / 25.4
        for index, badge in enumerate(badges):
            if index:
                device.newPage()
            paint_badge(painter, badge, width, height, dots_per_mm)
    finally:
        painter.end()


def save_badges_pdf(badges: list[Badge], path: Path, label: str = DEFAULT_LABEL) -> Path:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(QCoreApplication.translate("Badge", "Visitor badge"))
    writer.setCreator("NOMAD Desktop")
    paint_badges(writer, badges, label)
    return path
