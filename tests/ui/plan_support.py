"""Shared set-up of the plan page tests: a small real site, the page shown, and real mouse gestures
sent to the view's viewport (QTest.mouseMove cannot drag: the button must be held in the events)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from nomad_desktop.services import sites as site_services
from nomad_desktop.services import spaces as space_services
from nomad_desktop.workspace import Workspace
from ui.app.context import AppContext
from ui.app.settings import Settings
from ui.plan.scene import SCALE
from ui.plan.view import PlanView

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def rect(x: float, y: float, w: float, h: float) -> list[list[float]]:
    return [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]


@pytest.fixture
def plan(qtbot: Any, tmp_path: Path) -> Iterator[tuple[PlanView, Any, dict[str, str]]]:
    workspace = Workspace.open(tmp_path / "data")
    store = workspace.open_site("test")
    site_services.create_site(store, code="T", name="Test")
    building = site_services.create_building(store, code="A", name="Bâtiment A").value
    floor = site_services.create_floor(store, building_id=building.id, name="RDC", width_m=24, height_m=10).value
    site_services.create_floor(store, building_id=building.id, name="1er", level=1, width_m=24, height_m=10)
    ids = {"floor": floor.id}
    zone = space_services.create_space(store, floor_id=floor.id, kind="zone", name="Zone A", geometry=rect(0, 0, 10, 5), capacity=2, bookable=False).value
    ids["zone"] = zone.id
    for key, x in (("d1", 1.0), ("d2", 3.0)):
        ids[key] = space_services.create_space(store, floor_id=floor.id, kind="desk", name=f"Poste {key}", geometry=rect(x, 1, 1.6, 0.8), zone_id=zone.id).value.id
    ids["office"] = space_services.create_space(store, floor_id=floor.id, kind="office", name="Bureau 1", geometry=rect(12, 0, 4, 4)).value.id
    ids["meeting"] = space_services.create_space(store, floor_id=floor.id, kind="meeting_room", name="Salle Foch", geometry=rect(16, 0, 4, 4), capacity=4).value.id
    app = AppContext(workspace, Settings(tmp_path / "settings.ini"))
    view = PlanView(app)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: len(view.scene.items_by_id) == 5)
    view.set_live(False)
    view.canvas.zoom_to_fit()
    yield view, store, ids
    view.close()
    app.shutdown()


def wait_saved(qtbot: Any, view: PlanView) -> None:
    qtbot.waitUntil(lambda: view.pending_edits == 0 and view.app.tasks.running == 0)


def at(view: PlanView, x: float, y: float) -> QPoint:
    return view.canvas.mapFromScene(QPointF(x * SCALE, y * SCALE))


def send(view: PlanView, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton, buttons: Qt.MouseButton, modifiers: Qt.KeyboardModifier = NONE) -> None:
    viewport = view.canvas.viewport()
    event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def drag(view: PlanView, start: QPoint, end: QPoint, modifiers: Qt.KeyboardModifier = NONE, steps: int = 5) -> None:
    """Press, move with the button held (QTest.mouseMove cannot drag), release."""
    send(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT, modifiers)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        send(view, QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, LEFT, modifiers)
    send(view, QEvent.Type.MouseButtonRelease, end, LEFT, Qt.MouseButton.NoButton, modifiers)


def click(view: PlanView, pos: QPoint, modifiers: Qt.KeyboardModifier = NONE) -> None:
    send(view, QEvent.Type.MouseButtonPress, pos, LEFT, LEFT, modifiers)
    send(view, QEvent.Type.MouseButtonRelease, pos, LEFT, Qt.MouseButton.NoButton, modifiers)


def stored(store: Any, floor_id: str) -> dict[str, Any]:
    return {s.id: s for s in space_services.list_spaces(store, floor_id=floor_id)}
