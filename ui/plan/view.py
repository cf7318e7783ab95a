"""The Plan page: building and floor selector, the floor drawn to scale, and its accessible twin
(a filterable list of the floor's spaces whose selection follows the map and back)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.services import sites as site_services
from nomad_desktop.services import spaces as space_services
from nomad_desktop.services.changes import Changes
from nomad_desktop.services.records import BuildingInfo, FloorInfo, SpaceInfo
from nomad_desktop.text import search_key
from ui.app.context import AppContext
from ui.common.empty_state import EmptyState
from ui.common.labels import space_kind_label
from ui.plan.scene import FloorPlanScene
from ui.tasks.operations import Op


class PlanView(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.buildings: list[BuildingInfo] = []
        self.spaces: list[SpaceInfo] = []
        self._syncing_selection = False

        title = QLabel(self.tr("Floor plan"))
        title.setObjectName("pageTitle")
        self.floor_picker = QComboBox()
        self.floor_picker.setAccessibleName(self.tr("Building and floor"))
        self.floor_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.floor_picker.setMinimumContentsLength(28)
        self.floor_picker.currentIndexChanged.connect(self._floor_chosen)
        picker_label = QLabel(self.tr("&Floor:"))
        picker_label.setBuddy(self.floor_picker)

        self.scene = FloorPlanScene()
        self.scene.selectionChanged.connect(self._map_selection_changed)
        self.view = QGraphicsView(self.scene)
        self.view.setAccessibleName(self.tr("Floor plan map"))
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter spaces…"))
        self.filter_edit.setAccessibleName(self.tr("Filter the floor's spaces"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._fill_list)
        self.space_list = QListWidget()
        self.space_list.setAccessibleName(self.tr("Spaces of the floor"))
        self.space_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.space_list.itemSelectionChanged.connect(self._list_selection_changed)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Selected space details"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.filter_edit)
        side_layout.addWidget(self.space_list, 1)
        side_layout.addWidget(self.details)

        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        side.setMinimumWidth(260)
        side.setMaximumWidth(380)
        splitter.setSizes([1000, 320])

        self.empty = EmptyState(
            self.tr("No floor yet"),
            self.tr("This site has no building or floor. Floors appear here once they are drawn or synchronised."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(picker_label)
        top.addWidget(self.floor_picker)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        app.changed.connect(self.on_changed)

    # -- data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.app.store
        Op(self.app, lambda ctx: site_services.list_buildings(store), parent=self).success(self._show_buildings).run()

    def on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.floors or changes.site:
            self.refresh()
        elif changes.spaces:
            self._load_floor()

    def _show_buildings(self, buildings: list[BuildingInfo]) -> None:
        self.buildings = buildings
        current = self.floor_picker.currentData()
        self.floor_picker.blockSignals(True)
        self.floor_picker.clear()
        for building in buildings:
            for floor in building.floors:
                self.floor_picker.addItem(f"{building.name} — {floor.name}", floor)
        self.floor_picker.blockSignals(False)
        if self.floor_picker.count() == 0:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(0)
        index = next(
            (i for i in range(self.floor_picker.count()) if current and self.floor_picker.itemData(i).id == current.id), 0
        )
        self.floor_picker.setCurrentIndex(index)
        self._load_floor()

    def _floor_chosen(self, _index: int) -> None:
        self._load_floor()

    def current_floor(self) -> FloorInfo | None:
        return self.floor_picker.currentData()

    def _load_floor(self) -> None:
        floor = self.current_floor()
        if floor is None:
            return
        store = self.app.store
        Op(self.app, lambda ctx: space_services.list_spaces(store, floor_id=floor.id), parent=self).success(
            lambda spaces: self._show_floor(floor, spaces)
        ).run()

    def _show_floor(self, floor: FloorInfo, spaces: list[SpaceInfo]) -> None:
        self.spaces = spaces
        self.scene.show_floor(floor, spaces)
        self.zoom_to_fit()
        self._fill_list()

    # -- view -------------------------------------------------------------------------------
    def zoom_to_fit(self) -> None:
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.scene.floor is not None:
            self.zoom_to_fit()

    def _fill_list(self) -> None:
        words = search_key(self.filter_edit.text()).split()
        self.space_list.blockSignals(True)
        self.space_list.clear()
        for space in self.spaces:
            if space.kind in ("circulation",):
                continue
            text = f"{space.name} — {space_kind_label(space.kind)}"
            if space.kind not in ("zone", "service"):
                text += " — " + self.tr("%n place(s)", "", space.capacity)
            if all(w in search_key(text) for w in words):
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, space.id)
                self.space_list.addItem(item)
                if self.scene.items_by_id.get(space.id) and self.scene.items_by_id[space.id].isSelected():
                    item.setSelected(True)
        self.space_list.blockSignals(False)

    def _map_selection_changed(self) -> None:
        if self._syncing_selection:
            return
        selected = {item.data(0) for item in self.scene.selectedItems()}
        self._syncing_selection = True
        for row in range(self.space_list.count()):
            item = self.space_list.item(row)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) in selected)
        self._syncing_selection = False
        self._show_details(selected)

    def _list_selection_changed(self) -> None:
        if self._syncing_selection:
            return
        selected = {item.data(Qt.ItemDataRole.UserRole) for item in self.space_list.selectedItems()}
        self._syncing_selection = True
        self.scene.clearSelection()
        for space_id in selected:
            item = self.scene.items_by_id.get(space_id)
            if item is not None:
                item.setSelected(True)
                self.view.ensureVisible(item)
        self._syncing_selection = False
        self._show_details(selected)

    def _show_details(self, selected: set[str]) -> None:
        spaces = [s for s in self.spaces if s.id in selected]
        if len(spaces) == 1:
            s = spaces[0]
            lines = [f"<b>{s.name}</b>", space_kind_label(s.kind), self.tr("Capacity: %1").replace("%1", str(s.capacity))]
            if not s.bookable:
                lines.append(self.tr("Not bookable"))
            self.details.setText("<br>".join(lines))
        elif spaces:
            self.details.setText(self.tr("%n space(s) selected", "", len(spaces)))
        else:
            self.details.clear()
