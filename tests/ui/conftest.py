"""UI fixtures: a main window on a copy of the demo site, settings in a temp folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from reception_fixtures import reception  # noqa: F401 - a fixture shared by the reception tests

from nomad_desktop.workspace import DEMO_SITE_CODE, Workspace
from ui.app.context import AppContext
from ui.app.i18n import install_translators
from ui.app.settings import Settings
from ui.shell.main_window import MainWindow


@pytest.fixture
def app_context(demo_data_dir: Path, qapp: object) -> Iterator[AppContext]:
    """An AppContext on a copy of the demo site, in French, as a person starts it."""
    install_translators(qapp, "fr")  # type: ignore[arg-type]
    workspace = Workspace.open(demo_data_dir)
    workspace.open_site(DEMO_SITE_CODE)
    context = AppContext(workspace, Settings(demo_data_dir / "settings.ini"))
    yield context
    context.shutdown()
    install_translators(qapp, "en")  # type: ignore[arg-type]


@pytest.fixture
def wait_idle(qtbot: QtBot) -> Callable[[AppContext], None]:
    """Wait until every background task has delivered its result to the UI thread."""

    def wait(context: AppContext, timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: context.tasks.running == 0, timeout=timeout)

    return wait


@pytest.fixture
def open_demo_window(qtbot: QtBot, app_context: AppContext, wait_idle: Callable[[AppContext], None]) -> Callable[[], MainWindow]:
    """Opens the main window on the demo site: shown, every page loaded (called when the test is ready for it)."""

    def open_window() -> MainWindow:
        window = MainWindow(app_context)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.load()
        wait_idle(app_context)
        return window

    return open_window

