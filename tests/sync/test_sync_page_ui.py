"""The Synchronisation page driven like a person would, against the reference server on loopback.

(Kept with the sync tests because it needs their loopback server fixtures.)
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
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
