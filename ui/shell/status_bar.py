"""The status bar: site, connection state and pending changes, always visible, text not colour."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from nomad_desktop.services.records import SiteSummary


class NomadStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site_label = QLabel()
        self.site_label.setAccessibleName(self.tr("Site"))
        self.connection_label = QLabel()
        self.connection_label.setAccessibleName(self.tr("Connection state"))
        self.pending_label = QLabel()
        self.pending_label.setAccessibleName(self.tr("Pending changes"))
        for label in (self.site_label, self.connection_label, self.pending_label):
            self.addPermanentWidget(label)
        self.set_connection_offline()

    def show_summary(self, summary: SiteSummary) -> None:
        if summary.site is None:
            self.site_label.setText(self.tr("No site open"))
        else:
            self.site_label.setText(self.tr("Site: %1").replace("%1", summary.site.name))
        self.pending_label.setText(self.tr("%n change(s) pending", "", summary.pending_changes))

    # --- Sync state (feature/sync): the text comes from ui.syncpanel's SyncController. ---
    def show_sync_state(self, text: str) -> None:
        self.connection_label.setText(text)

    def set_connection_offline(self) -> None:
        self.connection_label.setText(self.tr("● Offline — not configured"))
