"""Backdrops: plans made by Qt itself in every format are shown under the drawing; hostile and
broken files get a clear French-ready refusal and leave the floor unchanged."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from plan_support import plan, wait_saved
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtSvg import QSvgGenerator

from nomad_desktop.services import floors as floor_services
from ui.plan.backdrop import BackdropError, decode

__all__ = ["plan"]


def qt_png(width: int = 400, height: int = 200) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setPen(QColor("#000000"))
    painter.drawRect(10, 10, width - 20, height - 20)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def qt_svg() -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setViewBox(QRectF(0, 0, 300, 150))
    painter = QPainter(generator)
    painter.drawRect(10, 10, 280, 130)
    painter.drawLine(150, 10, 150, 140)
    painter.end()
    return bytes(buffer.data().data())


def qt_pdf(path: Path) -> bytes:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(writer)
    painter.setPen(QPen(QColor("#000000"), 20))
    painter.drawRect(500, 500, 3000, 2000)
    painter.drawText(600, 900, "Plan RDC")
    painter.end()
    return path.read_bytes()


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def decompression_bomb() -> bytes:
    """A tiny PNG that declares 200,000 × 200,000 pixels of zeros."""
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", 200_000, 200_000, 8, 0, 0, 0, 0))
    idat = png_chunk(b"IDAT", zlib.compress(b"\0" * 1_000_000, 9))
    return b"\x89PNG\r\n\x1a\n" + header + idat + png_chunk(b"IEND", b"")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE svg [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text>&lol9;</text></svg>"""

# Full SVG 1.1 features QtSvg (SVG Tiny) does not draw: the render is empty.
NOTHING_DRAWN_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">
<foreignObject width="200" height="100"><div xmlns="http://www.w3.org/1999/xhtml">plan</div></foreignObject></svg>"""


def test_plans_written_by_qt_in_every_format_decode_to_a_non_empty_image(qapp: Any, tmp_path: Path) -> None:
    for data, media_type in ((qt_png(), "image/png"), (qt_svg(), "image/svg+xml"), (qt_pdf(tmp_path / "p.pdf"), "application/pdf")):
        decoded = decode(data, media_type)
        assert not decoded.image.isNull() and decoded.image.width() > 100


@pytest.mark.parametrize(
    ("data", "media_type", "code"),
    [
        (decompression_bomb(), "image/png", "too_large"),
        (qt_png()[:300], "image/png", "unreadable"),
        (BILLION_LAUGHS, "image/svg+xml", "unsupported"),
        (NOTHING_DRAWN_SVG, "image/svg+xml", "empty_render"),
        (b"%PDF-1.4\n garbage that is no PDF", "application/pdf", "unreadable"),
        (b"PK\x03\x04", "application/zip", "unsupported"),
    ],
    ids=["decompression-bomb", "truncated-png", "billion-laughs", "svg-drawing-nothing", "damaged-pdf", "not-a-plan"],
)
def test_hostile_or_broken_backdrop_is_refused_with_a_code(qapp: Any, data: bytes, media_type: str, code: str) -> None:
    with pytest.raises(BackdropError) as refused:
        decode(data, media_type)
    assert refused.value.code == code


def test_manager_imports_a_png_plan_then_calibrates_it_by_two_clicks(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    view, store, ids = plan
    path = tmp_path / "plan.png"
    path.write_bytes(qt_png(480, 200))
    view.set_live(False)
    view.import_backdrop(path)
    qtbot.waitUntil(lambda: view.scene.backdrop_item is not None)
    wait_saved(qtbot, view)
    backdrop = floor_services.get_backdrop(store, floor_id=ids["floor"])
    assert backdrop is not None and backdrop.units_per_metre == pytest.approx(480 / 24)
    # Stretched over the 24 m floor until calibrated.
    assert view.scene.backdrop_item.sceneBoundingRect().width() == pytest.approx(2400, rel=0.01)
    # Two points that measure 12 m at the current scale are really 6 m apart.
    view.apply_calibration(12.0, 6.0)
    qtbot.waitUntil(lambda: floor_services.get_backdrop(store, floor_id=ids["floor"]).units_per_metre == pytest.approx(40))
    qtbot.waitUntil(lambda: view.scene.backdrop_item is not None and abs(view.scene.backdrop_item.sceneBoundingRect().width() - 1200) < 5)


def test_truncated_png_gives_a_clear_message_and_leaves_the_floor_unchanged(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    view, store, ids = plan
    path = tmp_path / "broken.png"
    path.write_bytes(qt_png()[:300])
    view.import_backdrop(path)
    qtbot.waitUntil(lambda: bool(getattr(view, "last_message", "")))
    assert "damaged" in view.last_message or "endommagé" in view.last_message
    assert floor_services.get_backdrop(store, floor_id=ids["floor"]) is None
    assert len(view.scene.items_by_id) == 5




def test_floor_exports_to_pdf_at_true_scale_png_svg_and_geojson(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    import json

    from pypdf import PdfReader

    from ui.plan.backdrop import decode as decode_file

    view, _store, _ids = plan
    pdf = tmp_path / "rdc.pdf"
    view.export_floor(pdf, page="A4")
    wait_saved(qtbot, view)  # written off the UI thread
    reader = PdfReader(str(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape, points
    text = reader.pages[0].extract_text()
    assert "RDC" in text and "1:100" in text  # 24 m (+ margins) = 250 mm at 1:100: fits 277 mm
    assert "Salle" in text and "Foch" in text  # room labels are legible at 1:100, so printed
    view.export_floor(tmp_path / "rdc-a3.pdf", page="A3")
    wait_saved(qtbot, view)
    assert round(float(PdfReader(str(tmp_path / "rdc-a3.pdf")).pages[0].mediabox.width)) == 1191
    view.export_floor(tmp_path / "rdc.png")
    wait_saved(qtbot, view)
    assert decode_file((tmp_path / "rdc.png").read_bytes(), "image/png").image.width() > 900
    view.export_floor(tmp_path / "rdc.svg")
    wait_saved(qtbot, view)
    assert decode_file((tmp_path / "rdc.svg").read_bytes(), "image/svg+xml").image.width() > 100
    view.export_floor(tmp_path / "rdc.geojson")
    wait_saved(qtbot, view)
    features = json.loads((tmp_path / "rdc.geojson").read_text())["features"]
    assert len(features) == 6


def test_a_geojson_file_that_is_not_one_leaves_the_floor_unchanged(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    view, store, ids = plan
    path = tmp_path / "bad.geojson"
    path.write_text("{ not json")
    view.import_geojson(path)
    qtbot.waitUntil(lambda: bool(getattr(view, "last_message", "")))
    from nomad_desktop.services import spaces as space_services

    assert len(space_services.list_spaces(store, floor_id=ids["floor"])) == 5
