"""Backdrop safety: QtSvg's warnings are kept (it draws what it can and only logs the rest), an SVG
that draws nothing is refused with a clear message and no change, huge photos are downsampled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from plan_support import plan, wait_saved
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader

from nomad_desktop.services import floors as floor_services
from ui.plan.backdrop import ALLOCATION_LIMIT_MB, MAX_SIDE, BackdropError, decode
from ui.plan.messages import backdrop_message

__all__ = ["plan"]

# Full SVG 1.1 that QtSvg (SVG Tiny) does not draw: nothing at all comes out.
NOTHING_DRAWN_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">
<foreignObject width="200" height="100"><div xmlns="http://www.w3.org/1999/xhtml">plan</div></foreignObject></svg>"""

# A plan whose walls draw, with a reference QtSvg cannot resolve: it logs a warning and goes on.
PARTLY_DRAWN_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150">
<rect x="10" y="10" width="280" height="130" fill="none" stroke="black" stroke-width="4"/>
<use href="#stair-symbol-from-another-file"/></svg>"""


def encoded(image: QImage, fmt: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    return bytes(buffer.data().data())


def test_qtsvg_warnings_are_captured_with_the_partly_drawn_plan(qapp: Any) -> None:
    decoded = decode(PARTLY_DRAWN_SVG, "image/svg+xml")
    assert not decoded.image.isNull()
    assert any("stair-symbol-from-another-file" in w for w in decoded.warnings)
    # Captured for this decode only: the next clean one starts empty.
    clean = PARTLY_DRAWN_SVG.replace(b'<use href="#stair-symbol-from-another-file"/>', b"")
    assert decode(clean, "image/svg+xml").warnings == ()


def test_svg_drawing_nothing_is_refused_clearly_and_the_floor_is_unchanged(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    view, store, ids = plan
    path = tmp_path / "plan-html.svg"
    path.write_bytes(NOTHING_DRAWN_SVG)
    view.import_backdrop(path)
    qtbot.waitUntil(lambda: bool(getattr(view, "last_message", "")))
    wait_saved(qtbot, view)
    assert view.last_message == backdrop_message(BackdropError("empty_render"))
    assert "draws nothing" in view.last_message or "n'affiche rien" in view.last_message  # English source or French
    assert floor_services.get_backdrop(store, floor_id=ids["floor"]) is None
    assert view.scene.backdrop_item is None and len(view.scene.items_by_id) == 5


def test_partly_drawn_svg_is_imported_and_the_page_says_parts_are_missing(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    view, store, ids = plan
    path = tmp_path / "plan.svg"
    path.write_bytes(PARTLY_DRAWN_SVG)
    view.import_backdrop(path)
    qtbot.waitUntil(lambda: view.scene.backdrop_item is not None)
    wait_saved(qtbot, view)
    assert floor_services.get_backdrop(store, floor_id=ids["floor"]) is not None
    shown = view.status_line.text()
    assert "1" in shown and ("could not be shown" in shown or "pas pu être affiché" in shown)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_huge_photo_of_a_plan_is_downsampled_on_read(qapp: Any, fmt: str) -> None:
    assert QImageReader.allocationLimit() == ALLOCATION_LIMIT_MB  # set explicitly, not Qt's default
    image = QImage(12_000, 600, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    image.setPixel(5, 5, 0)
    decoded = decode(encoded(image, fmt), "image/png" if fmt == "PNG" else "image/jpeg")
    assert decoded.image.width() == MAX_SIDE
    assert decoded.image.height() == round(600 * MAX_SIDE / 12_000)
