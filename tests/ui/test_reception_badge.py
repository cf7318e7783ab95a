"""A badge printed to PDF reads back: label size, visitor's name, and a QR code that decodes to the visit id."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from nomad_desktop.services.records import VisitInfo
from ui.reception.badge import badge_for, save_badges_pdf

MM = 72 / 25.4


def _visit(**kw: object) -> VisitInfo:
    values: dict[str, object] = dict(
        id="5f0c1a2e-8d6b-4f7a-9c3e-0b1d2e3f4a5b", visitor_id="v", visitor_name="Hélène Dupré", company="Thales",
        host_agent_id="h", host_name="François Lemaître", expected_at=datetime(2026, 12, 1, 9, tzinfo=UTC), purpose="",
        category="contractor", status="checked_in", escort_required=True, id_check_required=True, id_checked_at=None,
        checked_in_at=datetime(2026, 12, 1, 9, 5, tzinfo=UTC), checked_out_at=None, badge_number="V-0003",
        site_name="Quartier Ney",
    )
    values.update(kw)
    return VisitInfo(**values)  # type: ignore[arg-type]


def _decode_first_page(path: Path, qapp: object) -> tuple[str, QImage]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    size = document.pagePointSize(0)
    image = document.render(0, QSize(round(size.width() * 6), round(size.height() * 6)))
    document.close()
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    raw = bytes(rgb.constBits())[: rgb.sizeInBytes()]
    import numpy as np

    array = np.frombuffer(raw, dtype=np.uint8).reshape(rgb.height(), rgb.bytesPerLine())[:, : rgb.width() * 3]
    array = array.reshape(rgb.height(), rgb.width(), 3)
    results = zxingcpp.read_barcodes(array)
    return (results[0].text if results else ""), image


@pytest.mark.parametrize("label,size_mm", [("card", (86, 54)), ("a6", (148, 105))])
def test_badge_pdf_has_the_label_size_the_name_and_a_qr_of_the_visit_id(
    qapp: object, tmp_path: Path, label: str, size_mm: tuple[int, int]
) -> None:
    visit = _visit()
    path = save_badges_pdf([badge_for(visit, "Europe/Paris")], tmp_path / "badge.pdf", label)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(size_mm[0] * MM, abs=1)
    assert float(box.height) == pytest.approx(size_mm[1] * MM, abs=1)
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in ("Hélène Dupré", "Thales", "V-0003", "François Lemaître"):
        assert expected in text
    assert "PRESTATAIRE" in text or "CONTRACTOR" in text  # the category is written, not only coloured
    decoded, _ = _decode_first_page(path, qapp)
    assert decoded == visit.id
