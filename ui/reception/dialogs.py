"""Non-blocking question boxes for the reception pages (open(), never exec(): the desk keeps working)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, title: str, text: str, yes_text: str, on_yes: Callable[[], None],
        icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> QMessageBox:
    """Ask a yes/no question; `on_yes` runs only when the person confirms. "No" is the default button."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    yes.setAccessibleName(yes_text)
    no.setAccessibleName(no.text())
    box.setDefaultButton(no)
    box.setAccessibleName(title)
    box.setObjectName("receptionQuestion")

    def finished() -> None:
        if box.clickedButton() is yes:
            on_yes()
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box


def inform(parent: QWidget, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    box.setObjectName("receptionMessage")
    box.finished.connect(box.deleteLater)
    box.open()
    return box
