"""Properties of the selected spaces: edit one or several at once; only fields touched are applied."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.services.records import AgentInfo, SpaceInfo
from ui.common.labels import space_kind_label

KINDS = ("desk", "office", "meeting_room", "leisure", "zone", "service", "circulation")


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class PropertiesPanel(QWidget):
    #: {field: value} for the fields the person changed, to apply to every selected space.
    apply_requested = Signal(dict)
    #: (out of service or back in service, reason), for every selected space.
    out_of_service_requested = Signal(bool, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spaces: list[SpaceInfo] = []
        self._dirty: set[str] = set()
        self._loading = False
        self.heading = QLabel(self.tr("No space selected"))
        self.heading.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind in KINDS:
            self.kind_combo.addItem(space_kind_label(kind), kind)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 500)
        self.capacity_spin.setAccessibleName(self.tr("Capacity"))
        self.equipment_edit = QLineEdit()
        self.equipment_edit.setAccessibleName(self.tr("Equipment, separated by commas"))
        self.accessibility_edit = QLineEdit()
        self.accessibility_edit.setAccessibleName(self.tr("Accessibility, separated by commas"))
        self.bookable_check = QCheckBox(self.tr("Bookable"))
        self.bookable_check.setAccessibleName(self.tr("Bookable"))
        self.zone_combo = QComboBox()
        self.zone_combo.setAccessibleName(self.tr("Zone"))
        self.owner_combo = QComboBox()
        self.owner_combo.setAccessibleName(self.tr("Owner"))
        self.out_check = QCheckBox(self.tr("Out of service from now"))
        self.out_check.setAccessibleName(self.tr("Out of service from now"))
        self.out_reason = QLineEdit()
        self.out_reason.setAccessibleName(self.tr("Reason for being out of service"))
        self.out_reason.setPlaceholderText(self.tr("Works, broken equipment…"))
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setAccessibleName(self.tr("Apply the properties to the selected spaces"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self._apply)

        form = QFormLayout()
        for label, widget in (
            (self.tr("&Name:"), self.name_edit), (self.tr("&Kind:"), self.kind_combo),
            (self.tr("&Capacity:"), self.capacity_spin), (self.tr("&Equipment:"), self.equipment_edit),
            (self.tr("Acc&essibility:"), self.accessibility_edit), ("", self.bookable_check),
            (self.tr("&Zone:"), self.zone_combo), (self.tr("&Owner:"), self.owner_combo),
            ("", self.out_check), (self.tr("&Reason:"), self.out_reason),
        ):
            if label:
                buddy = QLabel(label)
                buddy.setBuddy(widget)
                form.addRow(buddy, widget)
            else:
                form.addRow(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.apply_button)
        layout.addStretch(1)

        self.name_edit.textEdited.connect(lambda: self._touch("name"))
        self.name_edit.returnPressed.connect(self._apply)
        self.kind_combo.activated.connect(lambda: self._touch("kind"))
        self.capacity_spin.valueChanged.connect(lambda: self._touch("capacity"))
        self.equipment_edit.textEdited.connect(lambda: self._touch("equipment"))
        self.accessibility_edit.textEdited.connect(lambda: self._touch("accessibility"))
        self.bookable_check.clicked.connect(lambda: self._touch("bookable"))
        self.zone_combo.activated.connect(lambda: self._touch("zone_id"))
        self.owner_combo.activated.connect(lambda: self._touch("owner_agent_id"))
        self.out_check.clicked.connect(lambda: self._touch("out_of_service"))
        self.show_spaces([], [], [])

    def _touch(self, field: str) -> None:
        if not self._loading:
            self._dirty.add(field)
            self.apply_button.setEnabled(bool(self.spaces))

    def show_spaces(self, spaces: Sequence[SpaceInfo], zones: Sequence[SpaceInfo], agents: Sequence[AgentInfo], out_of_service: set[str] | None = None) -> None:
        """Fill the form; fields where the selected spaces differ stay blank ("several values")."""
        self._loading = True
        self.spaces = list(spaces)
        self._dirty.clear()
        self.apply_button.setEnabled(False)
        for widget in self.findChildren(QWidget):
            if widget is not self.heading:
                widget.setEnabled(bool(spaces))
        self.apply_button.setEnabled(False)
        several = self.tr("Several values")

        def common(getter: Any) -> Any:
            values = {getter(s) for s in spaces}
            return values.pop() if len(values) == 1 else None

        if not spaces:
            self.heading.setText(self.tr("No space selected"))
        elif len(spaces) == 1:
            self.heading.setText(spaces[0].name)
        else:
            self.heading.setText(self.tr("%n space(s) selected", "", len(spaces)))
        name = common(lambda s: s.name)
        self.name_edit.setText(name or "")
        self.name_edit.setPlaceholderText(several if spaces and name is None else "")
        kind = common(lambda s: s.kind)
        self.kind_combo.setCurrentIndex(KINDS.index(kind) if kind in KINDS else -1)
        capacity = common(lambda s: s.capacity)
        self.capacity_spin.setSpecialValueText("")
        self.capacity_spin.setValue(capacity if capacity is not None else 0)
        equipment = common(lambda s: s.equipment)
        self.equipment_edit.setText(", ".join(equipment) if equipment is not None else "")
        self.equipment_edit.setPlaceholderText(several if spaces and equipment is None else "")
        access = common(lambda s: s.accessibility)
        self.accessibility_edit.setText(", ".join(access) if access is not None else "")
        bookable = common(lambda s: s.bookable)
        self.bookable_check.setTristate(bookable is None)
        self.bookable_check.setCheckState(
            Qt.CheckState.PartiallyChecked if bookable is None else Qt.CheckState.Checked if bookable else Qt.CheckState.Unchecked
        )
        self.zone_combo.clear()
        self.zone_combo.addItem(self.tr("No zone"), None)
        for zone in zones:
            self.zone_combo.addItem(zone.name, zone.id)
        zone_id = common(lambda s: s.zone_id)
        self.zone_combo.setCurrentIndex(max(0, self.zone_combo.findData(zone_id)) if spaces and (zone_id or len({s.zone_id for s in spaces}) == 1) else -1)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("No owner"), None)
        for agent in agents:
            self.owner_combo.addItem(agent.display_name, agent.id)
        owner = common(lambda s: s.owner_agent_id)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(owner)) if owner else 0)
        out = {s.id in (out_of_service or set()) for s in spaces}
        self.out_check.setTristate(len(out) > 1)
        self.out_check.setCheckState(Qt.CheckState.PartiallyChecked if len(out) > 1 else Qt.CheckState.Checked if out == {True} else Qt.CheckState.Unchecked)
        self.out_reason.clear()
        self._loading = False

    def values(self) -> dict[str, Any]:
        getters = {
            "name": lambda: self.name_edit.text().strip(),
            "kind": lambda: self.kind_combo.currentData(),
            "capacity": lambda: self.capacity_spin.value(),
            "equipment": lambda: _split(self.equipment_edit.text()),
            "accessibility": lambda: _split(self.accessibility_edit.text()),
            "bookable": lambda: self.bookable_check.checkState() == Qt.CheckState.Checked,
            "zone_id": lambda: self.zone_combo.currentData(),
            "owner_agent_id": lambda: self.owner_combo.currentData(),
        }
        return {field: getters[field]() for field in sorted(self._dirty) if field in getters}

    def _apply(self) -> None:
        values = self.values()
        if "out_of_service" in self._dirty and self.spaces and self.out_check.checkState() != Qt.CheckState.PartiallyChecked:
            self.out_of_service_requested.emit(self.out_check.checkState() == Qt.CheckState.Checked, self.out_reason.text().strip())
        if values and self.spaces:
            self.apply_requested.emit(values)
            self._dirty.clear()
            self.apply_button.setEnabled(False)
