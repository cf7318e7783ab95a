"""Starting the Qt application: settings, logging, translations, theme, workspace, window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from nomad_desktop.errors import InstanceLockedError, NomadError
from nomad_desktop.paths import default_data_dir, default_log_dir
from nomad_desktop.services import sites as site_services
from nomad_desktop.workspace import DEMO_SITE_CODE, Workspace
from ui.app import settings as options
from ui.app.context import AppContext
from ui.app.crash import install_excepthook
from ui.app.i18n import install_translators
from ui.app.logging_setup import setup_logging
from ui.app.settings import Settings
from ui.common.messages import error_message
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
    from nomad_desktop.demo.generator import generate_demo_site

    store = workspace.open_site(DEMO_SITE_CODE)
    if site_services.get_site(store) is None:
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

    try:
        if args.demo:
            open_demo_site(workspace)
        else:
            code = args.site or settings.get(options.LAST_SITE) or next(iter(workspace.site_codes()), "")
            if code:
                workspace.open_site(code)
    except NomadError as exc:
        log.exception("could not open the site")
        report_startup_error(error_message(exc), headless=headless)
        workspace.close()
        return 3
    if workspace.site_code:
        settings.set(options.LAST_SITE, workspace.site_code)

    context = AppContext(workspace, settings, log_path)
    from ui.shell.main_window import MainWindow

    window_holder: list[MainWindow] = []

    def reopen_with_demo() -> None:
        # Swap to the demo site: a new window on the newly opened file.
        old = window_holder.pop()
        open_demo_site(workspace)
        settings.set(options.LAST_SITE, workspace.site_code)
        new = MainWindow(context, open_demo=None)
        window_holder.append(new)
        new.resize(old.size())
        new.show()
        new.load()
        old.close()
        old.deleteLater()

    window = MainWindow(context, open_demo=None if workspace.site_code == DEMO_SITE_CODE else reopen_with_demo)
    window_holder.append(window)
    if args.view:
        window.show_view(args.view)

    if headless:
        return _screenshot(qapp, context, window, args.screenshot, args.size)

    geometry = settings.raw().value("ui/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1440, 900)
    window.show()
    window.load()
    if args.quit_when == "shown":
        QTimer.singleShot(0, qapp.quit)
    elif args.quit_when == "loaded":
        _quit_when_idle(qapp, context)
    code = qapp.exec()
    context.shutdown()
    return code


def _quit_when_idle(qapp: QApplication, context: AppContext) -> None:
    def check() -> None:
        if context.tasks.running:
            QTimer.singleShot(5, check)
        else:
            qapp.quit()

    QTimer.singleShot(0, check)


def _screenshot(qapp: QApplication, context: AppContext, window: object, path: Path, size: str) -> int:
    """Render the window once every page has loaded its data, save the PNG, exit."""
    width, height = (int(v) for v in size.lower().split("x"))
    window.resize(width, height)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    window.load()  # type: ignore[attr-defined]
    result = {"code": 1}

    def grab_when_idle() -> None:
        if context.tasks.running:
            QTimer.singleShot(50, grab_when_idle)
            return
        qapp.processEvents()
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(path))  # type: ignore[attr-defined]
        result["code"] = 0 if ok else 1
        qapp.quit()

    QTimer.singleShot(100, grab_when_idle)
    qapp.exec()
    context.shutdown()
    return result["code"]
