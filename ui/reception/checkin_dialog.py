"""The check-in dialog: confirm identity, tick "ID checked", badge number, notify the host, print the badge."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.services.records import VisitInfo
from ui.common.labels import visitor_category_label


@dataclass(frozen=True)
class CheckInChoice:
    badge_number: str
    id_checked_by: str
    notify_host: bool
    print_badge: bool
    acknowledge_watch: bool


class CheckInDialog(QDialog):
    def __init__(self, visit: VisitInfo, *, badge: str, operator: str, warnings: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit = visit
        self.setWindowTitle(self.tr("Check in %1").replace("%1", visit.visitor_name))
        self.setAccessibleName(self.tr("Check in a visitor"))
        identity = QLabel(
            self.tr("Confirm the identity of <b>%1</b> (%2), %3, visiting %4.")
            .replace("%1", visit.visitor_name).replace("%2", visit.company or self.tr("no company"))
            .replace("%3", visitor_category_label(visit.category)).replace("%4", visit.host_name or self.tr("no host"))
        )
        identity.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(identity)
        if visit.escort_required:
            escort = QLabel(self.tr("⚠ This visitor must be escorted by the host."))
            escort.setWordWrap(True)
            layout.addWidget(escort)
        self.watch_confirm: QCheckBox | None = None
        if warnings:
            frame = QFrame()
            frame.setObjectName("watchWarning")
            frame.setStyleSheet("#watchWarning { border: 2px solid #CE0500; background: #FFE9E9; }")
            box = QVBoxLayout(frame)
            text = QLabel(self.tr("⚠ Watch list: %1").replace("%1", "; ".join(w for w in warnings if w) or self.tr("name flagged by a manager")))
            text.setWordWrap(True)
            text.setAccessibleName(self.tr("Watch list warning"))
            self.watch_confirm = QCheckBox(self.tr("I have read the warning and follow the site's procedure"))
            self.watch_confirm.setAccessibleName(self.tr("Acknowledge the watch list warning"))
            box.addWidget(text)
            box.addWidget(self.watch_confirm)
            layout.addWidget(frame)
            self.watch_confirm.toggled.connect(self._update)
        form = QFormLayout()
        required = self.tr(" (required)") if visit.id_check_required else ""
        self.id_checked = QCheckBox(self.tr("Identity document checked") + required)
        self.id_checked.setAccessibleName(self.tr("Identity document checked"))
        self.id_checked.toggled.connect(self._update)
        self.checked_by = QLineEdit(operator)
        self.checked_by.setAccessibleName(self.tr("Checked by"))
        self.checked_by.textChanged.connect(self._update)
        self.badge = QLineEdit(badge)
        self.badge.setAccessibleName(self.tr("Badge number"))
        self.badge.setMaxLength(32)
        self.notify = QCheckBox(self.tr("Notify the host"))
        self.notify.setAccessibleName(self.tr("Notify the host"))
        self.notify.setChecked(bool(visit.host_agent_id))
        self.notify.setEnabled(bool(visit.host_agent_id))
        self.print_badge = QCheckBox(self.tr("Print the badge"))
        self.print_badge.setAccessibleName(self.tr("Print the badge"))
        self.print_badge.setChecked(True)
        form.addRow(self.id_checked)
        form.addRow(self.tr("Checked &by"), self.checked_by)
        form.addRow(self.tr("&Badge number"), self.badge)
        form.addRow(self.notify)
        form.addRow(self.print_badge)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Check in"))
        self.ok.setAccessibleName(self.tr("Confirm the check-in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.id_checked.setFocus()
        self._update()

    def _update(self) -> None:
        ok = True
        if self.visit.id_check_required and not (self.id_checked.isChecked() and self.checked_by.text().strip()):
            ok = False
        if self.watch_confirm is not None and not self.watch_confirm.isChecked():
            ok = False
        self.ok.setEnabled(ok)

    def choice(self) -> CheckInChoice:
        checked = self.id_checked.isChecked() and bool(self.checked_by.text().strip())
        return CheckInChoice(
            badge_number=self.badge.text().strip(),
            id_checked_by=self.checked_by.text().strip() if checked else "",
            notify_host=self.notify.isChecked(),
            print_badge=self.print_badge.isChecked(),
            acknowledge_watch=self.watch_confirm is not None and self.watch_confirm.isChecked(),
        )
