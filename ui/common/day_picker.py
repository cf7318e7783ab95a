"""A day navigator: previous / date field / next / today, keyboard friendly (Alt+Left/Right)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QPushButton, QWidget


class DayPicker(QWidget):
    day_changed = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous = QPushButton(self.tr("◀ Previous day"))
        self.previous.setAccessibleName(self.tr("Previous day"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dddd d MMMM yyyy")
        self.edit.setAccessibleName(self.tr("Day shown"))
        self.next = QPushButton(self.tr("Next day ▶"))
        self.next.setAccessibleName(self.tr("Next day"))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.previous, self.edit, self.next, self.today_button):
            layout.addWidget(w)
        self.previous.clicked.connect(lambda: self.shift(-1))
        self.next.clicked.connect(lambda: self.shift(1))
        self.today_button.clicked.connect(lambda: self.set_day(self._today))
        self.edit.dateChanged.connect(lambda d: self.day_changed.emit(date(d.year(), d.month(), d.day())))
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.shift(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.shift(1))
        self._today = date.today()

    def set_today(self, today: date) -> None:
        self._today = today

    def day(self) -> date:
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def set_day(self, day: date) -> None:
        self.edit.setDate(QDate(day.year, day.month, day.day))

    def shift(self, days: int) -> None:
        self.set_day(self.day() + timedelta(days=days))
