"""PDF files to print: the day's bookings of a floor, and QR labels for desks and rooms.

Painted with QPdfWriter (no printer needed on isolated stations: the PDF goes to any printer).
Safe off the UI thread: QPdfWriter and QTextDocument are not widgets.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from nomad_desktop.services.exports import SpaceLabel
from nomad_desktop.services.records import BookingInfo
from ui.common.formatting import format_time
from ui.common.labels import booking_status_label


def _writer(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    writer.setTitle("NOMAD")
    return writer


def write_day_pdf(path: Path, *, title: str, bookings: Sequence[BookingInfo], timezone: str) -> None:
    """A table of the day's bookings (time, space, person, status), paginated by Qt."""
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in (
        QCoreApplication.translate("DayPrint", "Time"), QCoreApplication.translate("DayPrint", "Space"),
        QCoreApplication.translate("DayPrint", "Booked for"), QCoreApplication.translate("DayPrint", "Status")))
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in (
            f"{format_time(b.starts_at, timezone)} – {format_time(b.ends_at, timezone)}", b.space_name, b.person_name,
            booking_status_label(b.status))) + "</tr>"
        for b in bookings
    )
    document = QTextDocument()
    document.setHtml(f"<h2>{html.escape(title)}</h2><table width='100%' cellspacing='0' cellpadding='4' border='1'>"
                     f"<tr>{head}</tr>{rows}</table>")
    writer = _writer(path)
    document.print_(writer)


def write_labels_pdf(path: Path, labels: Sequence[SpaceLabel], *, columns: int = 3, rows: int = 8) -> None:
    """Sticker sheets: one label per cell with the space's name, its code and its QR code."""
    writer = _writer(path)
    painter = QPainter(writer)
    try:
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        width, height = page.width() / columns, page.height() / rows
        font = QFont()
        font.setPointSize(9)
        painter.setFont(font)
        for index, label in enumerate(labels):
            slot = index % (columns * rows)
            if index and slot == 0:
                writer.newPage()
            x, y = (slot % columns) * width, (slot // columns) * height
            cell = QRectF(x, y, width, height).adjusted(8, 8, -8, -8)
            painter.drawRect(cell)
            side = cell.height() - 16
            QSvgRenderer(QByteArray(label.qr_svg.encode())).render(painter, QRectF(cell.left() + 8, cell.top() + 8, side, side))
            text = QRectF(cell.left() + side + 24, cell.top() + 8, cell.width() - side - 32, cell.height() - 16)
            painter.drawText(text, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, f"{label.name}\n{label.code}")
    finally:
        painter.end()
