"""Zoomed out, desks are drawn all at once by one item (their own items stay for clicks and
selection); zoomed in, one by one; exports always record full detail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from plan_support import at, click, plan, wait_saved
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from ui.plan.backdrop import decode
from ui.plan.desk_batch import BATCH_BELOW, SELECTED_COLOUR
from ui.plan.scene import SCALE

__all__ = ["plan"]
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def colour_at(view: Any, x: float, y: float) -> QColor:
    return view.canvas.viewport().grab().toImage().pixelColor(at(view, x, y))


def test_zoomed_out_desks_are_batched_and_still_drawn_clicked_and_selected(qtbot: Any, plan: Any) -> None:
    view, _store, ids = plan
    canvas, scene = view.canvas, view.scene
    desk = scene.items_by_id[ids["d1"]]
    assert not scene.batched and not desk.flags() & NO_CONTENTS  # the fixture's zoom shows desks one by one
    zone_tint = colour_at(view, 5, 3.5)
    canvas.resetTransform()
    canvas.scale(BATCH_BELOW / 2, BATCH_BELOW / 2)
    canvas.centerOn(12 * SCALE, 5 * SCALE)
    assert scene.batched and desk.flags() & NO_CONTENTS and scene.desk_batch.isVisible()
    assert colour_at(view, 1.8, 1.4) != zone_tint  # the desk's white top, drawn by the batch, over the zone
    click(view, at(view, 1.8, 1.4))  # its own item still answers the click
    assert scene.selected_ids() == [ids["d1"]]
    view.canvas.viewport().grab()  # a paint: the batch rebuilds its paths for the new selection
    paths = [group for cell in scene.desk_batch._paths.values() for group in cell]
    assert [p for p in paths if p[0].color() == QColor(SELECTED_COLOUR)]
    selected_path = next(path for pen, _b, path in paths if pen.color() == QColor(SELECTED_COLOUR))
    assert selected_path.boundingRect() == desk.polygon().boundingRect()  # that desk alone, outlined
    canvas.zoom_to_fit()
    assert not scene.batched and not desk.flags() & NO_CONTENTS and not scene.desk_batch.isVisible()


def test_export_while_zoomed_out_records_every_desk_at_full_detail(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    view, _store, _ids = plan
    view.canvas.resetTransform()
    view.canvas.scale(BATCH_BELOW / 2, BATCH_BELOW / 2)
    assert view.scene.batched
    path = tmp_path / "rdc.png"
    view.export_floor(path)
    wait_saved(qtbot, view)
    assert view.scene.batched  # back to batching once recorded
    image = decode(path.read_bytes(), "image/png").image
    # 40 px per metre from (-0.5 m, -0.5 m): the desk at (1, 1)-(2.6, 1.8) has its dark outline at x = 60 px.
    outline = [image.pixelColor(60 + dx, 76) for dx in (-1, 0, 1)]
    assert any(c.red() < 120 for c in outline)
