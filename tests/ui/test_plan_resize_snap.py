"""Resize handles and snapping, driven with real mouse events on the viewport (button held), each
gesture saved through the space services and undone to the exact geometry."""

from __future__ import annotations

from typing import Any

from plan_support import LEFT, at, click, drag, plan, send, stored, wait_saved
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor

from ui.plan.handles import Handle
from ui.plan.snapping import GUIDE_COLOUR

__all__ = ["plan"]

NO_BUTTON = Qt.MouseButton.NoButton


def colour_near(view: Any, centre: QPoint, colour: str, radius: int = 12) -> bool:
    """Whether the viewport shows `colour` (give or take antialiasing) within `radius` pixels."""
    image = view.canvas.viewport().grab().toImage()
    wanted = QColor(colour)
    for x in range(centre.x() - radius, centre.x() + radius + 1):
        for y in range(centre.y() - radius, centre.y() + radius + 1):
            if 0 <= x < image.width() and 0 <= y < image.height():
                c = image.pixelColor(x, y)
                if abs(c.red() - wanted.red()) + abs(c.green() - wanted.green()) + abs(c.blue() - wanted.blue()) < 40:
                    return True
    return False


def test_selected_room_shows_handles_and_hovering_one_highlights_it(qtbot: Any, plan: Any) -> None:
    view, _store, ids = plan
    click(view, at(view, 14, 2))
    handles = view.canvas.handles
    assert handles.target is view.scene.items_by_id[ids["office"]]
    assert len(handles.handles) == 8  # four corners and four edge middles
    corner = at(view, 16, 4)
    send(view, QEvent.Type.MouseMove, corner, NO_BUTTON, NO_BUTTON)
    assert handles.active == Handle("corner", 2)
    assert view.canvas.viewport().cursor().shape() == Qt.CursorShape.SizeFDiagCursor
    assert colour_near(view, corner, "#000091", radius=2)  # the hovered handle is filled
    # Two spaces selected: no handles (a resize concerns one outline).
    click(view, at(view, 18, 2), Qt.KeyboardModifier.ShiftModifier)
    assert handles.handles == []


