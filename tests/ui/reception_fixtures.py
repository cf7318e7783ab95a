"""A Reception page on a real demo data folder, with the app context and task manager of the product."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from nomad_desktop.clock import utc_now
from nomad_desktop.services import visits
from nomad_desktop.workspace import Workspace
from ui.app.context import AppContext
from ui.app.settings import Settings
from ui.reception.view import ReceptionView


@pytest.fixture
def reception(qtbot: QtBot, demo_data_dir: Path, tmp_path: Path) -> Iterator[ReceptionView]:
    workspace = Workspace.open(demo_data_dir)
    workspace.open_site("demo")
    app = AppContext(workspace, Settings(tmp_path / "settings.ini"))
    view = ReceptionView(app)
    view.board.operator = "Accueil Nord"
    # Not qtbot.addWidget: the view must outlive its last background operation (waited for below).
    view.resize(1200, 760)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.board.board is not None and view.admin.retention.text() != "", timeout=5000)
    yield view
    qtbot.waitUntil(lambda: app.tasks.running == 0, timeout=10000)
    view.on_site.timer.stop()
    app.changed.disconnect(view.on_changed)
    view.close()
    view.deleteLater()
    qtbot.wait(10)
    app.shutdown()


def _noon_today() -> datetime:
    tz = ZoneInfo("Europe/Paris")  # the demo site's zone
    return datetime.combine(utc_now().astimezone(tz).date(), time(12), tzinfo=tz).astimezone(UTC)


def register(view: ReceptionView, last_name: str, first_name: str = "", *, company: str = "",
             id_check_required: bool = False) -> str:
    """A visit registered as the central service would send it (the UI flow is tested on its own)."""
    visit = visits.register_visit(
        view.app.store, last_name=last_name, first_name=first_name, company=company, host_agent_id=None,
        expected_at=_noon_today(), id_check_required=id_check_required,
        acknowledge_watch=True,
    ).value
    view.app.broadcast_everything()
    return visit.id


def board_names(view: ReceptionView) -> list[str]:
    return [e.name for e in view.board.model.entries]


def entry(view: ReceptionView, name: str):  # type: ignore[no-untyped-def]
    board = view.board.board
    assert board is not None
    found = next((e for e in board.entries if e.name == name), None)
    assert found is not None, f"{name} is not on the board (yet)"
    return found


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard, accents included (QTest.keyClicks asserts on non-ASCII characters)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
