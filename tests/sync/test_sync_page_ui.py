"""The Synchronisation page driven like a person would, against the reference server on loopback.

(Kept with the sync tests because it needs their loopback server fixtures.)
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select
from sync_helpers import make_engine

from nomad_desktop.model import Agent, Space
from nomad_desktop.services import bookings as booking_services
from nomad_desktop.workspace import Workspace
from sync import credentials
from ui.app import settings as options
from ui.app.context import AppContext
from ui.app.settings import Settings
from ui.syncpanel.controller import SITE_CODE
from ui.syncpanel.view import SyncView


@pytest.fixture
def app_context(tmp_path, empty_template, server, tiny_site, manager_token, memory_keyring, qapp):
    (tmp_path / "data" / "sites").mkdir(parents=True)
    shutil.copy(empty_template, tmp_path / "data" / "sites" / "poste.sqlite")
    workspace = Workspace.open(tmp_path / "data")
    workspace.open_site("poste")
    settings = Settings(tmp_path / "data" / "settings.ini")
    settings.set(options.SERVER_URL, server.url)
    settings.set(SITE_CODE, tiny_site)
    settings.set(options.PROXY_URL, "")
    credentials.store_token(server.url, tiny_site, manager_token)
    app = AppContext(workspace, settings)
    yield app
    app.shutdown()


def _book_desk(store, when: datetime) -> None:
    with store.read() as session:
        desk = session.scalars(select(Space).where(Space.kind == "desk").order_by(Space.name)).first()
        agent = session.scalars(select(Agent)).first()
    booking_services.book_space(store, space_id=desk.id, agent_id=agent.id, starts_at=when,
                                ends_at=when + timedelta(hours=1))


def test_sync_now_from_the_page_shows_history_and_a_conflict_resolved_by_keeping_the_servers(
    qtbot, app_context, server, tiny_site, manager_token, empty_copy
) -> None:
    view = SyncView(app_context)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    states: list[str] = []
    view.controller.state_changed.connect(states.append)
    with qtbot.waitSignal(view.controller.finished, timeout=30_000) as finished:
        qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    assert finished.args[1] is None, finished.args[1]
    qtbot.waitUntil(lambda: view.history_model.rowCount() == 1, timeout=10_000)
    assert view.history_model.item(0, 1).text().startswith("✓")
    assert any("Synchronising" in s for s in states)

    # Another station takes the desk first; this station's booking comes back as a conflict.
    other = empty_copy("other")
    make_engine(other, server.url, tiny_site, manager_token).sync()
    when = datetime(2034, 5, 2, 9, tzinfo=UTC)
    _book_desk(other, when)
    make_engine(other, server.url, tiny_site, manager_token).sync()
    _book_desk(app_context.store, when)
    with qtbot.waitSignal(view.controller.finished, timeout=30_000):
        qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.conflict_model.rowCount() == 1, timeout=10_000)
    assert "⚠" in view.conflict_model.item(0, 1).text()
    assert view.tabs.tabText(1).endswith("(1)")
    assert view.mine_button.isEnabled() and view.theirs_button.isEnabled()
    qtbot.waitUntil(lambda: any("conflict" in s for s in states), timeout=10_000)
    qtbot.mouseClick(view.theirs_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.conflict_model.rowCount() == 0, timeout=10_000)
    for widget in (view.sync_button, view.mine_button, view.theirs_button, view.url_edit, view.password_edit):
        assert widget.accessibleName()


def test_login_without_a_keyring_backend_says_so_and_stores_nothing(qtbot, app_context) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    view = SyncView(app_context)
    qtbot.addWidget(view)
    view.user_edit.setText("alice")
    view.password_edit.setText("secret")
    view.login()
    qtbot.waitUntil(lambda: view.login_state.text().startswith("✗"), timeout=10_000)
    assert "keyring" in view.login_state.text()
    assert view.password_edit.text() == ""


def test_a_space_changed_on_both_sides_is_resolved_by_typing_the_final_value_with_the_keyboard(
    qtbot, app_context, server, server_engine, tiny_site, manager_token, empty_copy
) -> None:
    from sync_helpers import server_rows

    from nomad_desktop.model import OutboxMutation
    from nomad_desktop.services import spaces as space_services

    station = app_context.store
    other = empty_copy("other")
    for store in (station, other):
        make_engine(store, server.url, tiny_site, manager_token).sync()
    with other.read() as session:
        space_id = session.scalars(select(Space.id).where(Space.deleted_at.is_(None)).order_by(Space.name)).first()
    # The other station renames the space first; this one renames it too, from the same base version.
    space_services.update_space(other, space_id=space_id, name="Salle du serveur")
    make_engine(other, server.url, tiny_site, manager_token).sync()
    space_services.update_space(station, space_id=space_id, name="Salle du poste")
    assert make_engine(station, server.url, tiny_site, manager_token).sync().rejected == 1

    view = SyncView(app_context)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.conflict_model.rowCount() == 1, timeout=10_000)
    view.tabs.setCurrentIndex(1)
    assert view.edit_button.isEnabled() and view.edit_button.accessibleName()
    view.edit_button.setFocus()
    qtbot.keyClick(view.edit_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.edit_dialog is not None and view.edit_dialog.isVisible(), timeout=5_000)
    dialog = view.edit_dialog
    editor = dialog.editors["name"]
    # Prefilled with the merged value (this station's for a text field), the server's shown beside it.
    assert editor.text() == "Salle du poste"
    assert dialog.focusWidget() is editor and editor.accessibleName()
    assert any("Salle du serveur" in label.text() for label in dialog.findChildren(QLabel))
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Salle Concorde")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.conflict_model.rowCount() == 0, timeout=10_000)

    # The typed value is a new local change in the outbox, based on the server's current version...
    with station.read() as session:
        pending = session.scalars(select(OutboxMutation).where(OutboxMutation.entity_id == space_id)).all()
        assert [(m.intent, m.fields.get("name")) for m in pending] == [("space.patch", "Salle Concorde")]
        assert pending[0].base_version == session.get(Space, space_id).version
        assert session.get(Space, space_id).name == "Salle Concorde"
    # ...that reaches the server without a new conflict, and then the other station.
    report = make_engine(station, server.url, tiny_site, manager_token).sync()
    assert (report.applied, report.rejected) == (1, 0)
    assert server_rows(server_engine, tiny_site)["space"][space_id]["name"] == "Salle Concorde"
    make_engine(other, server.url, tiny_site, manager_token).sync()
    with other.read() as session:
        assert session.get(Space, space_id).name == "Salle Concorde"


def test_an_edited_value_of_the_wrong_kind_is_refused_in_words() -> None:
    from nomad_desktop.errors import ValidationError
    from sync.conflicts import FieldDifference, edit_text, parse_edited

    assert parse_edited(" 12 ", 3) == 12
    assert parse_edited("2,5", 1.0) == 2.5
    assert parse_edited("oui", False) is True
    assert parse_edited('["wifi", "écran"]', ["wifi"]) == ["wifi", "écran"]
    assert parse_edited("", None) is None
    for text, like in (("douze", 3), ("peut-être", True), ('{"a": 1}', [])):
        with pytest.raises(ValidationError):
            parse_edited(text, like)
    assert edit_text(["wifi", "écran"]) == '["wifi", "écran"]'
    # A list's merged value keeps both sides' items.
    assert FieldDifference("equipment", ["wifi"], ["écran", "wifi"]).merged == ["wifi", "écran"]
