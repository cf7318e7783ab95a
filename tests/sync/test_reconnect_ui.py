"""A failed sync is retried by itself soon after the server can be reached again (real server stopped, restarted).

(Kept with the sync tests because it needs their loopback server fixtures.)
"""

from __future__ import annotations

import shutil

from loopback_server import free_port, start_server

from sync import credentials
from sync.errors import OfflineError
from sync.service import SyncConfig, probe_server
from ui.app import settings as options
from ui.app.context import AppContext
from ui.app.settings import Settings
from ui.syncpanel.controller import SITE_CODE, SyncController


def test_the_app_syncs_by_itself_once_a_stopped_server_is_back(
    qtbot, tmp_path, empty_template, server_db, tiny_site, manager_token, memory_keyring, qapp
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    (tmp_path / "data" / "sites").mkdir(parents=True)
    shutil.copy(empty_template, tmp_path / "data" / "sites" / "poste.sqlite")
    from nomad_desktop.workspace import Workspace

    workspace = Workspace.open(tmp_path / "data")
    workspace.open_site("poste")
    settings = Settings(tmp_path / "data" / "settings.ini")
    settings.set(options.SERVER_URL, url)
    settings.set(SITE_CODE, tiny_site)
    settings.set(options.PROXY_URL, "")
    credentials.store_token(url, tiny_site, manager_token)
    app = AppContext(workspace, settings)
    controller = SyncController(app)
    # Probe often so the test is short (the app starts at 2 s and backs off to 15 s).
    controller.watcher.first_delay_ms = 50
    controller.watcher.max_delay_ms = 200
    results: list[tuple[object, object]] = []
    controller.finished.connect(lambda report, error: results.append((report, error)))
    server = None
    try:
        # No server on the port: the sync fails for want of a connection and the watcher starts probing.
        assert not probe_server(controller.config())
        with qtbot.waitSignal(controller.finished, timeout=30_000):
            controller.sync_now()
        assert results[0][0] is None and isinstance(results[0][1], OfflineError)
        assert controller.watcher.watching
        qtbot.waitUntil(lambda: controller.watcher.failed_probes >= 2, timeout=30_000)
        assert len(results) == 1  # probing is not syncing: nothing was attempted while the server was away

        # The server comes back on the same address: the app notices and syncs without anyone asking.
        server = start_server(server_db, port=port)
        with qtbot.waitSignal(controller.watcher.returned, timeout=30_000):
            pass
        qtbot.waitUntil(lambda: len(results) == 2, timeout=30_000)
        report, error = results[1]
        assert error is None, error
        assert report.downloaded > 0
        assert not controller.watcher.watching and controller.last_error is None
    finally:
        if server is not None:
            server.stop()
        app.shutdown()


def test_probing_says_whether_the_server_answers(server) -> None:
    assert probe_server(SyncConfig(server_url=server.url, site_code="ANY", proxy=""))
    assert not probe_server(SyncConfig(server_url=f"http://127.0.0.1:{free_port()}", site_code="ANY", proxy=""))
    assert not probe_server(SyncConfig(server_url="", site_code=""))
