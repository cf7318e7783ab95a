"""Registering a visit ahead of time, or a walk-in on the spot (short form: name, company, host, badge)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.services.records import AgentInfo
from nomad_desktop.sitetime import zone
from ui.common.labels import visitor_category_label

CATEGORIES = ("visitor", "contractor", "official", "delivery", "candidate")


@dataclass(frozen=True)
class VisitForm:
    last_name: str
    first_name: str
    company: str
    host_agent_id: str | None
    expected_at: datetime
    purpose: str
    category: str
    escort_required: bool
    id_check_required: bool
    badge_number: str
    id_checked_by: str


class VisitFormDialog(QDialog):
    """`walk_in=True` is the short form: no date (now), badge and "ID checked" instead."""

    def __init__(self, *, hosts: list[AgentInfo], timezone: str, now: datetime, walk_in: bool, badge: str = "",
                 operator: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.walk_in = walk_in
        self.timezone = timezone
        self.now = now
        self.setWindowTitle(self.tr("Walk-in visitor") if walk_in else self.tr("Register a visit"))
        self.setAccessibleName(self.windowTitle())
        form = QFormLayout()
        self.last_name = self._line(self.tr("Last name"))
        self.first_name = self._line(self.tr("First name"))
        self.company = self._line(self.tr("Company"))
        self.host = QComboBox()
        self.host.setEditable(True)
        self.host.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.host.setAccessibleName(self.tr("Host agent"))
        self.host.addItem(self.tr("(no host)"), None)
        for agent in hosts:
            self.host.addItem(f"{agent.display_name} — {agent.unit}" if agent.unit else agent.display_name, agent.id)
        completer = self.host.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Visitor category"))
        for category in CATEGORIES:
            self.category.addItem(visitor_category_label(category), category)
        self.purpose = self._line(self.tr("Purpose"))
        form.addRow(self.tr("&Last name *"), self.last_name)
        form.addRow(self.tr("&First name"), self.first_name)
        form.addRow(self.tr("&Company"), self.company)
        form.addRow(self.tr("&Host"), self.host)
        form.addRow(self.tr("Cat&egory"), self.category)
        self.expected = QDateTimeEdit()
        self.escort = QCheckBox(self.tr("Escort required"))
        self.id_check = QCheckBox(self.tr("ID check required"))
        self.badge = self._line(self.tr("Badge number"), badge)
        self.id_checked = QCheckBox(self.tr("Identity document checked"))
        self.checked_by = self._line(self.tr("Checked by"), operator)
        if walk_in:
            form.addRow(self.tr("&Badge number"), self.badge)
            form.addRow(self.id_checked)
            form.addRow(self.tr("Checked b&y"), self.checked_by)
            self.id_checked.setAccessibleName(self.tr("Identity document checked"))
        else:
            local_now = now.astimezone(zone(timezone))
            self.expected.setDateTime(QDateTime(QDate(local_now.year, local_now.month, local_now.day), QTime(local_now.hour, 0)))
            self.expected.setDisplayFormat("dd/MM/yyyy HH:mm")
            self.expected.setCalendarPopup(True)
            self.expected.setAccessibleName(self.tr("Expected date and time"))
            self.escort.setAccessibleName(self.tr("Escort required"))
            self.id_check.setAccessibleName(self.tr("ID check required"))
            form.addRow(self.tr("E&xpected at"), self.expected)
            form.addRow(self.tr("&Purpose"), self.purpose)
            form.addRow(self.escort)
            form.addRow(self.id_check)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Only the minimum is recorded: no identity document number."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Check in") if walk_in else self.tr("Register"))
        self.ok.setAccessibleName(self.ok.text())
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.last_name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(False)
        self.last_name.setFocus()

    def _line(self, name: str, text: str = "") -> QLineEdit:
        line = QLineEdit(text)
        line.setAccessibleName(name)
        line.setMaxLength(120)
        return line

    def _host_id(self) -> str | None:
        index = self.host.findText(self.host.currentText())
        return self.host.itemData(index) if index >= 0 else None

    def form(self) -> VisitForm:
        if self.walk_in:
            expected = self.now
        else:
            qdt = self.expected.dateTime()
            d, t = qdt.date(), qdt.time()
            expected = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=zone(self.timezone)).astimezone(UTC)
        checked = self.id_checked.isChecked() and bool(self.checked_by.text().strip())
        return VisitForm(
            last_name=self.last_name.text().strip(), first_name=self.first_name.text().strip(),
            company=self.company.text().strip(), host_agent_id=self._host_id(), expected_at=expected,
            purpose=self.purpose.text().strip(), category=self.category.currentData(),
            escort_required=self.escort.isChecked(), id_check_required=self.id_check.isChecked(),
            badge_number=self.badge.text().strip(), id_checked_by=self.checked_by.text().strip() if checked else "",
        )