def test_dragging_a_corner_then_an_edge_resizes_the_room_one_undo_step_each(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    original = stored(store, ids["floor"])[ids["office"]].geometry
    click(view, at(view, 14, 2))
    drag(view, at(view, 16, 4), at(view, 17.5, 6))  # the bottom-right corner; the top-left one stays put
    wait_saved(qtbot, view)
    corner_resized = ((12.0, 0.0), (17.5, 0.0), (17.5, 6.0), (12.0, 6.0))
    assert stored(store, ids["floor"])[ids["office"]].geometry == corner_resized
    assert view.undo_stack.count() == 1 and view.undo_stack.text(0) == "Resize"
    assert view.canvas.handles.target is view.scene.items_by_id[ids["office"]]
    assert (view.canvas.handles.handles[2][1].x(), view.canvas.handles.handles[2][1].y()) == (1750.0, 600.0)
    drag(view, at(view, 14.75, 6), at(view, 14.75, 7))  # the bottom edge's middle: height only
    wait_saved(qtbot, view)
    edge_resized = ((12.0, 0.0), (17.5, 0.0), (17.5, 7.0), (12.0, 7.0))
    assert stored(store, ids["floor"])[ids["office"]].geometry == edge_resized
    assert view.undo_stack.count() == 2
    view.undo_action.trigger()
    wait_saved(qtbot, view)
    assert stored(store, ids["floor"])[ids["office"]].geometry == corner_resized
    view.undo_action.trigger()
    wait_saved(qtbot, view)
    assert stored(store, ids["floor"])[ids["office"]].geometry == original
    assert view.scene.items_by_id[ids["office"]].geometry_with_offset() == original
    view.redo_action.trigger()
    view.redo_action.trigger()
    wait_saved(qtbot, view)
    assert stored(store, ids["floor"])[ids["office"]].geometry == edge_resized


def test_escape_during_a_resize_puts_the_outline_back_and_saves_nothing(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    original = stored(store, ids["floor"])[ids["office"]].geometry
    click(view, at(view, 14, 2))
    send(view, QEvent.Type.MouseButtonPress, at(view, 16, 4), LEFT, LEFT)
    send(view, QEvent.Type.MouseMove, at(view, 19, 7), NO_BUTTON, LEFT)
    assert view.scene.items_by_id[ids["office"]].geometry_with_offset() != original
    view.canvas.tool.cancel()
    send(view, QEvent.Type.MouseButtonRelease, at(view, 19, 7), LEFT, NO_BUTTON)
    wait_saved(qtbot, view)
    assert view.scene.items_by_id[ids["office"]].geometry_with_offset() == original
    assert view.undo_stack.count() == 0 and stored(store, ids["floor"])[ids["office"]].geometry == original


def test_dragged_room_snaps_its_corner_onto_a_neighbours_vertex_with_a_guide(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    view.snap_check.setChecked(False)  # no grid: only the neighbour's vertex can make it exact
    click(view, at(view, 18, 2))
    start = at(view, 18, 2)
    # Aimed three pixels beside the office's bottom-left corner (12, 4), as a hand would.
    end = at(view, 14, 6) + QPoint(3, -2)
    send(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for i in range(1, 6):
        send(view, QEvent.Type.MouseMove, start + (end - start) * (i / 5), NO_BUTTON, LEFT)
    snapper = view.canvas.snapper
    assert snapper.guide_shown() and snapper.last_kind == "vertex"
    assert colour_near(view, at(view, 12, 4), GUIDE_COLOUR)
    send(view, QEvent.Type.MouseButtonRelease, end, LEFT, NO_BUTTON)
    assert not snapper.guide_shown()
    assert not colour_near(view, at(view, 12, 4), GUIDE_COLOUR)
    wait_saved(qtbot, view)
    assert stored(store, ids["floor"])[ids["meeting"]].geometry == ((12.0, 4.0), (16.0, 4.0), (16.0, 8.0), (12.0, 8.0))


def test_alt_held_places_freely_without_snapping(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    view.snap_check.setChecked(False)
    click(view, at(view, 18, 2))
    drag(view, at(view, 18, 2), at(view, 14, 6) + QPoint(3, -2), Qt.KeyboardModifier.AltModifier)
    wait_saved(qtbot, view)
    corner = stored(store, ids["floor"])[ids["meeting"]].geometry[0]
    assert corner != (12.0, 4.0) and abs(corner[0] - 12.0) < 0.2 and abs(corner[1] - 4.0) < 0.2
    assert not view.canvas.snapper.guide_shown()


def test_a_drawn_room_starts_on_a_neighbours_edge(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    view.snap_check.setChecked(False)
    view.tool_actions["rectangle"].trigger()
    # Two pixels below the office's bottom wall (y = 4 m), then down to free space.
    drag(view, at(view, 13, 4) + QPoint(0, 2), at(view, 15, 7))
    wait_saved(qtbot, view)
    new = [s for s in stored(store, ids["floor"]).values() if s.id not in ids.values()]
    assert len(new) == 1 and new[0].geometry[0][1] == 4.0  # shares the wall exactly


def test_keyboard_resize_with_ctrl_arrows_merges_into_one_step_and_undoes_exactly(qtbot: Any, plan: Any) -> None:
    from PySide6.QtTest import QTest

    view, store, ids = plan
    original = stored(store, ids["floor"])[ids["office"]].geometry
    click(view, at(view, 14, 2))
    view.undo_stack.clear()
    for _ in range(3):
        QTest.keyClick(view.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_saved(qtbot, view)
    assert stored(store, ids["floor"])[ids["office"]].geometry == ((12.0, 0.0), (16.3, 0.0), (16.3, 5.0), (12.0, 5.0))
    assert view.undo_stack.count() == 1 and view.undo_stack.text(0) == "Resize"
    assert view.canvas.handles.active == Handle("edge", 2)  # the bottom side, last moved, is shown active
    view.undo_action.trigger()
    wait_saved(qtbot, view)
    assert stored(store, ids["floor"])[ids["office"]].geometry == original
