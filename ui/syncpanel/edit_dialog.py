"""The "edit" resolution of a conflict: one field per line, both sides shown, the final value typed.

Each editor starts from the merged value (for a list, both sides' items; otherwise this station's);
what the person types is checked against the field's kind before the dialog closes, and the
values become a new local change in the outbox (sync.conflicts.resolve_conflict, choice "edit").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from nomad_desktop.errors import ValidationError
from sync.conflicts import ConflictInfo, edit_text, parse_edited


class ConflictEditDialog(QDialog):
    def __init__(self, conflict: ConflictInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Type the final values"))
        self.setAccessibleName(self.tr("Type the final values of the conflict"))
        intro = QLabel(self.tr(
            "These fields were changed both here and on the server. Each field starts from the merged value; "
            "type the value to keep. It will be sent at the next synchronisation."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.editors: dict[str, QLineEdit] = {}
        for difference in conflict.differences:
            sides = QLabel(self.tr("Mine: %1 — server's: %2").replace("%1", edit_text(difference.mine) or "—")
                           .replace("%2", edit_text(difference.theirs) or "—"))
            sides.setWordWrap(True)
            editor = QLineEdit(edit_text(difference.merged))
            editor.setAccessibleName(self.tr("Final value of %1").replace("%1", difference.field))
            sides.setBuddy(editor)
            form.addRow(difference.field, sides)
            form.addRow("", editor)
            self.editors[difference.field] = editor
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Error"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Send these values"))
        ok.setAccessibleName(self.tr("Send these values to the server"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Close without resolving"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if self.editors:
            first = next(iter(self.editors.values()))
            first.setFocus()
            first.selectAll()
        self.values: dict[str, Any] = {}

    def accept(self) -> None:
        """Close only when every typed value fits its field (else say which one, in words)."""
        values: dict[str, Any] = {}
        for difference in self.conflict.differences:
            like = difference.mine if difference.mine is not None else difference.theirs
            try:
                values[difference.field] = parse_edited(self.editors[difference.field].text(), like)
            except ValidationError:
                self.error.setText("✗ " + self.tr("The value of %1 is not of the right kind.").replace(
                    "%1", difference.field))
                self.editors[difference.field].setFocus()
                return
        self.values = values
        super().accept()
