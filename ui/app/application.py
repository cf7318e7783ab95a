"""Starting the Qt application: settings, logging, translations, theme, workspace, window."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from nomad_desktop.errors import InstanceLockedError
from nomad_desktop.paths import default_data_dir, default_log_dir
from nomad_desktop.workspace import DEMO_SITE_CODE, Workspace
from ui.app import settings as options
from ui.app.context import AppContext
from ui.app.crash import install_excepthook
from ui.app.i18n import install_translators
from ui.app.logging_setup import setup_logging
from ui.app.settings import Settings
from ui.app.ui_thread_gc import UiThreadCollector
from ui.common.messages import error_message
from ui.tasks.operations import Op
from ui.theme import apply_theme

log = logging.getLogger("nomad")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Startup", text)


def create_qapplication() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("NOMAD Desktop")
    app.setOrganizationName("NOMAD")
    app.setApplicationVersion(__import__("nomad_desktop").__version__)
    return app


def open_demo_site(workspace: Workspace) -> None:
    """Open the demo site file, generating the demo data the first time."""
    from nomad_desktop.services import sites as site_services

    store = workspace.open_site(DEMO_SITE_CODE)
    if site_services.get_site(store) is None:
        from nomad_desktop.demo.generator import generate_demo_site  # heavy (holidays): first run only

        generate_demo_site(store)


def report_startup_error(message: str, *, headless: bool) -> None:
    print(message, file=sys.stderr)
    if not headless:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("NOMAD Desktop"), message)
        box.setAccessibleName(_tr("Error message"))
        box.exec()


def run_gui(args: argparse.Namespace) -> int:
    data_dir: Path = args.data_dir or default_data_dir()
    qapp = create_qapplication()
    collector = UiThreadCollector(qapp)  # before any worker thread starts
    settings = Settings(data_dir / "settings.ini" if args.data_dir else None)
    log_path = setup_logging(data_dir / "logs" if args.data_dir else default_log_dir())
    headless = args.screenshot is not None
    install_excepthook(log_path, interactive=not headless)
    install_translators(qapp, args.language or settings.get(options.LANGUAGE))
    apply_theme(qapp, settings.get(options.THEME))

    try:
        workspace = Workspace.open(data_dir)
    except InstanceLockedError as exc:
        report_startup_error(error_message(exc), headless=headless)
        return 2

    context = AppContext(workspace, settings, log_path)
    from ui.shell.main_window import MainWindow

    state = {"site_ready": False, "exit_code": 0}

    def open_demo() -> None:
        Op(context, lambda _ctx: open_demo_site(workspace) or workspace.site_code, parent=window).with_progress(
            _tr("Opening the demonstration site…")
        ).success(site_ready).run()

    window = MainWindow(context, open_demo=open_demo, opening=True)

    def open_requested_site(_ctx: object) -> str:
        # Runs on the database worker: lock is held; migrations and first-run demo happen here.
        if args.demo:
            open_demo_site(workspace)
        else:
            code = args.site or settings.get(options.LAST_SITE) or next(iter(workspace.site_codes()), "")
            if code:
                workspace.open_site(code)
        return workspace.site_code

    def site_ready(code: str) -> None:
        if code:
            settings.set(options.LAST_SITE, code)
        window.install_pages()
        state["site_ready"] = True
        collector.freeze_startup()  # the pages are built: what exists now stays

    def site_failed(exc: Exception) -> None:
        log.error("could not open the site", exc_info=exc)
        report_startup_error(error_message(exc), headless=headless)
        state["exit_code"] = 3
        qapp.exit(3)

    if args.view:
        window.show_view(args.view)
    if headless:
        width, height = (int(v) for v in args.size.lower().split("x"))
        window.resize(width, height)
    else:
        geometry = settings.raw().value("ui/geometry")
        if geometry is not None:
            window.restoreGeometry(geometry)
        else:
            window.resize(1440, 900)
    window.show()
    Op(context, open_requested_site, parent=window).success(site_ready).failure(site_failed).run()

    if headless:
        code = _screenshot(qapp, context, window, args.screenshot, lambda: bool(state["site_ready"]))
        return code if not state["exit_code"] else int(state["exit_code"])
    if args.quit_when == "shown":
        _quit_when(qapp, lambda: True)
    elif args.quit_when == "loaded":
        _quit_when(qapp, lambda: bool(state["site_ready"]) and not context.tasks.running)
    code = qapp.exec()
    context.shutdown()
    return int(state["exit_code"]) or code


def _quit_when(qapp: QApplication, condition: Callable[[], bool]) -> None:
    """Benchmark support: print the wall-clock instant the condition held, then quit."""

    def check() -> None:
        if condition():
            print(f"reached-at {time.time():.6f}", flush=True)
            qapp.quit()
        else:
            QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)


def _screenshot(qapp: QApplication, context: AppContext, window: QWidget, path: Path, ready: Callable[[], bool]) -> int:
    """Render the window once the site is open and every page has its data, save the PNG, exit."""
    result = {"code": 1}

    def grab_when_idle() -> None:
        if not ready() or context.tasks.running:
            QTimer.singleShot(50, grab_when_idle)
            return
        qapp.processEvents()
        path.parent.mkdir(parents=True, exist_ok=True)
        result["code"] = 0 if window.grab().save(str(path)) else 1
        qapp.quit()

    QTimer.singleShot(100, grab_when_idle)
    qapp.exec()
    context.shutdown()
    return result["code"]
