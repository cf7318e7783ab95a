"""The DXF layer wizard: each layer of the drawing gets a role (prefilled from its name), and the
drawing's unit is asked when the file does not say it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.plans.dxf import ROLES, DxfDrawing, suggest_role

UNITS = (("mm", 0.001), ("cm", 0.01), ("m", 1.0), ("in", 0.0254), ("ft", 0.3048))


class DxfLayerWizard(QDialog):
    def __init__(self, drawing: DxfDrawing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drawing = drawing
        self.setWindowTitle(self.tr("Import a DXF plan"))
        self.setAccessibleName(self.tr("DXF layer wizard"))
        role_names = {
            "backdrop": self.tr("Backdrop"), "rooms": self.tr("Room outlines"), "labels": self.tr("Room labels"),
            "desks": self.tr("Desk blocks"), "zones": self.tr("Zones"), "ignore": self.tr("Ignore"),
        }
        intro = QLabel(self.tr("Choose what each layer of the drawing holds. Closed outlines become rooms named by the label inside them; block inserts become desks."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(drawing.layers), 3)
        self.table.setAccessibleName(self.tr("Layers of the drawing"))
        self.table.setHorizontalHeaderLabels([self.tr("Layer"), self.tr("Entities"), self.tr("Role")])
        self.role_combos: dict[str, QComboBox] = {}
        for row, (name, layer) in enumerate(sorted(drawing.layers.items())):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(str(sum(layer.counts.values()))))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Role of layer %1").replace("%1", name))
            for role in ROLES:
                combo.addItem(role_names[role], role)
            combo.setCurrentIndex(ROLES.index(suggest_role(name)))
            self.table.setCellWidget(row, 2, combo)
            self.role_combos[name] = combo
        self.table.resizeColumnsToContents()
        form = QFormLayout()
        self.unit_combo = QComboBox()
        self.unit_combo.setAccessibleName(self.tr("Unit of the drawing"))
        for label, factor in UNITS:
            self.unit_combo.addItem(label, factor)
        self.unit_combo.setCurrentIndex(0)
        unit_label = QLabel(self.tr("Drawing &unit (not stated in the file):"))
        unit_label.setBuddy(self.unit_combo)
        if drawing.metres_per_unit is None:
            form.addRow(unit_label, self.unit_combo)
        else:
            self.unit_combo.hide()
            unit_label.hide()
        self.revised_check = QCheckBox(self.tr("Revised plan of this floor: update the existing spaces (their bookings are kept)"))
        self.revised_check.setAccessibleName(self.tr("Revised plan of this floor"))
        form.addRow(self.revised_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def roles(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.role_combos.items()}

    def metres_per_unit(self) -> float:
        return self.drawing.metres_per_unit or float(self.unit_combo.currentData())
