"""The Plan page: building and floor selector, the floor editor (tools, undo per floor, properties,
live checks) and its live mode (availability by colour, hatch and text), plus the accessible twin:
a filterable list of the floor's spaces whose selection follows the map and back."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QPointF, Qt, QTime
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPolygonF, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTimeEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.clock import utc_now
from nomad_desktop.plans.checks import PlanIssue
from nomad_desktop.plans.dxf import DxfDrawing, DxfPlan
from nomad_desktop.plans.dxf_process import DxfReader
from nomad_desktop.plans.floor_checker import FloorChecker
from nomad_desktop.plans.reimport import diff_plan
from nomad_desktop.services import agents as agent_services
from nomad_desktop.services import bookings as booking_services
from nomad_desktop.services import floors as floor_services
from nomad_desktop.services import outages as outage_services
from nomad_desktop.services import sites as site_services
from nomad_desktop.services import space_status
from nomad_desktop.services import spaces as space_services
from nomad_desktop.services.changes import Changes
from nomad_desktop.services.records import BookingInfo, BuildingInfo, FloorInfo, SpaceInfo
from nomad_desktop.text import search_key
from ui.app.context import AppContext, BookingRequest, PlanFocus
from ui.common.day_picker import DayPicker
from ui.common.empty_state import EmptyState
from ui.common.formatting import format_number, today_at_site
from ui.common.labels import BOOKABLE_KINDS, not_bookable_label, space_kind_label
from ui.plan.arrange import align, distribute
from ui.plan.backdrop import decode as decode_backdrop
from ui.plan.backdrop import media_type_of
from ui.plan.canvas import PlanCanvas
from ui.plan.checks_panel import ChecksPanel
from ui.plan.commands import (
    MOVE_COMMAND_ID,
    RESIZE_COMMAND_ID,
    CreateSpacesCommand,
    DeleteSpacesCommand,
    MoveSpacesCommand,
    OutOfServiceCommand,
    UpdateSpacesCommand,
)
from ui.plan.dxf_wizard import DxfLayerWizard
from ui.plan.export import Check, PlanPrinter, prepare_png, prepare_svg, print_page, write_pdf, write_png, write_svg
from ui.plan.handles import resized
from ui.plan.legend import StatusLegend
from ui.plan.linework import Linework, linework_paths
from ui.plan.live_panel import LivePanel
from ui.plan.messages import backdrop_message
from ui.plan.minimap import Minimap
from ui.plan.properties import PropertiesPanel
from ui.plan.scene import FloorPlanScene, to_metres
from ui.plan.space_list import SpaceListModel, SpaceListView
from ui.plan.tools import CalibrateTool, DeskTool, MeasureTool, PolygonTool, RectangleTool, SelectTool
from ui.tasks.operations import Op
from ui.tasks.taskman import TaskCancelled, TaskContext
from ui.theme import icon, status_label

ROOM_KINDS = ("office", "meeting_room", "leisure", "service", "circulation")
ROTATE_STEP = 15.0
log = logging.getLogger(__name__)

PASTE_OFFSET = 0.5  # metres: a pasted copy on the same floor must not hide its original
COPIED_FIELDS = ("kind", "name", "capacity", "equipment", "accessibility", "bookable", "restricted_units", "notes")


def _plan_in_reader(reader: DxfReader, roles: dict[str, str], scale: float, ctx: Any) -> DxfPlan:
    """The plan of the drawing the reader holds (computed in its process), then the reader ends."""
    try:
        return reader.plan(roles, scale, check_cancelled=ctx.check_cancelled)
    finally:
        reader.close()


def rotate(geometry: Sequence[Sequence[float]], degrees: float) -> tuple[tuple[float, float], ...]:
    """Turn an outline around its centre (mean of its corners)."""
    cx = sum(p[0] for p in geometry) / len(geometry)
    cy = sum(p[1] for p in geometry) / len(geometry)
    a = math.radians(degrees)
    cos, sin = math.cos(a), math.sin(a)
    return tuple(
        (round(cx + (x - cx) * cos - (y - cy) * sin, 3), round(cy + (x - cx) * sin + (y - cy) * cos, 3)) for x, y in geometry
    )


class PlanView(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        #: Spaces another page asked to show, selected once their floor is on screen.
        self.pending_focus: PlanFocus | None = None
        self.buildings: list[BuildingInfo] = []
        self.spaces: dict[str, SpaceInfo] = {}
        self.statuses: dict[str, str] = {}
        self.day_bookings: dict[str, list[BookingInfo]] = {}
        self.issues: list[PlanIssue] = []
        # The floor's findings, updated edit by edit (built off the UI thread when a floor opens).
        self.checker: FloorChecker | None = None
        self._checker_build: object | None = None
        self._edits_during_build: list[tuple[Sequence[SpaceInfo], Sequence[str]]] = []
        self.clipboard: list[dict[str, Any]] = []
        self.pending_edits = 0
        # A DXF reader process started when the file dialog opened, for the next DXF import.
        self.spare_dxf_reader: DxfReader | None = None
        self.timezone = "Europe/Paris"
        self._syncing_selection = False
        self.undo_group = QUndoGroup(self)
        self.undo_stacks: dict[str, QUndoStack] = {}

        title = QLabel(self.tr("Floor plan"))
        title.setObjectName("pageTitle")
        self.floor_picker = QComboBox()
        self.floor_picker.setAccessibleName(self.tr("Building and floor"))
        self.floor_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.floor_picker.setMinimumContentsLength(28)
        self.floor_picker.currentIndexChanged.connect(self._floor_chosen)
        picker_label = QLabel(self.tr("&Floor:"))
        picker_label.setBuddy(self.floor_picker)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Drawing"), "edit")
        self.mode_combo.addItem(self.tr("Availability"), "live")
        self.mode_combo.setAccessibleName(self.tr("Plan mode: drawing or availability"))
        self.mode_combo.currentIndexChanged.connect(self._mode_chosen)
        mode_label = QLabel(self.tr("&Mode:"))
        mode_label.setBuddy(self.mode_combo)

        self.scene = FloorPlanScene()
        self.scene.selectionChanged.connect(self._map_selection_changed)
        self.canvas = PlanCanvas(self.scene, self)
        self.canvas.setAccessibleName(self.tr("Floor plan map"))
        self.canvas.setAccessibleDescription(self.tr(
            "Arrows move the selection (Shift: by 1 m); Ctrl+arrows resize the one selected space; hold Alt while dragging to place freely."))

        self._build_edit_bar()
        self._build_live_bar()
        self.bars = QStackedWidget()
        self.bars.addWidget(self.edit_bar)
        self.bars.addWidget(self.live_bar)
        self.bars.setSizePolicy(self.bars.sizePolicy().horizontalPolicy(), self.edit_bar.sizePolicy().verticalPolicy())

        # The accessible twin of the map.
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter spaces…"))
        self.filter_edit.setAccessibleName(self.tr("Filter the floor's spaces"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda _text: self._fill_list())
        self.space_list = SpaceListView(SpaceListModel(self.list_columns, self))
        self.space_list.setAccessibleName(self.tr("Spaces of the floor"))
        self.space_list.selection_changed.connect(self._list_selection_changed)
        self.space_list.activated.connect(lambda _index: self.canvas.zoom_to_selection())
        twin = QWidget()
        twin_layout = QVBoxLayout(twin)
        twin_layout.setContentsMargins(0, 0, 0, 0)
        twin_layout.addWidget(self.filter_edit)
        twin_layout.addWidget(self.space_list, 1)

        self.properties = PropertiesPanel()
        self.properties.apply_requested.connect(self.apply_properties)
        self.properties.out_of_service_requested.connect(self.set_out_of_service)
        self.out_now: set[str] = set()
        self.live_panel = LivePanel()
        self.live_panel.book_requested.connect(self._book)
        self.live_panel.check_in_requested.connect(self._check_in)
        self.live_panel.release_requested.connect(self._release)
        self.details = QStackedWidget()
        self.details.addWidget(self.properties)
        self.details.addWidget(self.live_panel)
        self.checks = ChecksPanel()
        self.checks.culprits_chosen.connect(self.select_spaces)

        self.side_tabs = QTabWidget()
        self.side_tabs.setAccessibleName(self.tr("Side panels"))
        self.side_tabs.addTab(twin, self.tr("Spaces"))
        self.side_tabs.addTab(self.details, self.tr("Details"))
        self.side_tabs.addTab(self.checks, self.tr("Checks"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.side_tabs, 1)
        self.minimap = Minimap(self.scene, self._visible_scene_rect, self.canvas.centerOn)
        self.canvas.zoomed.connect(self.minimap.update)
        self.canvas.horizontalScrollBar().valueChanged.connect(lambda _v: self.minimap.update())
        self.canvas.verticalScrollBar().valueChanged.connect(lambda _v: self.minimap.update())
        side_layout.addWidget(self.minimap, 0, Qt.AlignmentFlag.AlignHCenter)
        self.status_line = QLabel()
        self.status_line.setAccessibleName(self.tr("Plan status"))
        self.status_line.setWordWrap(True)
        side_layout.addWidget(self.status_line)

        splitter = QSplitter()
        splitter.addWidget(self.canvas)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        side.setMinimumWidth(300)
        side.setMaximumWidth(420)
        splitter.setSizes([1000, 340])
        work = QWidget()
        work_layout = QVBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.addWidget(self.bars)
        work_layout.addWidget(splitter, 1)
        legend_row = QHBoxLayout()
        self.legend_title = QLabel(self.tr("Legend:"))
        legend_row.addWidget(self.legend_title)
        legend_row.addWidget(self.legend, 1)
        work_layout.addLayout(legend_row)

        self.empty = EmptyState(
            self.tr("No floor yet"),
            self.tr("This site has no building or floor. Floors appear here once they are drawn or synchronised."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(work)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(mode_label)
        top.addWidget(self.mode_combo)
        top.addSpacing(12)
        top.addWidget(picker_label)
        top.addWidget(self.floor_picker)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.setTabOrder(self.floor_picker, self.canvas)
        self.setTabOrder(self.canvas, self.side_tabs)

        app.changed.connect(self.on_changed)
        # Most people (reception, managers) come to see availability; designers switch to drawing.
        self.mode_combo.setCurrentIndex(1)

    # -- construction -----------------------------------------------------------------------
    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None, slot: Callable[[], Any], icon_name: str | None = None, *, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        # Page-wide shortcuts: they must not fire while another page is shown.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_edit_bar(self) -> None:
        bar = QToolBar()
        bar.setAccessibleName(self.tr("Drawing tools"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.tool_group = QActionGroup(self)
        self.room_kind = QComboBox()
        self.room_kind.setAccessibleName(self.tr("Kind of room to draw"))
        for kind in ROOM_KINDS:
            self.room_kind.addItem(space_kind_label(kind), kind)
        tools = (
            ("select", self.tr("Select"), "V", lambda: SelectTool(self.canvas)),
            ("rectangle", self.tr("Room"), "R", lambda: RectangleTool(self.canvas, lambda: self.room_kind.currentData())),
            ("polygon", self.tr("Room outline"), "P", lambda: PolygonTool(self.canvas, lambda: self.room_kind.currentData())),
            ("desk", self.tr("Desks"), "D", lambda: DeskTool(self.canvas)),
            ("zone", self.tr("Zone"), "Z", lambda: RectangleTool(self.canvas, lambda: "zone")),
            ("measure", self.tr("Measure"), "M", lambda: MeasureTool(self.canvas)),
            ("calibrate", self.tr("Calibrate"), "K", lambda: CalibrateTool(self.canvas)),
        )
        self.tool_actions: dict[str, QAction] = {}
        for key, text, shortcut, factory in tools:
            action = self._action(text, shortcut, lambda _c=False, f=factory: self.canvas.set_tool(f()), checkable=True)
            self.tool_group.addAction(action)
            bar.addAction(action)
            self.tool_actions[key] = action
        self.tool_actions["select"].setChecked(True)
        bar.addWidget(self.room_kind)
        self.desk_count = QSpinBox()
        self.desk_count.setRange(1, 50)
        self.desk_count.setPrefix("× ")
        self.desk_count.setAccessibleName(self.tr("Number of desks in a row"))
        self.desk_spacing = QDoubleSpinBox()
        self.desk_spacing.setRange(0.0, 5.0)
        self.desk_spacing.setSingleStep(0.1)
        self.desk_spacing.setSuffix(" m")
        self.desk_spacing.setAccessibleName(self.tr("Spacing between desks in metres"))
        bar.addWidget(self.desk_count)
        bar.addWidget(self.desk_spacing)
        tools_bar = bar
        # Second row: the edit actions (one row of both would not fit a laptop screen).
        bar = QToolBar()
        bar.setAccessibleName(self.tr("Editing actions"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.setIcon(icon("redo"))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            bar.addAction(action)
        self.delete_action = self._action(self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_selection, "delete")
        self.duplicate_action = self._action(self.tr("Duplicate"), "Ctrl+D", self.duplicate_selection)
        self.rotate_action = self._action(self.tr("Rotate 15°"), "Ctrl+R", lambda: self.rotate_selection(ROTATE_STEP))
        self.rotate_free_action = self._action(self.tr("Rotate by an angle…"), "Ctrl+Shift+R", self.choose_rotation)
        self.copy_action = self._action(self.tr("Copy"), QKeySequence.StandardKey.Copy, self.copy_selection)
        self.paste_action = self._action(self.tr("Paste"), QKeySequence.StandardKey.Paste, self.paste)
        for action in (self.delete_action, self.duplicate_action, self.rotate_action):
            bar.addAction(action)
        self.arrange_actions = {
            "left": self._action(self.tr("Align left"), "Ctrl+Alt+Left", lambda: self.arrange("left")),
            "right": self._action(self.tr("Align right"), "Ctrl+Alt+Right", lambda: self.arrange("right")),
            "top": self._action(self.tr("Align top"), "Ctrl+Alt+Up", lambda: self.arrange("top")),
            "bottom": self._action(self.tr("Align bottom"), "Ctrl+Alt+Down", lambda: self.arrange("bottom")),
            "x": self._action(self.tr("Distribute horizontally"), "Ctrl+Alt+H", lambda: self.arrange("x")),
            "y": self._action(self.tr("Distribute vertically"), "Ctrl+Alt+V", lambda: self.arrange("y")),
        }
        arrange_button = QToolButton()
        arrange_button.setText(self.tr("Arrange"))
        arrange_button.setAccessibleName(self.tr("Align and distribute the selection"))
        arrange_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        arrange_menu = QMenu(arrange_button)
        arrange_menu.addActions(list(self.arrange_actions.values()))
        arrange_menu.addSeparator()
        arrange_menu.addAction(self.rotate_free_action)
        arrange_button.setMenu(arrange_menu)
        bar.addWidget(arrange_button)
        self.import_action = self._action(self.tr("Import a plan…"), "Ctrl+I", self.choose_backdrop, "import")
        bar.addAction(self.import_action)
        self.export_action = self._action(self.tr("Export the floor…"), "Ctrl+Shift+E", self.choose_export, "export")
        self.print_action = self._action(self.tr("Print the floor…"), QKeySequence.StandardKey.Print, self.print_floor, "print")
        self.geojson_import_action = self._action(self.tr("Import GeoJSON…"), "Ctrl+Shift+I", self.choose_geojson_import)
        bar.addAction(self.export_action)
        bar.addSeparator()
        self.snap_check = QCheckBox(self.tr("Snap to grid"))
        self.snap_check.setAccessibleName(self.tr("Snap to a 10 cm grid"))
        self.snap_check.setChecked(True)
        self.snap_check.setToolTip(self.tr("Drawing, moving and resizing also snap to the corners and walls of the other spaces. Hold Alt to place freely."))
        self.snap_check.toggled.connect(lambda on: setattr(self.canvas, "snap_to_grid", on))
        bar.addWidget(self.snap_check)
        self._add_zoom_actions(bar)
        self.edit_bar = QWidget()
        rows = QVBoxLayout(self.edit_bar)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(0)
        rows.addWidget(tools_bar)
        rows.addWidget(bar)

    def _add_zoom_actions(self, bar: QToolBar) -> None:
        bar.addSeparator()
        self._action(self.tr("Zoom to selection"), "Ctrl+E", self.canvas.zoom_to_selection)
        for text, slot, name in (
            (self.tr("Zoom in"), lambda: self.canvas.zoom_by(1.25), "zoom-in"),
            (self.tr("Zoom out"), lambda: self.canvas.zoom_by(0.8), "zoom-out"),
            (self.tr("Fit the floor"), self.canvas.zoom_to_fit, "zoom-fit"),
        ):
            action = QAction(icon(name), text, self)
            action.triggered.connect(slot)
            bar.addAction(action)
            widget = bar.widgetForAction(action)
            widget.setAccessibleName(text)

    def _build_live_bar(self) -> None:
        bar = QWidget()
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        self.day_picker = DayPicker()
        self.day_picker.day_changed.connect(lambda _d: self.load_statuses())
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Half-day or time shown"))
        self.period_combo.addItem(self.tr("Morning"), "morning")
        self.period_combo.addItem(self.tr("Afternoon"), "afternoon")
        self.period_combo.addItem(self.tr("Whole day"), "day")
        self.period_combo.addItem(self.tr("At a time"), "time")
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        # "At a time": who is where at 14:30 (a meeting room booked 14:00-15:00 shows booked).
        self.time_edit = QTimeEdit(QTime(10, 0))
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Time shown"))
        self.time_edit.setVisible(False)
        self.time_edit.timeChanged.connect(lambda _t: self.load_statuses())
        self.legend = StatusLegend()
        # Said in words: on a closed day every place would otherwise read as free.
        self.closed_label = QLabel()
        self.closed_label.setAccessibleName(self.tr("Site closed that day"))
        self.closed_label.hide()
        layout.addWidget(self.day_picker)
        layout.addWidget(self.period_combo)
        layout.addWidget(self.time_edit)
        layout.addWidget(self.closed_label, 1)
        self.live_bar = bar

    def _period_chosen(self, _index: int) -> None:
        self.time_edit.setVisible(self.period_combo.currentData() == "time")
        self.load_statuses()

    # -- data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.app.store

        def load(ctx: Any) -> tuple[list[BuildingInfo], Any]:
            return site_services.list_buildings(store), site_services.get_site(store)

        Op(self.app, load, parent=self).success(lambda r: self._show_buildings(*r)).run()

    def on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.floors or changes.site:
            self.refresh()  # also reloads the backdrop and its scale
        elif changes.spaces and initiator is not self:
            self._load_floor()
        elif changes.bookings and self.is_live():
            self.load_statuses()

    def _show_buildings(self, buildings: list[BuildingInfo], site: Any) -> None:
        self.buildings = buildings
        if site is not None:
            self.timezone = site.timezone
            self.day_picker.set_today(today_at_site(site.timezone))
            if not self.day_picker.property("initialised"):
                self.day_picker.set_day(today_at_site(site.timezone))
                self.day_picker.setProperty("initialised", True)
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
        wanted = self.pending_focus.floor_id if self.pending_focus else (current.id if current else None)
        index = next((i for i in range(self.floor_picker.count()) if self.floor_picker.itemData(i).id == wanted), 0)
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

        def load(ctx: Any) -> tuple[list[SpaceInfo], list[Any], set[str]]:
            spaces = space_services.list_spaces(store, floor_id=floor.id)
            out = outage_services.out_of_service_now(store, space_ids=[s.id for s in spaces], at=utc_now())
            return spaces, agent_services.search_agents(store, limit=500), out

        Op(self.app, load, parent=self).success(lambda r: self._show_floor(floor, *r)).run()

    def _show_floor(self, floor: FloorInfo, spaces: list[SpaceInfo], agents: list[Any], out_now: set[str] | None = None) -> None:
        self.out_now = out_now or set()
        same_floor = self.scene.floor is not None and self.scene.floor.id == floor.id
        selected = self.scene.selected_ids() if same_floor else []
        self.agents = agents
        self.spaces = {s.id: s for s in spaces}
        stack = self.undo_stacks.get(floor.id)
        if stack is None:
            stack = self.undo_stacks[floor.id] = QUndoStack(self.undo_group)
        self.undo_group.setActiveStack(stack)
        self.scene.show_floor(floor, spaces)
        if not same_floor:
            self.canvas.zoom_to_fit()
        self.scene.select_ids(selected)
        if self.pending_focus is not None and self.pending_focus.floor_id == floor.id:
            self.select_spaces(list(self.pending_focus.space_ids))
            self.pending_focus = None
        self.minimap.render_floor()
        self._fill_list(fit=True)
        self.checker = self._checker_build = None  # the floor was (re)loaded: check it whole
        self.run_checks()
        if self.is_live():
            self.load_statuses()
        self._load_backdrop(floor)

    # -- backdrop -----------------------------------------------------------------------------
    def _load_backdrop(self, floor: FloorInfo) -> None:
        store = self.app.store
        if floor.backdrop_sha256 is None:
            self.scene.set_backdrop(None)
            self.scene.set_linework(None)
            return

        def load(ctx: Any) -> Any:
            backdrop = floor_services.get_backdrop(store, floor_id=floor.id)
            if backdrop is None:
                return None
            if backdrop.media_type == floor_services.LINEWORK_MEDIA_TYPE:
                return backdrop, linework_paths(backdrop.data, ctx.check_cancelled)
            return backdrop, decode_backdrop(backdrop.data, backdrop.media_type).image

        Op(self.app, load, parent=self).success(self._show_backdrop).failure(self._backdrop_failed).run()

    def _show_backdrop(self, result: Any) -> None:
        if result is None:
            self.scene.set_backdrop(None)
            return
        backdrop, image = result
        self.backdrop_scale = backdrop.units_per_metre
        if isinstance(image, Linework):
            self.scene.set_backdrop(None)
            self.scene.set_linework(image)
            return
        self.scene.set_backdrop(image, backdrop.units_per_metre, backdrop.origin_x, backdrop.origin_y)

    def choose_backdrop(self) -> None:
        if self.spare_dxf_reader is None:
            # Started now, its 1-2 s of imports pass while the person chooses the file (kept if unused).
            self.spare_dxf_reader = DxfReader()
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a plan"), "", self.tr("Plans (*.png *.jpg *.jpeg *.svg *.pdf *.dxf)")
        )
        if path:
            self.import_backdrop(Path(path))

    def import_backdrop(self, path: Path) -> None:
        """Decode and check the file off the UI thread, then store it: a bad file changes nothing."""
        floor = self.current_floor()
        if floor is None:
            return
        if path.suffix.lower() == ".dxf":
            self.import_dxf(path)
            return
        store = self.app.store

        def read(ctx: Any) -> Any:
            data = path.read_bytes()
            ctx.check_cancelled()
            media_type = media_type_of(path)
            decoded = decode_backdrop(data, media_type)
            image = decoded.image
            ctx.check_cancelled()
            # Until calibrated, the plan is stretched over the floor's width.
            width = floor.width_m if floor.width_m > 0 else image.width() / 100
            skipped.extend(decoded.warnings)
            return floor_services.set_backdrop(store, floor_id=floor.id, data=data, media_type=media_type,
                                               units_per_metre=image.width() / width)

        skipped: list[str] = []  # QtSvg's warnings, filled by `read`

        def done(_outcome: Any) -> None:
            self._edit_done()
            if skipped:  # drawn, but QtSvg skipped parts of it: say so rather than show a partial plan silently
                self.status_line.setText(self.tr("The plan was imported, but %n part(s) of the drawing could not be shown.", "", len(skipped)))

        self.pending_edits += 1
        Op(self.app, read, parent=self).with_progress(self.tr("Importing the plan…")).success(done).failure(
            self._backdrop_failed).run()

    def import_dxf(self, path: Path) -> None:
        """Read the drawing off the UI thread, ask the layer roles, then create spaces and linework."""
        self.pending_edits += 1
        spare, self.spare_dxf_reader = self.spare_dxf_reader, None

        def read(ctx: Any) -> tuple[DxfReader, DxfDrawing]:
            # In a child process that keeps the drawing: its million objects would stall the UI thread.
            reader = spare or DxfReader()
            return reader, reader.read(path, progress=lambda done, total: ctx.progress(done, total), check_cancelled=ctx.check_cancelled)

        Op(self.app, read, parent=self).off_database().with_progress(self.tr("Reading the DXF drawing…")).success(
            lambda result: self._ask_layer_roles(*result)).failure(self._backdrop_failed).run()

    def _ask_layer_roles(self, reader: DxfReader, drawing: DxfDrawing) -> None:
        self.pending_edits -= 1
        self.dxf_wizard = DxfLayerWizard(drawing, self)
        self.dxf_wizard.revised_check.setChecked(bool(self.spaces))
        self.dxf_wizard.accepted.connect(lambda: self._import_dxf_plan(self.dxf_wizard, reader))
        self.dxf_wizard.rejected.connect(reader.close)
        self.dxf_wizard.open()

    def _import_dxf_plan(self, wizard: DxfLayerWizard, reader: DxfReader) -> None:
        floor = self.current_floor()
        if floor is None:
            reader.close()
            return
        store, roles, scale = self.app.store, wizard.roles(), wizard.metres_per_unit()
        if wizard.revised_check.isChecked():
            self._compare_revised_plan(floor, reader, roles, scale)
            return
        self.pending_edits += 1

        def work(ctx: Any) -> Any:
            plan = _plan_in_reader(reader, roles, scale, ctx)
            ctx.check_cancelled()
            outcome = floor_services.import_dxf_plan(store, floor_id=floor.id, plan=plan)
            return outcome, plan

        def done(result: Any) -> None:
            outcome, plan = result
            self.pending_edits -= 1
            self.app.changed.emit(outcome.changes, None)
            self.dxf_report = self._dxf_report(plan)
            self.status_line.setText(self.dxf_report)

        Op(self.app, work, parent=self).with_progress(self.tr("Importing the DXF drawing…")).success(done).failure(
            self._backdrop_failed).run()

    def _compare_revised_plan(self, floor: FloorInfo, reader: DxfReader, roles: dict[str, str], scale: float) -> None:
        store = self.app.store
        self.pending_edits += 1

        def work(ctx: Any) -> Any:
            plan = _plan_in_reader(reader, roles, scale, ctx)
            return plan, diff_plan(space_services.list_spaces(store, floor_id=floor.id), plan.spaces)

        Op(self.app, work, parent=self).with_progress(self.tr("Comparing with the current floor…")).success(
            lambda r: self._confirm_revised_plan(floor, *r)).failure(self._backdrop_failed).run()

    def _confirm_revised_plan(self, floor: FloorInfo, plan: Any, diff: Any) -> None:
        self.pending_edits -= 1
        self.plan_diff = diff
        lines = [self.tr("%n space(s) added", "", len(diff.added)), self.tr("%n space(s) removed", "", len(diff.removed)),
                 self.tr("%n space(s) changed (same id, bookings kept)", "", len(diff.changed)),
                 self.tr("%n space(s) unchanged", "", diff.unchanged)]
        names = [s.name for s in diff.removed[:10]]
        if names:
            lines.append(self.tr("Removed: %1").replace("%1", ", ".join(names)))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Apply the revised plan?"), "\n".join(lines),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setAccessibleName(self.tr("Changes of the revised plan"))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Apply"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(lambda: self.apply_revised_plan(floor, plan, diff))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.revised_box = box
        box.open()

    def apply_revised_plan(self, floor: FloorInfo, plan: Any, diff: Any) -> None:
        store = self.app.store
        self.pending_edits += 1
        Op(self.app, lambda ctx: floor_services.apply_revised_plan(store, floor_id=floor.id, diff=diff, plan=plan),
           parent=self).success(lambda _o: self._edit_done()).failure(self._backdrop_failed).run()

    def _dxf_report(self, plan: Any) -> str:
        kinds = [s.kind for s in plan.spaces]
        lines = [
            self.tr("%n room(s) created", "", kinds.count("office")),
            self.tr("%n desk(s) created", "", kinds.count("desk")),
            self.tr("%n zone(s) created", "", kinds.count("zone")),
        ]
        reasons = {
            "open_outline": self.tr("%n open outline(s) skipped (a room needs a closed outline)", "", plan.skipped.get("open_outline", 0)),
            "unsupported_on_backdrop": self.tr("%n entity(ies) of unsupported types skipped on the backdrop", "", plan.skipped.get("unsupported_on_backdrop", 0)),
            "not_a_block_on_desk_layer": self.tr("%n entity(ies) on desk layers were not blocks", "", plan.skipped.get("not_a_block_on_desk_layer", 0)),
            "too_small": self.tr("%n outline(s) too small for a room", "", plan.skipped.get("too_small", 0)),
            "damaged": self.tr("%n damaged entity(ies) skipped", "", plan.skipped.get("damaged", 0)),
            "ignored_layer": self.tr("%n entity(ies) on ignored layers", "", plan.skipped.get("ignored_layer", 0)),
        }
        lines += [text for key, text in reasons.items() if plan.skipped.get(key)]
        return "\n".join(lines)

    # -- exports ----------------------------------------------------------------------------------
    def floor_title(self) -> str:
        return self.floor_picker.currentText()

    def choose_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the floor"), self.floor_title().replace("/", "-"),
            ";;".join([self.tr("PDF, A4 (*.pdf)"), self.tr("PDF, A3 (*.pdf)"), self.tr("PNG image (*.png)"),
                       self.tr("SVG drawing (*.svg)"), self.tr("GeoJSON (IMDF) (*.geojson)")]),
        )
        if path:
            self.export_floor(Path(path), page="A3" if "A3" in chosen else "A4")

    def export_floor(self, path: Path, *, page: str = "A4") -> TaskContext | None:
        """Write the floor in the format of the file's extension. The scene is recorded here (it may
        only be touched on the UI thread); the slow painting and writing run off it, cancellable."""
        suffix = path.suffix.lower()
        floor = self.current_floor()
        if floor is None:
            return None
        if suffix == ".geojson":
            store = self.app.store
            self.pending_edits += 1
            return Op(self.app, lambda ctx: path.write_bytes(floor_services.export_floor_geojson(store, floor_id=floor.id)),
                      parent=self).success(lambda _n: self._exported(path)).failure(self._backdrop_failed).run()
        title = self.floor_title()
        if suffix == ".png":
            snap = prepare_png(self.scene)
            write: Callable[[Check], Any] = lambda check: write_png(snap, path, check)  # noqa: E731
        elif suffix == ".svg":
            snap = prepare_svg(self.scene)
            write = lambda check: write_svg(snap, path, title, check)  # noqa: E731
        else:
            job = PlanPrinter(self).prepare_pdf(self.scene, title=title, page=page, live=self.is_live())
            write = lambda check: write_pdf(job, path, check)  # noqa: E731

        def work(ctx: Any) -> bool:
            try:
                write(ctx.check_cancelled)
                ctx.check_cancelled()
            except TaskCancelled:
                path.unlink(missing_ok=True)  # no half-written file left behind
                return False
            return True

        self.pending_edits += 1
        return Op(self.app, work, parent=self).off_database().with_progress(self.tr("Exporting the floor…")).success(
            lambda written: self._exported(path) if written else self._export_cancelled()).failure(self._backdrop_failed).run()

    def _export_cancelled(self) -> None:
        self.pending_edits -= 1
        self.status_line.setText(self.tr("Export cancelled: no file was written."))

    def _exported(self, path: Path) -> None:
        self.pending_edits -= 1
        self.status_line.setText(self.tr("Floor exported to %1").replace("%1", str(path)))

    def print_floor(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAccessibleName(self.tr("Print the floor"))
        dialog.accepted.connect(lambda: self.print_on(printer))
        dialog.open()

    def print_on(self, printer: Any) -> TaskContext | None:
        """Lay the page out and record the scene here (the UI thread); paint on the printer off it, cancellable."""
        if self.current_floor() is None:
            return None
        job = PlanPrinter(self).prepare_print(printer, self.scene, title=self.floor_title(), live=self.is_live())

        def work(ctx: Any) -> bool:
            try:
                print_page(job, printer, ctx.check_cancelled)
            except TaskCancelled:
                return False
            return True

        self.pending_edits += 1
        return Op(self.app, work, parent=self).off_database().with_progress(self.tr("Printing the floor…")).success(
            self._printed).failure(self._print_failed).run()

    def _print_failed(self, exc: Exception) -> None:
        self.pending_edits = max(0, self.pending_edits - 1)
        log.warning("printing failed: %s", exc)
        self.warn(self.tr("The floor could not be printed: the printer did not accept the page. Check it and try again."))

    def _printed(self, printed: bool) -> None:
        self.pending_edits -= 1
        self.status_line.setText(self.tr("The floor was sent to the printer.") if printed
                                 else self.tr("Printing cancelled: nothing was sent to the printer."))

    def choose_geojson_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import GeoJSON"), "", self.tr("GeoJSON (*.geojson *.json)"))
        if path:
            self.import_geojson(Path(path))

    def import_geojson(self, path: Path) -> None:
        floor = self.current_floor()
        if floor is None:
            return
        store = self.app.store
        self.pending_edits += 1
        Op(self.app, lambda ctx: floor_services.import_floor_geojson(store, floor_id=floor.id, data=path.read_bytes()),
           parent=self).with_progress(self.tr("Importing the GeoJSON file…")).success(lambda _o: self._reload_after_import()).failure(
            self._backdrop_failed).run()

    def _reload_after_import(self) -> None:
        self.pending_edits -= 1
        self._load_floor()

    def _edit_done(self) -> None:
        self.pending_edits -= 1

    def _backdrop_failed(self, exc: Exception) -> None:
        self.pending_edits = max(0, self.pending_edits - 1)
        self.warn(backdrop_message(exc))

    def warn(self, text: str) -> None:
        """A non-blocking warning (window-modal): the page keeps painting behind it."""
        self.last_message = text
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Floor plan"), text, parent=self)
        box.setAccessibleName(self.tr("Error message"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.status_line.setText(text)

    def calibrate(self, measured_m: float) -> None:
        floor = self.current_floor()
        if floor is None or self.scene.backdrop_item is None:
            self.warn(self.tr("Import a plan first: calibration sets the scale of the plan under the drawing."))
            return
        distance, ok = QInputDialog.getDouble(
            self, self.tr("Calibrate"), self.tr("Real distance between the two points, in metres:"), 1.0, 0.01, 10000.0, 2
        )
        if ok:
            self.apply_calibration(measured_m, distance)

    def apply_calibration(self, measured_m: float, real_m: float) -> None:
        floor = self.current_floor()
        store = self.app.store
        current = getattr(self, "backdrop_scale", 1.0)
        # What measured `measured_m` at the current scale really is `real_m`.
        new_scale = current * measured_m / real_m
        self.pending_edits += 1
        Op(self.app, lambda ctx: floor_services.calibrate_floor(store, floor_id=floor.id, units_per_metre=new_scale),
           parent=self).success(lambda _o: self._edit_done()).failure(self._backdrop_failed).run()

    @property
    def undo_stack(self) -> QUndoStack | None:
        return self.undo_group.activeStack()

    # -- editing (the editor protocol the tools call) ---------------------------------------
    def execute(self, work: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        """Run a command's service call off the UI thread; mirror the answer in the scene."""
        store = self.app.store
        self.pending_edits += 1

        def finished(outcome: Any) -> None:
            self.pending_edits -= 1
            done(outcome.value)
            self.run_checks()

        def failed(exc: Exception) -> None:
            self.pending_edits -= 1
            self.app.show_error(exc, parent=self)
            self._load_floor()  # the map may show an edit the store refused

        Op(self.app, lambda ctx: work(store), parent=self).success(finished).failure(failed).run()

    def spaces_saved(self, spaces: Sequence[SpaceInfo]) -> None:
        for space in spaces:
            self.spaces[space.id] = space
        self._update_checks(spaces, ())
        self.scene.upsert(spaces)
        self._fill_list()
        self._show_details(set(self.scene.selected_ids()))

    def spaces_removed(self, space_ids: Sequence[str]) -> None:
        for space_id in space_ids:
            self.spaces.pop(space_id, None)
        self._update_checks((), space_ids)
        self.scene.remove(space_ids)
        self._fill_list()

    def _push(self, command: Any) -> None:
        if self.undo_stack is not None:
            self.undo_stack.push(command)

    def _next_name(self, kind: str) -> str:
        base = {
            "desk": self.tr("Desk"), "office": self.tr("Office"), "meeting_room": self.tr("Meeting room"),
            "leisure": self.tr("Leisure space"), "zone": self.tr("Zone"), "service": self.tr("Service room"),
            "circulation": self.tr("Corridor"),
        }[kind]
        used = {s.name for s in self.spaces.values()}
        n = 1 + sum(1 for s in self.spaces.values() if s.kind == kind)
        while f"{base} {n}" in used:
            n += 1
        return f"{base} {n}"

    def draw_space(self, kind: str, geometry: list[list[float]]) -> None:
        floor = self.current_floor()
        if floor is None:
            return
        spec = {"kind": kind, "name": self._next_name(kind), "geometry": geometry,
                "capacity": 0 if kind in ("circulation", "service") else 1,
                "bookable": kind in ("office", "meeting_room", "leisure")}
        self._push(CreateSpacesCommand(self.execute, self, floor_id=floor.id, specs=[spec],
                                       text=self.tr("Draw %1").replace("%1", space_kind_label(kind))))

    def desk_row(self) -> tuple[int, float]:
        return self.desk_count.value(), self.desk_spacing.value()

    def place_desks(self, geometries: list[list[list[float]]]) -> None:
        floor = self.current_floor()
        if floor is None:
            return
        zone_id = self._zone_at(geometries[0][0])
        specs = []
        taken = {s.name for s in self.spaces.values()}
        base = self.tr("Desk")
        n = 1 + sum(1 for s in self.spaces.values() if s.kind == "desk")
        for geometry in geometries:
            while f"{base} {n}" in taken:
                n += 1
            taken.add(f"{base} {n}")
            specs.append({"kind": "desk", "name": f"{base} {n}", "geometry": geometry, "capacity": 1, "bookable": True, "zone_id": zone_id})
        self._push(CreateSpacesCommand(self.execute, self, floor_id=floor.id, specs=specs,
                                       text=self.tr("Place %n desk(s)", "", len(specs))))

    def _zone_at(self, point: Sequence[float]) -> str | None:
        from PySide6.QtCore import QPointF

        from ui.plan.scene import SCALE, SpaceItem

        for item in self.scene.items(QPointF(point[0] * SCALE + 1, point[1] * SCALE + 1)):
            if isinstance(item, SpaceItem) and item.kind == "zone":
                return item.space_id
        return None

    def move_spaces(self, before: dict[str, Any], after: dict[str, Any], text: str, *, mergeable: bool = False,
                    merge_id: int = MOVE_COMMAND_ID) -> None:
        self._push(MoveSpacesCommand(self.execute, self, before=before, after=after, text=text, mergeable=mergeable,
                                     merge_id=merge_id))

    def resize_by(self, dx: float, dy: float) -> None:
        """Keyboard resize of the one selected space (Ctrl+arrows): its right or bottom side moves by
        dx or dy scene units, like dragging that edge's handle; repeated presses merge into one step."""
        handles = self.canvas.handles
        if handles.target is None or not self.canvas.editable:
            return
        target, points = handles.target, handles.outline()
        edges = [(h, p) for h, p in handles.handles if h.kind == "edge"]
        if dx:
            handle, middle = max(edges, key=lambda e: e[1].x())
        else:
            handle, middle = max(edges, key=lambda e: e[1].y())
        handles.set_active(handle)  # the moving side is shown, as under the mouse
        new = resized(points, handle, QPointF(middle.x() + dx, middle.y() + dy))
        before, after = to_metres(QPolygonF(points)), to_metres(QPolygonF(new))
        if after == before:
            return
        offset = target.pos()
        target.setPolygon(QPolygonF([p - offset for p in new]))  # shown at once; the service answer confirms it
        handles.place(new)
        self.move_spaces({target.space_id: before}, {target.space_id: after}, self.tr("Resize"), mergeable=True,
                         merge_id=RESIZE_COMMAND_ID)

    def nudge(self, dx: float, dy: float) -> None:
        items = [self.scene.items_by_id[i] for i in self.scene.selected_ids()]
        # From what is shown (saved outline + nudges not yet answered by the store).
        before = {i.space_id: i.geometry_with_offset() for i in items}
        after = {
            i.space_id: tuple((round(x + dx / 100, 3), round(y + dy / 100, 3)) for x, y in before[i.space_id]) for i in items
        }
        # Show it at once; the service answer confirms it.
        for item in items:
            item.setPos(item.pos().x() + dx, item.pos().y() + dy)
        self.scene.invalidate_desk_batch(items)
        self.move_spaces(before, after, self.tr("Nudge"), mergeable=True)

    def rotate_selection(self, degrees: float) -> None:
        ids = self.scene.selected_ids()
        if not ids or not self.canvas.editable:
            return
        before = {i: self.spaces[i].geometry for i in ids}
        after = {i: rotate(self.spaces[i].geometry, degrees) for i in ids}
        self.move_spaces(before, after, self.tr("Rotate"))

    def set_out_of_service(self, out: bool, reason: str) -> None:
        """From now on (for ten years when put out: until someone brings the spaces back)."""
        ids = self.scene.selected_ids()
        if not ids:
            return
        now = utc_now()
        text = self.tr("Put %n space(s) out of service", "", len(ids)) if out else self.tr("Bring %n space(s) back into service", "", len(ids))
        self._push(OutOfServiceCommand(self.execute, lambda _r: self._refresh_outages(), space_ids=ids, out=out,
                                       starts_at=now, ends_at=now + timedelta(days=3650), reason=reason, text=text))

    def _refresh_outages(self) -> None:
        store, ids = self.app.store, list(self.spaces)

        def done(out: set[str]) -> None:
            self.out_now = out
            self._show_details(set(self.scene.selected_ids()))
            if self.is_live():
                self.load_statuses()

        Op(self.app, lambda ctx: outage_services.out_of_service_now(store, space_ids=ids, at=utc_now()), parent=self).success(done).run()

    def arrange(self, how: str) -> None:
        """Align on an edge of the selection, or distribute evenly along x or y: one undo step."""
        ids = self.scene.selected_ids()
        if len(ids) < 2 or not self.canvas.editable:
            return
        before = {i: self.spaces[i].geometry for i in ids}
        after = distribute(before, how) if how in ("x", "y") else align(before, how)
        if after != before:
            self.move_spaces(before, after, self.tr("Arrange"))

    def choose_rotation(self) -> None:
        """Any angle (the 15° steps of Ctrl+R cover most plans; a slanted wing needs this)."""
        if not self.scene.selected_ids() or not self.canvas.editable:
            return
        angle, ok = QInputDialog.getDouble(self, self.tr("Rotate"), self.tr("Angle in degrees (clockwise):"), 15.0, -360.0, 360.0, 1)
        if ok and angle:
            self.rotate_selection(angle)

    def delete_selection(self) -> None:
        ids = self.scene.selected_ids()
        if ids and self.canvas.editable:
            self._push(DeleteSpacesCommand(self.execute, self, space_ids=ids, text=self.tr("Delete %n space(s)", "", len(ids))))

    def copy_selection(self) -> None:
        self.clipboard = []
        for space_id in self.scene.selected_ids():
            space = self.spaces[space_id]
            spec = {field: getattr(space, field) for field in COPIED_FIELDS if hasattr(space, field)}
            spec["geometry"] = [list(p) for p in space.geometry]
            spec["source_floor"] = space.floor_id
            self.clipboard.append(spec)
        self.status_line.setText(self.tr("%n space(s) copied", "", len(self.clipboard)))

    def paste(self) -> None:
        floor = self.current_floor()
        if floor is None or not self.clipboard or not self.canvas.editable:
            return
        taken = {s.name for s in self.spaces.values()}
        specs = []
        for copied in self.clipboard:
            spec = {k: v for k, v in copied.items() if k != "source_floor"}
            shift = PASTE_OFFSET if copied["source_floor"] == floor.id else 0.0
            spec["geometry"] = [[x + shift, y + shift] for x, y in spec["geometry"]]
            name = spec["name"]
            if name in taken:
                name = self._unique_copy_name(name, taken)
            taken.add(name)
            spec["name"] = name
            specs.append(spec)
        self._push(CreateSpacesCommand(self.execute, self, floor_id=floor.id, specs=specs,
                                       text=self.tr("Paste %n space(s)", "", len(specs))))

    def _unique_copy_name(self, name: str, taken: set[str]) -> str:
        n = 2
        while f"{name} ({n})" in taken:
            n += 1
        return f"{name} ({n})"

    def duplicate_selection(self) -> None:
        if self.canvas.editable and self.scene.selected_ids():
            self.copy_selection()
            self.paste()

    def apply_properties(self, values: dict[str, Any]) -> None:
        ids = self.scene.selected_ids()
        if not ids:
            return
        before = {i: {field: self._field(self.spaces[i], field) for field in values} for i in ids}
        after = {i: dict(values) for i in ids}
        self._push(UpdateSpacesCommand(self.execute, self, before=before, after=after,
                                       text=self.tr("Edit %n space(s)", "", len(ids))))

    @staticmethod
    def _field(space: SpaceInfo, field: str) -> Any:
        value = getattr(space, field)
        return list(value) if isinstance(value, tuple) else value

    def format_metres(self, value: float) -> str:
        return self.tr("%1 m").replace("%1", format_number(value, 2))

    def measured(self, value: float) -> None:
        self.status_line.setText(self.tr("Distance: %1").replace("%1", self.format_metres(value)))

    def show_focus(self, focus: PlanFocus) -> None:
        """Spaces another page points at (free places found by a search): their floor, in
        availability mode for their day and half-day, with those spaces selected."""
        self.pending_focus = focus
        self.set_live(True)
        self.day_picker.set_day(focus.day)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(focus.period)))
        index = next((i for i in range(self.floor_picker.count()) if self.floor_picker.itemData(i).id == focus.floor_id), -1)
        if index < 0:
            return  # the floors are still loading: _show_buildings picks the focus's floor
        if index != self.floor_picker.currentIndex():
            self.floor_picker.setCurrentIndex(index)  # loads the floor, which then applies the focus
        else:
            self._load_floor()

    def select_spaces(self, space_ids: list[str]) -> None:
        self.scene.select_ids(space_ids)
        self.canvas.zoom_to_selection()

    # -- checks -----------------------------------------------------------------------------
    def run_checks(self) -> None:
        """Show the floor's findings: at once after an edit (a few ms), or once the whole floor is checked."""
        if self.checker is not None:
            self._show_checks((self.checker.issues(), self.checker.summary()))
            return
        if self._checker_build is not None:
            return  # a whole-floor check is under way: it shows its findings
        spaces = list(self.spaces.values())
        build = self._checker_build = object()
        self._edits_during_build = []

        def built(checker: FloorChecker) -> None:
            if build is not self._checker_build:
                return  # another floor was opened meanwhile
            self._checker_build = None
            for saved, removed in self._edits_during_build:
                checker.update(saved, removed)
            self._edits_during_build = []
            self.checker = checker
            self.run_checks()

        def failed(exc: Exception) -> None:
            if build is self._checker_build:
                self._checker_build = None
            self.app.show_error(exc, parent=self)

        Op(self.app, lambda ctx: FloorChecker(spaces), parent=self).off_database().success(built).failure(failed).run()

    def _update_checks(self, saved: Sequence[SpaceInfo], removed: Sequence[str]) -> None:
        if self.checker is not None:
            self.checker.update(saved, removed)
        elif self._checker_build is not None:
            self._edits_during_build.append((list(saved), list(removed)))

    def _show_checks(self, result: tuple[list[PlanIssue], Any]) -> None:
        self.issues, summary = result
        self.checks.show_issues(self.issues, summary)
        self.side_tabs.setTabText(2, self.tr("Checks (%1)").replace("%1", str(len(self.issues))) if self.issues else self.tr("Checks"))

    # -- live mode --------------------------------------------------------------------------
    def is_live(self) -> bool:
        return self.mode_combo.currentData() == "live"

    def set_live(self, live: bool) -> None:
        self.mode_combo.setCurrentIndex(1 if live else 0)

    def _mode_chosen(self, _index: int) -> None:
        live = self.is_live()
        self.canvas.editable = not live
        self.bars.setCurrentIndex(1 if live else 0)
        self.bars.setFixedHeight(self.bars.currentWidget().sizeHint().height())  # no empty second row in live mode
        self.legend.setVisible(live)
        self.legend_title.setVisible(live)
        self.details.setCurrentIndex(1 if live else 0)
        for action in (*self.tool_actions.values(), self.delete_action, self.duplicate_action, self.rotate_action, self.paste_action):
            action.setEnabled(not live)
        if live:
            self.tool_actions["select"].trigger()
            self.load_statuses()
        else:
            self.scene.set_live(False)
            self._fill_list(fit=True)
        self._show_details(set(self.scene.selected_ids()))

    def period(self) -> tuple[date, str]:
        """The day shown and its period: "morning", "afternoon", "day" or "time" (see `moment`)."""
        return self.day_picker.day(), self.period_combo.currentData() or "day"

    def moment(self) -> time | None:
        """The time shown, when the period is "time"."""
        return self.time_edit.time().toPython() if self.period_combo.currentData() == "time" else None  # type: ignore[no-any-return]

    def load_statuses(self) -> None:
        floor = self.current_floor()
        if floor is None or not self.is_live():
            return
        store = self.app.store
        day, period = self.period()
        at = self.moment()
        if at is not None:
            period = "day"

        def load(ctx: Any) -> tuple[Any, list[BookingInfo]]:
            return (space_status.floor_status(store, floor_id=floor.id, day=day, period=period, at=at),
                    booking_services.list_bookings_for_day(store, day=day, floor_id=floor.id))

        Op(self.app, load, parent=self).success(self._show_statuses).run()

    def _show_statuses(self, result: tuple[Any, list[BookingInfo]]) -> None:
        floor_status, bookings = result
        self.statuses = {sid: s.status for sid, s in floor_status.by_space.items()}
        self.day_bookings = {}
        for booking in bookings:
            self.day_bookings.setdefault(booking.space_id, []).append(booking)
        if self.is_live():
            self.scene.set_live(True, self.statuses)
        self.legend.set_counts(floor_status.counts())
        self._show_closed(floor_status.closed)
        self._fill_list(fit=True)
        self._show_details(set(self.scene.selected_ids()))

    def _show_closed(self, reasons: Sequence[Any]) -> None:
        holiday = next((r.params.get("holiday", "") for r in reasons if r.code == "public_holiday"), None)
        if holiday is not None:
            text = self.tr("Site closed: public holiday (%1).").replace("%1", str(holiday))
        elif reasons:
            text = self.tr("Site closed that day: no booking possible.")
        else:
            text = ""
        self.closed_label.setText(f"<b>{text}</b>" if text else "")
        self.closed_label.setAccessibleDescription(text)
        self.closed_label.setVisible(bool(text))

    def _book(self, space_id: str) -> None:
        """Book the space for the period shown: the window opens the booking dialog (directory
        search, guest, recurrence, waitlist); the map recolours when the booking is saved."""
        store = self.app.store
        day, period = self.period()
        at = self.moment()
        part = "hour" if at is not None else period  # at a time: the hour it falls in

        def ask(slot: Any) -> None:  # the space's own half-day hours, from its rules
            self.app.booking_requested.emit(BookingRequest(slot.space_id, slot.space_name, slot.starts_at, slot.ends_at))

        Op(self.app, lambda ctx: booking_services.propose_slot(store, space_id=space_id, day=day, part=part,
                                                                hour=at.hour if at is not None else None),
           parent=self).success(ask).run()

    def _check_in(self, booking_id: str) -> None:
        store = self.app.store
        Op(self.app, lambda ctx: booking_services.check_in_booking(store, booking_id=booking_id), parent=self).run()

    def _release(self, booking_id: str) -> None:
        store = self.app.store
        Op(self.app, lambda ctx: booking_services.cancel_booking(store, booking_id=booking_id, reason="released"), parent=self).run()

    # -- view -------------------------------------------------------------------------------
    def _visible_scene_rect(self) -> Any:
        return self.canvas.mapToScene(self.canvas.viewport().rect()).boundingRect()

    def zoom_to_fit(self) -> None:
        self.canvas.zoom_to_fit()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.scene.floor is not None:
            self.canvas.zoom_to_fit()

    def list_columns(self, space: SpaceInfo) -> tuple[str, str, str, str]:
        """The list twin's line for a space: name, kind, places, and (in availability mode) status."""
        places = self.tr("%n place(s)", "", space.capacity) if space.kind not in ("zone", "service") else ""
        status = ""
        if self.is_live() and space.id in self.statuses:
            status = status_label(self.statuses[space.id])
        elif self.is_live() and space.kind in BOOKABLE_KINDS:
            status = not_bookable_label()
        return space.name, space_kind_label(space.kind), places, status

    def _fill_list(self, *, fit: bool = False) -> None:
        """Refill the list twin; `fit` also sizes its columns (a floor or mode shown: not after each edit)."""
        self.space_list.space_model().set_spaces(self.spaces.values(), search_key(self.filter_edit.text()).split())
        if fit:
            self.space_list.fit_columns(show_status=self.is_live())
        self.space_list.select_ids(set(self.scene.selected_ids()))

    def _map_selection_changed(self) -> None:
        # The scene empties itself (and says so) while being destroyed with the page.
        if self._syncing_selection or not shiboken6.isValid(self.scene) or not shiboken6.isValid(self.space_list):
            return
        selected = set(self.scene.selected_ids())
        self._syncing_selection = True
        self.space_list.select_ids(selected)
        self._syncing_selection = False
        self._show_details(selected)

    def _list_selection_changed(self) -> None:
        if self._syncing_selection:
            return
        selected = self.space_list.selected_ids()
        self._syncing_selection = True
        self.scene.select_ids(selected)
        for space_id in selected[:1]:
            self.canvas.ensureVisible(self.scene.items_by_id[space_id])
        self._syncing_selection = False
        self._show_details(set(selected))

    def _show_details(self, selected: set[str]) -> None:
        spaces = [self.spaces[i] for i in selected if i in self.spaces]
        if self.is_live():
            space = spaces[0] if len(spaces) == 1 else None
            bookings = self.day_bookings.get(space.id, []) if space else []
            self.live_panel.show_space(space, self.statuses.get(space.id) if space else None, bookings, self.timezone)
        else:
            zones = sorted((s for s in self.spaces.values() if s.kind == "zone"), key=lambda s: s.name)
            self.properties.show_spaces(spaces, zones, getattr(self, "agents", []), self.out_now)
        if spaces:
            self.status_line.setText(self.tr("%n space(s) selected", "", len(spaces)))

