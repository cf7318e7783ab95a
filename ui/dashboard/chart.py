"""Bar chart of desk and office occupancy per working day (QtCharts), with a text twin.

Two series told apart by colour AND pattern AND the legend; the same figures are available as
text in the chart's accessible description for screen readers.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from nomad_desktop.services.statistics import DailyOccupancy
from ui.common.formatting import format_percent
from ui.theme import current_variant, load_tokens


class OccupancyChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(280)
        self.setAccessibleName(self.tr("Occupancy per working day"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def show_days(self, days: list[DailyOccupancy]) -> None:
        tokens = load_tokens(current_variant())
        booked = QBarSet(self.tr("Booked"))
        used = QBarSet(self.tr("Checked in"))
        booked.setBrush(QBrush(QColor(tokens["background_action_high_blue_france"]), Qt.BrushStyle.SolidPattern))
        booked.setPen(QPen(QColor(tokens["background_action_high_blue_france"])))
        # The second series is hatched as well as coloured: never colour alone (RGAA 3.1).
        used.setBrush(QBrush(QColor(tokens["text_default_success"]), Qt.BrushStyle.BDiagPattern))
        used.setPen(QPen(QColor(tokens["text_default_success"]), 1.5))
        categories = []
        lines = []
        for day in days:
            booked.append(round(day.booked_rate * 100, 1))
            used.append(round(day.used_rate * 100, 1))
            categories.append(f"{day.day.day:02d}/{day.day.month:02d}")
            lines.append(
                self.tr("%1: %2 booked, %3 checked in")
                .replace("%1", categories[-1])
                .replace("%2", format_percent(day.booked_rate))
                .replace("%3", format_percent(day.used_rate))
            )
        series = QBarSeries()
        series.append(booked)
        series.append(used)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(self.tr("Desk and office occupancy, working days (%)"))
        chart.setBackgroundBrush(QBrush(QColor(tokens["background_default_grey"])))
        chart.setTitleBrush(QBrush(QColor(tokens["text_title_grey"])))
        chart.legend().setLabelColor(QColor(tokens["text_default_grey"]))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        axis_y = QValueAxis()
        axis_y.setRange(0, 100)
        axis_y.setLabelFormat("%d")
        for axis in (axis_x, axis_y):
            axis.setLabelsColor(QColor(tokens["text_default_grey"]))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.setChart(chart)
        self.setAccessibleDescription("; ".join(lines))
