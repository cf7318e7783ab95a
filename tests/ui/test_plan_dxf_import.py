"""A site manager imports the architect's DXF: the layer wizard is prefilled, spaces and linework
appear on the floor, a report says what was skipped; a damaged DXF changes nothing."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from plan_support import plan, wait_saved

from nomad_desktop.services import floors as floor_services
from nomad_desktop.services import spaces as space_services

# The same fixture drawing as the core test, loaded by path (tests are not a package).
_spec = importlib.util.spec_from_file_location("plan_dxf_core_test", Path(__file__).parents[1] / "unit" / "test_plan_dxf.py")
assert _spec and _spec.loader
_core_test = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_core_test)
write_plan = _core_test.write_plan

__all__ = ["plan"]

#: A hang guard, not a speed limit: the DXF is read in a child process, slow to start on a busy machine.
READ_TIMEOUT_MS = 120_000


def test_manager_imports_a_dxf_through_the_layer_wizard(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    view, store, ids = plan
    view.set_live(False)
    view.floor_picker.setCurrentIndex(1)  # the empty floor
    qtbot.waitUntil(lambda: view.scene.floor is not None and view.scene.floor.id != ids["floor"])
    floor_id = view.scene.floor.id
    view.import_backdrop(write_plan(tmp_path / "plan.dxf"))
    qtbot.waitUntil(lambda: getattr(view, "dxf_wizard", None) is not None and view.dxf_wizard.isVisible(), timeout=READ_TIMEOUT_MS)
    wizard = view.dxf_wizard
    assert wizard.roles()["RM-OUTLINE"] == "rooms" and wizard.roles()["FURN-DESK"] == "desks"
    assert not wizard.unit_combo.isVisible()  # the file states metres
    wizard.accept()
    qtbot.waitUntil(lambda: bool(getattr(view, "dxf_report", "")))
    wait_saved(qtbot, view)
    names = sorted(s.name for s in space_services.list_spaces(store, floor_id=floor_id))
    assert "Salle Foch" in names and "Bureau 12" in names and len(names) == 5
    assert "1" in view.dxf_report and ("open outline" in view.dxf_report or "contour" in view.dxf_report)
    qtbot.waitUntil(lambda: len(view.scene.linework_items) >= 1 and len(view.scene.items_by_id) == 5)
    assert floor_services.get_backdrop(store, floor_id=floor_id).media_type == floor_services.LINEWORK_MEDIA_TYPE


def test_damaged_dxf_gives_a_clear_message_and_leaves_the_floor_unchanged(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    view, store, ids = plan
    path = tmp_path / "broken.dxf"
    path.write_bytes(b"0\nSECTION\n2\nENTITIES\n0\nLINE\n8\n" + b"\xff\xfe garbage" * 50)
    view.import_backdrop(path)
    qtbot.waitUntil(lambda: bool(getattr(view, "last_message", "")), timeout=READ_TIMEOUT_MS)
    assert "DXF" in view.last_message
    assert len(space_services.list_spaces(store, floor_id=ids["floor"])) == 5
    assert floor_services.get_backdrop(store, floor_id=ids["floor"]) is None


def test_revised_dxf_is_compared_then_applied_keeping_space_ids(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    view, store, ids = plan
    view.set_live(False)
    view.floor_picker.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.scene.floor is not None and view.scene.floor.id != ids["floor"])
    floor_id = view.scene.floor.id
    view.import_backdrop(write_plan(tmp_path / "v1.dxf"))
    qtbot.waitUntil(lambda: getattr(view, "dxf_wizard", None) is not None and view.dxf_wizard.isVisible(), timeout=READ_TIMEOUT_MS)
    view.dxf_wizard.accept()
    qtbot.waitUntil(lambda: len(space_services.list_spaces(store, floor_id=floor_id)) == 5 and len(view.spaces) == 5)
    wait_saved(qtbot, view)
    before = {s.name: s.id for s in space_services.list_spaces(store, floor_id=floor_id)}
    view.dxf_wizard = None
    view.import_backdrop(write_plan(tmp_path / "v2.dxf"))  # the same drawing again
    qtbot.waitUntil(lambda: getattr(view, "dxf_wizard", None) is not None and view.dxf_wizard.isVisible(), timeout=READ_TIMEOUT_MS)
    assert view.dxf_wizard.revised_check.isChecked()
    view.dxf_wizard.accept()
    qtbot.waitUntil(lambda: getattr(view, "revised_box", None) is not None and view.revised_box.isVisible())
    assert view.plan_diff.unchanged == 5 and not view.plan_diff.added and not view.plan_diff.removed
    from PySide6.QtWidgets import QMessageBox

    view.revised_box.button(QMessageBox.StandardButton.Yes).click()
    wait_saved(qtbot, view)
    assert {s.name: s.id for s in space_services.list_spaces(store, floor_id=floor_id)} == before


def test_reader_started_before_the_file_is_chosen_serves_the_import_and_ends_with_it(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    import multiprocessing

    from nomad_desktop.plans.dxf_process import DxfReader

    def readers() -> list[Any]:
        return [p for p in multiprocessing.active_children() if p.name == "nomad-dxf-reader"]

    view, store, ids = plan
    view.set_live(False)
    view.floor_picker.setCurrentIndex(1)  # the empty floor
    qtbot.waitUntil(lambda: view.scene.floor is not None and view.scene.floor.id != ids["floor"])
    floor_id = view.scene.floor.id
    # What choose_backdrop does before its file dialog (the dialog itself is modal: not driven here).
    spare = view.spare_dxf_reader = DxfReader()
    view.import_backdrop(write_plan(tmp_path / "plan.dxf"))
    assert view.spare_dxf_reader is None  # taken by this import
    qtbot.waitUntil(lambda: getattr(view, "dxf_wizard", None) is not None and view.dxf_wizard.isVisible(), timeout=READ_TIMEOUT_MS)
    assert readers() == [spare._child]  # the drawing waits in that process while the wizard is open
    view.dxf_wizard.accept()
    qtbot.waitUntil(lambda: bool(getattr(view, "dxf_report", "")), timeout=READ_TIMEOUT_MS)
    wait_saved(qtbot, view)
    assert "Salle Foch" in [s.name for s in space_services.list_spaces(store, floor_id=floor_id)]
    assert readers() == []  # the plan made, the process is gone
    # A wizard closed without importing ends its reader too.
    view.dxf_wizard = None
    view.import_backdrop(write_plan(tmp_path / "again.dxf"))
    qtbot.waitUntil(lambda: getattr(view, "dxf_wizard", None) is not None and view.dxf_wizard.isVisible(), timeout=READ_TIMEOUT_MS)
    assert len(readers()) == 1
    view.dxf_wizard.reject()
    qtbot.waitUntil(lambda: readers() == [], timeout=READ_TIMEOUT_MS)
