"""The Dashboard page: today's occupancy figures of the site, from the local store."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from nomad_desktop.services import bookings as booking_services
from nomad_desktop.services import sites as site_services
from nomad_desktop.services import statistics
from nomad_desktop.services.changes import Changes
from nomad_desktop.services.records import DayOccupancy, SiteSummary
from nomad_desktop.services.statistics import DailyOccupancy
from ui.app.context import AppContext
from ui.common.formatting import format_date, format_number, format_percent, today_at_site
from ui.dashboard.chart import OccupancyChart
from ui.tasks.operations import Op


class FigureCard(QFrame):
    """One headline figure with its caption; read as one sentence by screen readers."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = caption
        self.value = QLabel("—")
        self.value.setObjectName("figureValue")
        label = QLabel(caption)
        label.setObjectName("figureCaption")
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(label)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleName(f"{self.caption} : {text}")


class DashboardView(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.title = QLabel(self.tr("Dashboard"))
        self.title.setObjectName("pageTitle")
        self.cards = {
            "rate": FigureCard(self.tr("Occupancy rate today (booked places / bookable places)")),
            "booked": FigureCard(self.tr("Places booked today")),
            "checked_in": FigureCard(self.tr("Places checked in")),
            "bookable": FigureCard(self.tr("Bookable places")),
            "visits": FigureCard(self.tr("Visits expected today")),
            "on_site": FigureCard(self.tr("Visitors on site now")),
            "spaces": FigureCard(self.tr("Spaces on the site")),
            "agents": FigureCard(self.tr("Agents in the directory")),
        }
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 4, i % 4)
        self.chart = OccupancyChart()
        note = QLabel(self.tr("Figures computed on this station from the local copy of the site."))
        note.setObjectName("emptyStateText")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.chart, 1)
        layout.addWidget(note)
        app.changed.connect(self.on_changed)

    def on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.bookings or changes.visits or changes.spaces or changes.site or changes.agents:
            self.refresh()

    def refresh(self) -> None:
        store = self.app.store

        def load(ctx: object) -> tuple[SiteSummary, DayOccupancy, list[DailyOccupancy]]:
            summary = site_services.site_summary(store)
            tz = summary.site.timezone if summary.site else "Europe/Paris"
            today = today_at_site(tz)
            # Two weeks back and one ahead, working days only: weekends would only show empty bars.
            first = today - timedelta(days=14)
            days = [d for d in statistics.occupancy_by_day(store, first_day=first, days=22) if d.day.weekday() < 5]
            return summary, booking_services.day_occupancy(store, day=today), days

        Op(self.app, load, parent=self).success(self._show).run()

    def _show(self, result: tuple[SiteSummary, DayOccupancy, list[DailyOccupancy]]) -> None:
        summary, day, days = result
        self.chart.show_days(days)
        self.title.setText(self.tr("Dashboard — %1").replace("%1", format_date(day.day)))
        self.cards["rate"].set_value(format_percent(day.booked / day.bookable) if day.bookable else "—")
        self.cards["booked"].set_value(format_number(day.booked))
        self.cards["checked_in"].set_value(format_number(day.checked_in))
        self.cards["bookable"].set_value(format_number(day.bookable))
        self.cards["visits"].set_value(format_number(day.visits_expected))
        self.cards["on_site"].set_value(format_number(day.visits_on_site))
        self.cards["spaces"].set_value(format_number(summary.space_count))
        self.cards["agents"].set_value(format_number(summary.agent_count))
