"""The map's accessible twin: the floor's spaces as a keyboard-operable list, selection shared with the map.

A one-column table over a model rather than a QListWidget: a large floor has 5,000 spaces and the
list is refilled after every edit and status change; building 5,000 items took ~240 ms of the UI
thread each time, a model reset takes a few (only the visible rows are worded and painted).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from nomad_desktop.services.records import SpaceInfo
from nomad_desktop.text import search_key

Index = QModelIndex | QPersistentModelIndex


class SpaceListModel(QAbstractTableModel):
    """Spaces sorted by name (circulations left out), optionally filtered by words; UserRole is the id.

    `columns_of` gives name, kind, places and status (empty outside availability mode); they are
    shown name, status, kind, places: the status is what reception reads, keep it in view."""

    #: Shown column -> index in `columns_of`'s answer.
    SHOWN = (0, 3, 1, 2)
    STATUS_COLUMN = 1

    def __init__(self, columns_of: Callable[[SpaceInfo], Sequence[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns_of = columns_of
        self.rows: list[SpaceInfo] = []
        self._row_of: dict[str, int] = {}
        self._columns: dict[str, Sequence[str]] = {}  # worded once per fill: the view asks a cell many times

    def set_spaces(self, spaces: Iterable[SpaceInfo], words: Collection[str] = ()) -> None:
        self._columns = {}
        shown = [s for s in spaces if s.kind != "circulation"]
        if words:  # the words must all appear in the line as read (accents ignored)
            shown = [s for s in shown if all(w in search_key(self.text_of(s)) for w in words)]
        shown.sort(key=lambda s: s.name)
        self.beginResetModel()
        self.rows = shown
        self._row_of = {s.id: n for n, s in enumerate(shown)}
        self.endResetModel()

    def text_of(self, space: SpaceInfo) -> str:
        """The whole line, as a screen reader or the filter reads it."""
        return " — ".join(part for part in self._worded(space) if part)

    def _worded(self, space: SpaceInfo) -> Sequence[str]:
        columns = self._columns.get(space.id)
        if columns is None:
            columns = self._columns[space.id] = self.columns_of(space)
        return columns

    def row_of(self, space_id: str) -> int | None:
        return self._row_of.get(space_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Space"), self.tr("Status"), self.tr("Kind"), self.tr("Places"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        space = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._worded(space)[self.SHOWN[index.column()]]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text_of(space)
        if role == Qt.ItemDataRole.UserRole:
            return space.id
        return None


class SpaceListView(QTableView):
    """The list's view; `selection_changed` fires for a person's selection, not for `select_ids`."""

    selection_changed = Signal()

    def __init__(self, model: SpaceListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setResizeContentsPrecision(0)  # fit columns to the visible rows only
        self.verticalHeader().hide()
        # Rows of one height: the view lays out only what is visible.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as in any list
        self._quiet = False
        self.selectionModel().selectionChanged.connect(self._changed)

    def space_model(self) -> SpaceListModel:
        model = self.model()
        assert isinstance(model, SpaceListModel)
        return model

    def count(self) -> int:
        return self.space_model().rowCount()

    def text(self, row: int) -> str:
        model = self.space_model()
        return model.text_of(model.rows[row])

    def texts(self) -> list[str]:
        return [self.text(row) for row in range(self.count())]

    def selected_ids(self) -> list[str]:
        model = self.space_model()
        return [model.rows[index.row()].id for index in sorted(self.selectionModel().selectedRows(), key=lambda i: i.row())]

    def fit_columns(self, show_status: bool) -> None:
        """Columns as wide as their contents (measured on the visible rows); the status column only
        in availability mode."""
        self.setColumnHidden(SpaceListModel.STATUS_COLUMN, not show_status)
        for column in range(3):
            self.resizeColumnToContents(column)

    def select_ids(self, space_ids: Collection[str]) -> None:
        """Select these spaces' rows (contiguous runs as single ranges: select-all stays cheap)."""
        model = self.space_model()
        rows = sorted(r for r in (model.row_of(i) for i in space_ids) if r is not None)
        selection = QItemSelection()
        start = previous = None
        for row in [*rows, None]:
            if row is not None and previous is not None and row == previous + 1:
                previous = row
                continue
            if start is not None and previous is not None:
                selection.select(model.index(start, 0), model.index(previous, model.columnCount() - 1))
            start = previous = row
        self._quiet = True
        try:
            self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._quiet = False

    def _changed(self, *_args: Any) -> None:
        if not self._quiet:
            self.selection_changed.emit()
