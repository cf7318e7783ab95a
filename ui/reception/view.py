"""The Reception page: today's board, who is on site now (evacuation), and the manager's tools.

It loads the site once, runs the automatic GDPR purge once a day in the background, and
refreshes its tabs when visits, bookings or agents change.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from nomad_desktop.services import gdpr
from nomad_desktop.services import sites as site_services
from nomad_desktop.services.changes import Changes
from nomad_desktop.services.records import SiteInfo
from ui.app.context import AppContext
from ui.common.formatting import today_at_site
from ui.reception.admin_page import AdminPage
from ui.reception.board_page import BoardPage
from ui.reception.onsite_page import OnSitePage
from ui.tasks.operations import Op


class ReceptionView(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.site: SiteInfo | None = None
        self._purged_on: date | None = None
        self.board = BoardPage(app)
        self.on_site = OnSitePage(app)
        self.admin = AdminPage(app)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Reception sections"))
        self.tabs.addTab(self.board, self.tr("&Today"))
        self.tabs.addTab(self.on_site, self.tr("On &site / evacuation"))
        self.tabs.addTab(self.admin, self.tr("&Management"))
        self.status = QLabel()
        self.status.setObjectName("receptionAnnouncement")
        self.status.setAccessibleName(self.tr("Reception messages"))
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        for page in (self.board, self.on_site, self.admin):
            page.announced.connect(self.status.setText)
        # F2 reaches the evacuation list from anywhere in the page: it is the urgent one.
        QShortcut(QKeySequence("F2"), self, lambda: self.tabs.setCurrentWidget(self.on_site))
        QShortcut(QKeySequence("F3"), self, lambda: (self.tabs.setCurrentWidget(self.board), self.board.focus_search()))
        app.changed.connect(self.on_changed)

    def on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.site:
            self.refresh()
        elif changes.visits or changes.agents or changes.bookings:
            self.board.refresh()
            self.on_site.refresh()
            if changes.visits:
                self.admin.refresh()

    def refresh(self) -> None:
        store = self.app.store
        Op(self.app, lambda ctx: site_services.get_site(store), parent=self).success(self._site_loaded).run()

    def _site_loaded(self, site: SiteInfo | None) -> None:
        self.site = site
        tz = site.timezone if site else "Europe/Paris"
        self.on_site.set_timezone(tz)
        self.admin.set_site(tz, site.visit_retention_days if site else 90)
        self.board.refresh()
        self.on_site.refresh()
        self.admin.refresh()
        self._purge_once_a_day(tz)

    def _purge_once_a_day(self, tz: str) -> None:
        today = today_at_site(tz)
        if self.site is None or self._purged_on == today:
            return
        self._purged_on = today
        store = self.app.store
        Op(self.app, lambda ctx: gdpr.purge_expired(store), parent=self).success(lambda _r: self.admin.refresh()).run()
