"""Live mode details of one space: its status and the day's bookings, with book, check in, release."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from nomad_desktop.services.records import BookingInfo, SpaceInfo
from ui.common.formatting import format_time
from ui.common.labels import booking_status_label, not_bookable_label, space_kind_label
from ui.theme import status_label


class LivePanel(QWidget):
    book_requested = Signal(str)  # space id
    check_in_requested = Signal(str)  # booking id
    release_requested = Signal(str)  # booking id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.space: SpaceInfo | None = None
        self.title = QLabel(self.tr("Select a space on the map or in the list"))
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Space shown"))
        self.bookings = QListWidget()
        self.bookings.setAccessibleName(self.tr("Bookings of the day for this space"))
        self.bookings.currentItemChanged.connect(self._update_buttons)
        self.book_button = QPushButton(self.tr("&Book…"))
        self.book_button.setAccessibleName(self.tr("Book this space for the period shown"))
        self.check_in_button = QPushButton(self.tr("Check &in"))
        self.check_in_button.setAccessibleName(self.tr("Check in the selected booking"))
        self.release_button = QPushButton(self.tr("&Release"))
        self.release_button.setAccessibleName(self.tr("Release the selected booking"))
        self.book_button.clicked.connect(lambda: self.space and self.book_requested.emit(self.space.id))
        self.check_in_button.clicked.connect(lambda: self._emit(self.check_in_requested))
        self.release_button.clicked.connect(lambda: self._emit(self.release_requested))
        buttons = QHBoxLayout()
        for button in (self.book_button, self.check_in_button, self.release_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.bookings, 1)
        layout.addLayout(buttons)
        self.show_space(None, None, [], "UTC")

    def show_space(self, space: SpaceInfo | None, status: str | None, bookings: Sequence[BookingInfo], tz: str) -> None:
        self.space = space
        self.bookings.clear()
        if space is None:
            self.title.setText(self.tr("Select a space on the map or in the list"))
        else:
            lines = [f"<b>{space.name}</b> — {space_kind_label(space.kind)}"]
            lines.append(status_label(status) if status else not_bookable_label())
            self.title.setText("<br>".join(lines))
            for booking in bookings:
                text = f"{format_time(booking.starts_at, tz)}–{format_time(booking.ends_at, tz)} · {booking.person_name} · {booking_status_label(booking.status)}"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, booking)
                self.bookings.addItem(item)
            if not bookings:
                empty = QListWidgetItem(self.tr("No booking this day"))
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.bookings.addItem(empty)
        self.book_button.setEnabled(space is not None and status in ("free", "booked") and space.bookable)
        self._update_buttons()

    def selected_booking(self) -> BookingInfo | None:
        item = self.bookings.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        booking = self.selected_booking()
        self.check_in_button.setEnabled(booking is not None and booking.status == "confirmed")
        self.release_button.setEnabled(booking is not None and booking.status in ("confirmed", "checked_in"))

    def _emit(self, signal: Signal) -> None:
        booking = self.selected_booking()
        if booking is not None:
            signal.emit(booking.id)  # type: ignore[attr-defined]
