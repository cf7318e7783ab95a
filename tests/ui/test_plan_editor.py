"""The floor plan editor driven like a person would: real mouse events on the viewport, keyboard,
and every edit saved through services (checked in the real SQLite file) and undone exactly."""

from __future__ import annotations

from typing import Any

import pytest
from plan_support import LEFT, at, click, drag, plan, stored, wait_saved
from PySide6.QtCore import Qt

__all__ = ["plan"]


def test_designer_drags_two_desks_and_undo_redo_restore_exact_geometry(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    original = {k: stored(store, ids["floor"])[ids[k]].geometry for k in ("d1", "d2")}
    click(view, at(view, 1.8, 1.4))
    click(view, at(view, 3.8, 1.4), Qt.KeyboardModifier.ShiftModifier)
    assert set(view.scene.selected_ids()) == {ids["d1"], ids["d2"]}
    drag(view, at(view, 1.8, 1.4), at(view, 3.8, 3.4))
    wait_saved(qtbot, view)
    moved = stored(store, ids["floor"])
    dx = moved[ids["d1"]].geometry[0][0] - original["d1"][0][0]
    dy = moved[ids["d1"]].geometry[0][1] - original["d1"][0][1]
    assert dx == pytest.approx(2.0, abs=0.1) and dy == pytest.approx(2.0, abs=0.1)
    assert moved[ids["d2"]].geometry[0][0] - original["d2"][0][0] == pytest.approx(dx)
    assert view.undo_stack.count() == 1
    view.undo_action.trigger()
    wait_saved(qtbot, view)
    assert {k: stored(store, ids["floor"])[ids[k]].geometry for k in ("d1", "d2")} == original
    assert view.scene.items_by_id[ids["d1"]].geometry_with_offset() == original["d1"]
    view.redo_action.trigger()
    wait_saved(qtbot, view)
    assert stored(store, ids["floor"])[ids["d1"]].geometry == moved[ids["d1"]].geometry


def test_designer_draws_a_room_rectangle_and_undo_redo_keep_its_id(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    view.tool_actions["rectangle"].trigger()
    view.room_kind.setCurrentIndex(view.room_kind.findData("meeting_room"))
    drag(view, at(view, 12, 5), at(view, 18, 9))
    wait_saved(qtbot, view)
    new = [s for s in stored(store, ids["floor"]).values() if s.id not in ids.values()]
    assert len(new) == 1 and new[0].kind == "meeting_room"
    assert new[0].geometry == ((12.0, 5.0), (18.0, 5.0), (18.0, 9.0), (12.0, 9.0))
    view.undo_action.trigger()
    wait_saved(qtbot, view)
    assert new[0].id not in stored(store, ids["floor"]) and new[0].id not in view.scene.items_by_id
    view.redo_action.trigger()
    wait_saved(qtbot, view)
    assert stored(store, ids["floor"])[new[0].id].geometry == new[0].geometry
    assert new[0].id in view.scene.items_by_id


def test_designer_draws_an_l_shaped_room_by_clicking_corners_and_pressing_enter(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    view.tool_actions["polygon"].trigger()
    for x, y in ((1, 6), (8, 6), (8, 9), (4, 9), (4, 8), (1, 8)):
        click(view, at(view, x, y))
    qtbot.keyClick(view.canvas, Qt.Key.Key_Return)
    wait_saved(qtbot, view)
    new = [s for s in stored(store, ids["floor"]).values() if s.id not in ids.values()]
    assert len(new) == 1 and len(new[0].geometry) == 6
    assert new[0].geometry[1] == pytest.approx((8.0, 6.0), abs=0.1)


def test_designer_places_a_row_of_four_desks_in_a_zone_with_spacing(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    view.tool_actions["desk"].trigger()
    view.desk_count.setValue(4)
    view.desk_spacing.setValue(0.2)
    click(view, at(view, 1, 3))
    wait_saved(qtbot, view)
    desks = sorted((s for s in stored(store, ids["floor"]).values() if s.id not in ids.values()), key=lambda s: s.geometry[0][0])
    assert len(desks) == 4
    assert all(d.zone_id == ids["zone"] and d.kind == "desk" for d in desks)
    assert desks[1].geometry[0][0] - desks[0].geometry[0][0] == pytest.approx(1.8)
    assert len({d.name for d in desks}) == 4
    assert view.undo_stack.count() == 1  # one gesture, one step
    view.undo_action.trigger()
    wait_saved(qtbot, view)
    assert len(stored(store, ids["floor"])) == 5


def test_keyboard_nudges_merge_into_one_undo_step(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    before = stored(store, ids["floor"])[ids["office"]].geometry
    view.scene.select_ids([ids["office"]])
    view.canvas.setFocus()
    for _ in range(3):
        qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    wait_saved(qtbot, view)
    after = stored(store, ids["floor"])[ids["office"]].geometry
    assert after[0] == pytest.approx((before[0][0] + 0.3, before[0][1] + 1.0))
    assert view.undo_stack.count() == 1
    view.undo_action.trigger()
    wait_saved(qtbot, view)
    assert stored(store, ids["floor"])[ids["office"]].geometry == before


def test_delete_duplicate_and_rotate_are_each_undone_exactly(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    floor = ids["floor"]
    view.scene.select_ids([ids["d1"]])
    view.rotate_action.trigger()
    wait_saved(qtbot, view)
    rotated = stored(store, floor)[ids["d1"]].geometry
    assert rotated != ((1.0, 1.0), (2.6, 1.0), (2.6, 1.8), (1.0, 1.8))
    view.duplicate_action.trigger()
    wait_saved(qtbot, view)
    assert len(stored(store, floor)) == 6
    copy = next(s for s in stored(store, floor).values() if s.id not in ids.values())
    assert copy.geometry[0] == pytest.approx((rotated[0][0] + 0.5, rotated[0][1] + 0.5))
    view.scene.select_ids([ids["office"]])
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Delete)
    wait_saved(qtbot, view)
    assert ids["office"] not in stored(store, floor)
    for _ in range(3):
        view.undo_action.trigger()
        wait_saved(qtbot, view)
    final = stored(store, floor)
    assert set(final) == {v for k, v in ids.items() if k != "floor"}
    assert final[ids["d1"]].geometry == ((1.0, 1.0), (2.6, 1.0), (2.6, 1.8), (1.0, 1.8))


def test_rubber_band_selects_the_spaces_it_contains(qtbot: Any, plan: Any) -> None:
    view, _store, ids = plan
    drag(view, at(view, 11, -0.5), at(view, 21, 4.5))
    assert set(view.scene.selected_ids()) == {ids["office"], ids["meeting"]}
    # The list twin follows the map.
    assert set(view.space_list.selected_ids()) == {ids["office"], ids["meeting"]}


def test_properties_of_several_spaces_are_edited_at_once_and_undone(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    view.scene.select_ids([ids["d1"], ids["d2"]])
    panel = view.properties
    assert panel.name_edit.text() == "" and panel.name_edit.placeholderText()  # names differ
    panel.capacity_spin.setValue(2)
    panel.equipment_edit.setText("écran, dock")
    panel.equipment_edit.textEdited.emit("écran, dock")
    qtbot.mouseClick(panel.apply_button, LEFT)
    wait_saved(qtbot, view)
    spaces = stored(store, ids["floor"])
    assert spaces[ids["d1"]].capacity == 2 and spaces[ids["d2"]].equipment == ("écran", "dock")
    assert spaces[ids["d1"]].name == "Poste d1"  # untouched fields stay
    view.undo_action.trigger()
    wait_saved(qtbot, view)
    spaces = stored(store, ids["floor"])
    assert spaces[ids["d1"]].capacity == 1 and spaces[ids["d2"]].equipment == ()


def test_checks_panel_lists_an_overlap_and_a_click_selects_the_culprits(qtbot: Any, plan: Any) -> None:
    view, _store, ids = plan
    view.scene.select_ids([ids["meeting"]])
    view.canvas.setFocus()
    for _ in range(10):  # 1 m to the left: 1 m × 4 m over the office
        qtbot.keyClick(view.canvas, Qt.Key.Key_Left)
    wait_saved(qtbot, view)
    qtbot.waitUntil(lambda: any(i.code == "overlap" for i in view.issues))
    first = view.checks.model.index(0)
    assert "Bureau 1" in first.data() and "Salle Foch" in first.data()
    view.scene.clearSelection()
    # Chosen by keyboard: focus the list, go to the first line, Enter.
    view.side_tabs.setCurrentWidget(view.checks)
    view.checks.issue_list.setFocus()
    view.checks.issue_list.setCurrentIndex(first)
    qtbot.keyClick(view.checks.issue_list, Qt.Key.Key_Return)
    assert set(view.scene.selected_ids()) == {ids["office"], ids["meeting"]}
    # Undo (one step: the nudges merged) and the finding goes at once, from the floor's kept checks.
    view.undo_stack.undo()
    wait_saved(qtbot, view)
    qtbot.waitUntil(lambda: not any(i.code == "overlap" for i in view.issues))
    assert view.checker is not None and view.checker.issues() == view.issues


def test_spaces_copied_on_one_floor_are_pasted_on_another(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    view.scene.select_ids([ids["office"]])
    view.copy_action.trigger()
    view.floor_picker.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.scene.floor is not None and view.scene.floor.id != ids["floor"])
    other = view.scene.floor.id
    view.paste_action.trigger()
    wait_saved(qtbot, view)
    pasted = list(stored(store, other).values())
    assert [(s.name, s.geometry) for s in pasted] == [("Bureau 1", ((12.0, 0.0), (16.0, 0.0), (16.0, 4.0), (12.0, 4.0)))]
    # Each floor has its own undo history.
    assert view.undo_stack.count() == 1


def test_dragging_a_large_selection_moves_an_outline_then_every_desk_in_one_step(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    view.tool_actions["desk"].trigger()
    view.desk_count.setValue(40)
    click(view, at(view, 0, 6))
    wait_saved(qtbot, view)
    desks = [s for s in stored(store, ids["floor"]).values() if s.id not in ids.values()]
    assert len(desks) == 40
    view.tool_actions["select"].trigger()
    view.scene.select_ids([d.id for d in desks])
    first = view.scene.items_by_id[desks[0].id]
    grab = first.polygon().boundingRect().center()
    start = view.canvas.mapFromScene(grab)
    end = view.canvas.mapFromScene(grab.x(), grab.y() + 200)
    drag(view, start, end)
    wait_saved(qtbot, view)
    after = stored(store, ids["floor"])
    for desk in desks:
        assert after[desk.id].geometry[0][1] == pytest.approx(desk.geometry[0][1] + 2.0, abs=0.15)
    assert view.scene.selected_ids() and view.undo_stack.count() == 2
    view.undo_action.trigger()
    wait_saved(qtbot, view)
    assert {d.id: stored(store, ids["floor"])[d.id].geometry for d in desks} == {d.id: d.geometry for d in desks}


def test_selection_is_aligned_and_distributed_in_one_undo_step_each(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    floor = ids["floor"]
    view.scene.select_ids([ids["d1"], ids["d2"], ids["office"]])
    view.arrange_actions["top"].trigger()
    wait_saved(qtbot, view)
    tops = {k: min(p[1] for p in stored(store, floor)[ids[k]].geometry) for k in ("d1", "d2", "office")}
    assert set(tops.values()) == {0.0}
    view.arrange_actions["x"].trigger()
    wait_saved(qtbot, view)
    spaces = stored(store, floor)
    _left_d1, right_d1 = spaces[ids["d1"]].geometry[0][0], spaces[ids["d1"]].geometry[1][0]
    left_d2, right_d2 = spaces[ids["d2"]].geometry[0][0], spaces[ids["d2"]].geometry[1][0]
    left_office = spaces[ids["office"]].geometry[0][0]
    assert left_d2 - right_d1 == pytest.approx(left_office - right_d2)  # equal gaps
    view.undo_action.trigger()
    wait_saved(qtbot, view)
    view.undo_action.trigger()
    wait_saved(qtbot, view)
    assert stored(store, floor)[ids["d1"]].geometry == ((1.0, 1.0), (2.6, 1.0), (2.6, 1.8), (1.0, 1.8))


def test_manager_puts_two_desks_out_of_service_and_undoes_it(qtbot: Any, plan: Any) -> None:
    from nomad_desktop.clock import utc_now
    from nomad_desktop.services import outages

    view, store, ids = plan
    desks = [ids["d1"], ids["d2"]]
    view.scene.select_ids(desks)
    view.side_tabs.setCurrentIndex(1)  # Details: the properties of the selection
    panel = view.properties
    qtbot.mouseClick(panel.out_check, LEFT)
    panel.out_reason.setText("Travaux")
    assert panel.out_check.isChecked() and panel.apply_button.isEnabled(), (panel.out_check.checkState(), panel._dirty)
    qtbot.mouseClick(panel.apply_button, LEFT)
    assert view.undo_stack.count() == 1
    wait_saved(qtbot, view)
    assert outages.out_of_service_now(store, space_ids=desks, at=utc_now()) == set(desks)
    qtbot.waitUntil(lambda: panel.out_check.checkState() == Qt.CheckState.Checked)
    view.day_picker.shift(1)  # from now on: tomorrow is surely covered, this morning maybe not
    view.set_live(True)
    qtbot.waitUntil(lambda: view.scene.items_by_id[ids["d1"]].status == "out_of_service")
    view.undo_action.trigger()
    wait_saved(qtbot, view)
    assert outages.out_of_service_now(store, space_ids=desks, at=utc_now()) == set()


def test_a_large_drag_paints_its_outline_over_a_still_image_of_the_view(qtbot: Any, plan: Any) -> None:
    from plan_support import send
    from PySide6.QtCore import QEvent

    view, store, ids = plan
    view.tool_actions["desk"].trigger()
    view.desk_count.setValue(40)
    click(view, at(view, 0, 6))
    wait_saved(qtbot, view)
    desks = [s for s in stored(store, ids["floor"]).values() if s.id not in ids.values()]
    view.tool_actions["select"].trigger()
    view.scene.select_ids([d.id for d in desks])
    start, end = at(view, 0.8, 6.4), at(view, 0.8, 8.4)
    send(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    send(view, QEvent.Type.MouseMove, end, Qt.MouseButton.NoButton, LEFT)
    assert view.canvas._frozen is not None  # the floor is not repainted on every move
    image = view.canvas.viewport().grab().toImage()
    ghost_edge = at(view, 0.0, 8.0)  # the first desk's outline, moved 2 m down
    navy = [image.pixelColor(ghost_edge.x() + dx, ghost_edge.y() + dy) for dx in range(0, 30) for dy in (-1, 0, 1)]
    assert any(c.blue() > 100 and c.red() < 80 and c.green() < 80 for c in navy), "the moving outline is painted"
    send(view, QEvent.Type.MouseButtonRelease, end, LEFT, Qt.MouseButton.NoButton)
    assert view.canvas._frozen is None
    wait_saved(qtbot, view)
    assert stored(store, ids["floor"])[desks[0].id].geometry[0][1] == pytest.approx(desks[0].geometry[0][1] + 2.0, abs=0.15)
