"""The main window: navigation between the five pages, menus with shortcuts, the status bar.

It composes the feature pages (which never import each other) and forwards the app-wide
change signal; each page decides itself whether a change concerns it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from nomad_desktop import __version__
from nomad_desktop.services.changes import Changes
from ui.app import settings as options
from ui.app.context import AppContext, BookingRequest
from ui.common.empty_state import EmptyState
from ui.shell.status_bar import NomadStatusBar
from ui.tasks.operations import Op
from ui.theme import icon

VIEW_KEYS = ("plan", "bookings", "reception", "dashboard", "sync")


class MainWindow(QMainWindow):
    def __init__(self, app: AppContext, *, open_demo: Callable[[], None] | None = None, opening: bool = False) -> None:
        super().__init__()
        self.app = app
        self._open_demo = open_demo
        self.setWindowTitle(self.tr("NOMAD Desktop"))
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(960, 600))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(210)
        # Polish now so rows take their styled height before the first layout (else they overlap).
        self.navigation.ensurePolished()
        self.stack = QStackedWidget()

        titles = {
            "plan": self.tr("Plan"),
            "bookings": self.tr("Bookings"),
            "reception": self.tr("Reception"),
            "dashboard": self.tr("Dashboard"),
            "sync": self.tr("Synchronisation"),
        }
        for index, key in enumerate(VIEW_KEYS):
            item = QListWidgetItem(icon(key), titles[key])
            item.setData(Qt.ItemDataRole.AccessibleTextRole, titles[key])
            item.setToolTip(titles[key] + f" (Ctrl+{index + 1})")
            self.navigation.addItem(item)
        self.pages: dict[str, QWidget] = {}
        if opening:
            # Shown at once while the site file opens in the background (lock, migrations,
            # first-run demo): the window appears as fast as a bare Qt window.
            self._set_pages({key: EmptyState(self.tr("Opening the site…"), self.tr("Preparing the site's data on this station.")) for key in VIEW_KEYS})
        else:
            self._set_pages(self._create_pages())
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status = NomadStatusBar()
        self.setStatusBar(self.status)
        self._connect_sync_state()
        self._build_menus(titles)
        app.changed.connect(self._on_changed)
        app.plan_focus_requested.connect(self._show_on_plan)
        app.booking_requested.connect(self._open_booking)
        self.show_view(app.settings.get(options.LAST_VIEW))

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self, titles: dict[str, str]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        if self._open_demo is not None:
            demo = QAction(self.tr("Open the &demonstration site"), self)
            demo.triggered.connect(self._open_demo)
            file_menu.addAction(demo)
            file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, key in enumerate(VIEW_KEYS):
            action = QAction(titles[key], self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
            view_menu.addAction(action)
        view_menu.addSeparator()
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.app.broadcast_everything)
        view_menu.addAction(refresh)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for code, name in (("fr", "Français"), ("en", "English")):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(self.app.settings.get(options.LANGUAGE) == code)
            action.triggered.connect(lambda _c=False, c=code: self._set_language(c))
            language_menu.addAction(action)
        theme_menu = settings_menu.addMenu(self.tr("&Theme"))
        for code, name in (("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(self.app.settings.get(options.THEME) == code)
            action.triggered.connect(lambda _c=False, c=code: self._set_theme(c))
            theme_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About NOMAD Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _set_language(self, code: str) -> None:
        self.app.settings.set(options.LANGUAGE, code)
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The new language will be used the next time NOMAD Desktop starts.")
        )

    def _set_theme(self, code: str) -> None:
        from PySide6.QtWidgets import QApplication

        from ui.theme import apply_theme

        self.app.settings.set(options.THEME, code)
        instance = QApplication.instance()
        if isinstance(instance, QApplication):
            apply_theme(instance, code)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About NOMAD Desktop"),
            self.tr("NOMAD Desktop %1\nOffline-first client of the NOMAD booking service of the French Ministry of the Armed Forces.").replace("%1", __version__),
        )

    # -- pages -------------------------------------------------------------------------------
    def _create_pages(self) -> dict[str, QWidget]:
        """The real pages once a site is open, or honest empty states when there is none."""
        if not self.app.has_site:
            pages: dict[str, QWidget] = {}
            for key in VIEW_KEYS:
                empty = EmptyState(
                    self.tr("No site open"),
                    self.tr("This station holds no site yet. Open the demonstration site to discover NOMAD Desktop, "
                            "or configure the connection to the central server in Synchronisation."),
                    self.tr("Open the &demonstration site") if self._open_demo else "",
                )
                if empty.button is not None and self._open_demo is not None:
                    empty.button.clicked.connect(self._open_demo)
                pages[key] = empty
            return pages
        # Imported here: the pages pull in the core's database layer, which the window must
        # not wait for before it appears.
        from ui.bookings.view import BookingsView
        from ui.dashboard.view import DashboardView
        from ui.plan.view import PlanView
        from ui.reception.view import ReceptionView
        from ui.syncpanel.view import SyncView

        return {
            "plan": PlanView(self.app),
            "bookings": BookingsView(self.app),
            "reception": ReceptionView(self.app),
            "dashboard": DashboardView(self.app),
            "sync": SyncView(self.app),
        }

    def _set_pages(self, pages: dict[str, QWidget]) -> None:
        current = max(self.navigation.currentRow(), 0)
        for old in self.pages.values():
            self.stack.removeWidget(old)
            old.deleteLater()
        self.pages = pages
        for key in VIEW_KEYS:
            self.stack.addWidget(pages[key])
        self.stack.setCurrentIndex(current)

    def install_pages(self) -> None:
        """Replace the opening placeholders once the site file is open, then load them."""
        self._set_pages(self._create_pages())
        self._connect_sync_state()
        self.load()

    def _connect_sync_state(self) -> None:
        """The status bar shows the connection state the Synchronisation page's controller reports."""
        controller = getattr(self.pages.get("sync"), "controller", None)
        if controller is not None:
            controller.state_changed.connect(self.status.show_sync_state)

    # -- behaviour ---------------------------------------------------------------------------
    def show_view(self, key: str) -> None:
        index = VIEW_KEYS.index(key) if key in VIEW_KEYS else 0
        self.navigation.setCurrentRow(index)

    def _show_on_plan(self, focus: object) -> None:
        self.show_view("plan")
        show_focus = getattr(self.pages.get("plan"), "show_focus", None)
        if show_focus is not None:  # not while the site is still opening
            show_focus(focus)

    def _open_booking(self, request: object) -> None:
        """The booking dialog of the bookings page, over the page that asked (the plan stays in view)."""
        open_dialog = getattr(self.pages.get("bookings"), "open_booking_dialog", None)
        if open_dialog is not None and isinstance(request, BookingRequest):  # not while the site is still opening
            open_dialog(request.space_id, request.space_name, request.starts_at, request.ends_at)

    def current_view_key(self) -> str:
        return VIEW_KEYS[max(self.navigation.currentRow(), 0)]

    def load(self) -> None:
        """First load of every page and of the status bar, all in the background."""
        for page in self.pages.values():
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()
        self._refresh_status()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        self._refresh_status()

    def _refresh_status(self) -> None:
        if not self.app.has_site:
            self.status.site_label.setText(self.tr("No site open"))
            return
        from nomad_desktop.services import sites as site_services

        store = self.app.store
        Op(self.app, lambda ctx: site_services.site_summary(store), parent=self).success(self.status.show_summary).run()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.app.settings.set(options.LAST_VIEW, self.current_view_key())
        self.app.settings.raw().setValue("ui/geometry", self.saveGeometry())
        super().closeEvent(event)
