"""Unhandled exceptions: logged, then explained in a French dialog instead of a silent exit."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("nomad.crash")

_showing = False


def install_excepthook(log_path: Path | None, *, interactive: bool = True) -> None:
    """Log every unhandled exception; explain it in a dialog when a person is watching."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        global _showing
        log.critical("unhandled exception", exc_info=(kind, value, tb))
        if _showing or not interactive or QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        _showing = True
        try:
            where = "".join(traceback.format_exception_only(kind, value)).strip()
            text = QCoreApplication.translate(
                "CrashDialog",
                "NOMAD Desktop met an unexpected problem. Your saved data is safe; the operation in progress may not have finished.",
            )
            details = QCoreApplication.translate("CrashDialog", "Error: %1\nLog file: %2").replace("%1", where).replace(
                "%2", str(log_path) if log_path else "-"
            )
            box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("CrashDialog", "Unexpected error"), text)
            box.setInformativeText(details)
            box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
            box.setAccessibleName(QCoreApplication.translate("CrashDialog", "Unexpected error"))
            box.exec()
        finally:
            _showing = False

    sys.excepthook = hook
