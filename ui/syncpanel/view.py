"""The Synchronisation page: state and history, the conflict inbox, and the connection settings."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.services.changes import Changes
from sync.conflicts import ConflictInfo, list_conflicts, resolve_conflict
from sync.engine import SyncReport
from sync.service import SyncStatus, log_in, sync_status
from ui.app import settings as options
from ui.app.context import AppContext
from ui.common.labels import entity_label
from ui.syncpanel.controller import SITE_CODE, SyncController
from ui.syncpanel.edit_dialog import ConflictEditDialog
from ui.syncpanel.messages import conflict_reason, sync_error_message
from ui.tasks.operations import Op


def _when(wire: str | None) -> str:
    if not wire:
        return ""
    try:
        instant = datetime.fromisoformat(wire.replace("Z", "+00:00"))
    except ValueError:
        return wire
    return QLocale().toString(QDateTime(instant.astimezone()), QLocale.FormatType.ShortFormat)


def _table(model: QStandardItemModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class SyncView(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.controller = SyncController(app, self)
        self.conflicts: list[ConflictInfo] = []
        title = QLabel(self.tr("Synchronisation"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Synchronisation sections"))
        self.tabs.addTab(self._status_tab(), self.tr("State"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("Conflicts"))
        self.tabs.addTab(self._settings_tab(), self.tr("Settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        shortcut = QShortcut(QKeySequence("F5"), self)
        shortcut.activated.connect(self.sync_now)
        app.changed.connect(self.on_changed)
        self.controller.finished.connect(self._finished)
        self.controller.state_changed.connect(self.state.setText)

    # --- Tabs ---------------------------------------------------------------------------

    def _status_tab(self) -> QWidget:
        page = QWidget()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Synchronisation state"))
        self.server_label = QLabel()
        self.last_label = QLabel()
        self.sync_button = QPushButton(self.tr("&Synchronise now"))
        self.sync_button.setAccessibleName(self.tr("Synchronise now (F5)"))
        self.sync_button.clicked.connect(self.sync_now)
        self.pending_title = QLabel()
        self.pending_model = QStandardItemModel(0, 2, self)
        self.pending_model.setHorizontalHeaderLabels([self.tr("Kind of change"), self.tr("Waiting")])
        self.table = _table(self.pending_model, self.tr("Changes waiting to be sent"))
        self.history_model = QStandardItemModel(0, 4, self)
        self.history_model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Result"), self.tr("Sent"), self.tr("Received")]
        )
        self.history = _table(self.history_model, self.tr("Synchronisation history"))
        top = QHBoxLayout()
        info = QVBoxLayout()
        info.addWidget(self.server_label)
        info.addWidget(self.last_label)
        info.addWidget(self.state)
        top.addLayout(info, 1)
        top.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.pending_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)
        return page

    def _conflicts_tab(self) -> QWidget:
        page = QWidget()
        self.conflict_model = QStandardItemModel(0, 3, self)
        self.conflict_model.setHorizontalHeaderLabels([self.tr("What"), self.tr("Why"), self.tr("When")])
        self.conflict_table = _table(self.conflict_model, self.tr("Conflicts to resolve"))
        self.conflict_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_conflict())
        self.diff_model = QStandardItemModel(0, 3, self)
        self.diff_model.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine (this station)"), self.tr("Server's")])
        self.diff_table = _table(self.diff_model, self.tr("Values side by side"))
        self.conflict_detail = QLabel()
        self.conflict_detail.setWordWrap(True)
        self.mine_button = QPushButton(self.tr("Keep &mine"))
        self.mine_button.setAccessibleName(self.tr("Keep my value and send it again"))
        self.theirs_button = QPushButton(self.tr("Keep the &server's"))
        self.theirs_button.setAccessibleName(self.tr("Keep the server's value"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Type the final values and send them"))
        self.mine_button.clicked.connect(lambda: self._resolve("mine"))
        self.theirs_button.clicked.connect(lambda: self._resolve("theirs"))
        self.edit_button.clicked.connect(self.edit_conflict)
        self.edit_dialog: ConflictEditDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.conflict_table, 1)
        layout.addWidget(self.conflict_detail)
        layout.addWidget(self.diff_table, 1)
        layout.addLayout(buttons)
        return page

    def _settings_tab(self) -> QWidget:
        page = QWidget()
        s = self.app.settings
        self.url_edit = QLineEdit(s.get(options.SERVER_URL))
        self.url_edit.setPlaceholderText("https://nomad.intradef.gouv.fr")
        self.site_edit = QLineEdit(s.get(SITE_CODE))
        self.proxy_edit = QLineEdit(s.get(options.PROXY_URL))
        self.proxy_edit.setPlaceholderText(self.tr("System proxy"))
        self.ca_edit = QLineEdit(s.get(options.CA_BUNDLE))
        self.ca_edit.setPlaceholderText(self.tr("System trust store"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the certificate authority file"))
        browse.clicked.connect(self._browse_ca)
        save = QPushButton(self.tr("Sa&ve settings"))
        save.setAccessibleName(self.tr("Save the connection settings"))
        save.clicked.connect(self.save_settings)
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self.login)
        login = QPushButton(self.tr("&Log in"))
        login.setAccessibleName(self.tr("Log in and keep the token in the system keyring"))
        login.clicked.connect(self.login)
        self.login_state = QLabel()
        self.login_state.setWordWrap(True)
        for edit, name in (
            (self.url_edit, self.tr("Server address")), (self.site_edit, self.tr("Site code")),
            (self.proxy_edit, self.tr("Proxy")), (self.ca_edit, self.tr("Certificate authority file")),
            (self.user_edit, self.tr("User name")), (self.password_edit, self.tr("Password")),
        ):
            edit.setAccessibleName(name)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Server &address"), self.url_edit)
        form.addRow(self.tr("Site &code"), self.site_edit)
        form.addRow(self.tr("&Proxy"), self.proxy_edit)
        form.addRow(self.tr("Certificate &authority"), ca_row)
        form.addRow("", save)
        form.addRow(self.tr("&User name"), self.user_edit)
        form.addRow(self.tr("Pass&word"), self.password_edit)
        form.addRow("", login)
        form.addRow("", self.login_state)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    # --- Actions ------------------------------------------------------------------------

    def sync_now(self) -> None:
        self.controller.sync_now(progress_label=self.tr("Synchronising with the central server…"), parent=self)

    def save_settings(self) -> None:
        s = self.app.settings
        s.set(options.SERVER_URL, self.url_edit.text().strip())
        s.set(SITE_CODE, self.site_edit.text().strip())
        s.set(options.PROXY_URL, self.proxy_edit.text().strip())
        s.set(options.CA_BUNDLE, self.ca_edit.text().strip())
        self._show_server()

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate authority file"), "",
                                              self.tr("Certificates (*.pem *.crt *.cer)"))
        if path:
            self.ca_edit.setText(str(Path(path)))

    def login(self) -> None:
        self.save_settings()
        config = self.controller.config()
        user, password = self.user_edit.text().strip(), self.password_edit.text()
        self.password_edit.clear()
        self.login_state.setText(self.tr("Logging in…"))
        Op(self.app, lambda ctx: log_in(config=config, username=user, password=password), parent=self) \
            .off_database().success(self._logged_in).failure(self._login_failed).run()

    def _logged_in(self, user: str) -> None:
        self.login_state.setText(self.tr("✓ Logged in as %1; the token is kept in the system keyring.").replace("%1", user))

    def _login_failed(self, exc: Exception) -> None:
        self.login_state.setText("✗ " + sync_error_message(exc))

    def _finished(self, report: SyncReport | None, error: BaseException | None) -> None:
        if error is not None:
            self.state.setText("✗ " + sync_error_message(error))
        elif report is not None:
            text = self.tr("✓ Synchronised: %1 sent, %2 received.").replace("%1", str(report.pushed)).replace(
                "%2", str(report.pulled + report.downloaded))
            if report.clock_warning:
                text += " " + self.tr("Warning: this computer's clock differs from the server's by more than 5 minutes.")
            self.state.setText(text)
        self.refresh()

    def _current_conflict(self) -> ConflictInfo | None:
        index = self.conflict_table.currentIndex()
        if not index.isValid() or index.row() >= len(self.conflicts):
            return None
        return self.conflicts[index.row()]

    def _resolve(self, choice: str, edited: dict[str, Any] | None = None) -> None:
        conflict = self._current_conflict()
        if conflict is None:
            return
        conflict_id = conflict.id
        store = self.app.store
        Op(self.app, lambda ctx: resolve_conflict(store, conflict_id=conflict_id, choice=choice, edited=edited),
           parent=self).run()

    def edit_conflict(self) -> None:
        """Open the edit dialog (not blocking: the answer comes by signal) for the selected conflict."""
        conflict = self._current_conflict()
        if conflict is None or not conflict.editable:
            return
        dialog = ConflictEditDialog(conflict, self)
        self.edit_dialog = dialog
        dialog.accepted.connect(lambda: self._edited(dialog, conflict.id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _edited(self, dialog: ConflictEditDialog, conflict_id: str) -> None:
        self.edit_dialog = None
        store = self.app.store
        values = dict(dialog.values)
        Op(self.app, lambda ctx: resolve_conflict(store, conflict_id=conflict_id, choice="edit", edited=values),
           parent=self).run()

    # --- Refresh ------------------------------------------------------------------------

    def on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.outbox or changes.conflicts:
            self.refresh()

    def refresh(self) -> None:
        self._show_server()
        if not self.app.has_site:
            return
        store = self.app.store
        Op(self.app, lambda ctx: sync_status(store), parent=self).success(self._show_status).run()
        Op(self.app, lambda ctx: list_conflicts(store), parent=self).success(self._show_conflicts).run()

    def _show_server(self) -> None:
        config = self.controller.config()
        if config.configured:
            self.server_label.setText(self.tr("Server: %1 — site %2").replace("%1", config.server_url).replace(
                "%2", config.site_code))
        else:
            self.server_label.setText(self.tr(
                "No central server is configured on this station: every change is kept here until it can be sent."))
            self.server_label.setWordWrap(True)

    def _show_status(self, status: SyncStatus) -> None:
        self.pending_title.setText(self.tr("%n change(s) waiting to be sent", "", status.pending_total))
        self.last_label.setText(
            self.tr("Last synchronisation: %1").replace("%1", _when(status.last_success))
            if status.last_success else self.tr("Never synchronised")
        )
        self.pending_model.removeRows(0, self.pending_model.rowCount())
        for entity, count in sorted(status.pending_by_entity.items()):
            self.pending_model.appendRow([QStandardItem(entity_label(entity)), QStandardItem(str(count))])
        self.history_model.removeRows(0, self.history_model.rowCount())
        for entry in status.history:
            result = self.tr("✓ Success") if entry.error is None else "✗ " + self.tr("Failed")
            self.history_model.appendRow([QStandardItem(_when(entry.at)), QStandardItem(result),
                                          QStandardItem(str(entry.pushed)), QStandardItem(str(entry.pulled))])
        self.tabs.setTabText(1, self.tr("Conflicts (%n)", "", status.conflicts))

    def _show_conflicts(self, conflicts: list[ConflictInfo]) -> None:
        self.conflicts = conflicts
        self.conflict_model.removeRows(0, self.conflict_model.rowCount())
        for c in conflicts:
            self.conflict_model.appendRow([
                QStandardItem(entity_label(c.entity)), QStandardItem("⚠ " + conflict_reason(c.reason)),
                QStandardItem(QLocale().toString(QDateTime(c.created_at.astimezone()), QLocale.FormatType.ShortFormat)),
            ])
        if conflicts:
            self.conflict_table.selectRow(0)
        self._show_conflict()

    def _show_conflict(self) -> None:
        self.diff_model.removeRows(0, self.diff_model.rowCount())
        index = self.conflict_table.currentIndex()
        has = index.isValid() and index.row() < len(self.conflicts)
        self.mine_button.setEnabled(has)
        self.theirs_button.setEnabled(has)
        self.edit_button.setEnabled(has and self.conflicts[index.row()].editable)
        if not has:
            self.conflict_detail.setText(self.tr("No conflict to resolve."))
            return
        c = self.conflicts[index.row()]
        for d in c.differences:
            self.diff_model.appendRow([QStandardItem(d.field), QStandardItem(str(d.mine)), QStandardItem(str(d.theirs))])
        text = conflict_reason(c.reason)
        if c.winning:
            text += " — " + self.tr("the winning booking runs from %1 to %2.").replace(
                "%1", _when(c.winning.get("starts_at"))).replace("%2", _when(c.winning.get("ends_at")))
        if c.alternatives:
            text += " " + self.tr("Free at that time: %1.").replace("%1", ", ".join(c.alternatives))
        self.conflict_detail.setText(text)
