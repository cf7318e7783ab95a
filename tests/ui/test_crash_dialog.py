"""An unhandled exception is logged and explained in French instead of a silent exit."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ui.app.crash import install_excepthook
from ui.app.i18n import install_translators
from ui.app.logging_setup import setup_logging


def test_unhandled_exception_shows_a_french_dialog_and_is_logged(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    log_path = setup_logging(tmp_path / "logs")
    install_translators(qapp, "fr")
    seen: dict[str, str] = {}

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.update(title=box.windowTitle(), text=box.text(), info=box.informativeText())
        box.accept()

    previous = sys.excepthook
    install_excepthook(log_path)
    try:
        QTimer.singleShot(20, read_and_close)
        try:
            raise ValueError("plan introuvable")
        except ValueError:
            sys.excepthook(*sys.exc_info())  # what Python does with an uncaught exception
    finally:
        sys.excepthook = previous
        install_translators(qapp, "en")
        for handler in list(logging.getLogger().handlers):
            handler.flush()
            if getattr(handler, "baseFilename", "").startswith(str(tmp_path)):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert seen["title"] == "Erreur inattendue"
    assert "Vos données enregistrées sont en sécurité" in seen["text"]
    assert str(log_path) in seen["info"] and "plan introuvable" in seen["info"]
    assert "ValueError: plan introuvable" in log_path.read_text(encoding="utf-8")
