"""Bookings of spaces and the rules that say what may be booked."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from nomad_desktop.model.base import Base, SyncedMixin, UtcDateTime

#: The condition of the partial index below; queries repeat it word for word so SQLite uses the index.
ACTIVE_DAY_WHERE = "status IN ('confirmed', 'checked_in') AND deleted_at IS NULL"


class Booking(SyncedMixin, Base):
    __tablename__ = "bookings"
    __table_args__ = (
        # Availability of a space over a period: the hot query of every view.
        Index("ix_bookings_space_start", "space_id", "starts_at"),
        Index("ix_bookings_start", "starts_at"),
        Index("ix_bookings_agent_start", "agent_id", "starts_at"),
        # The active bookings of a day for every space at once (availability, grids): read from
        # the index alone, never the table. Partial: cancelled and past no-shows are left out.
        Index("ix_bookings_active_day", "starts_at", "ends_at", "space_id", "status", "deleted_at",
              sqlite_where=text(ACTIVE_DAY_WHERE)),
        # An agent's active bookings (the quota counted at every booking, "already booked
        # elsewhere"): from the index alone, however many months of bookings the agent holds.
        Index("ix_bookings_active_agent", "agent_id", "starts_at", "ends_at", "space_id", "status", "deleted_at",
              sqlite_where=text(ACTIVE_DAY_WHERE)),
    )

    space_id: Mapped[str] = mapped_column(ForeignKey("spaces.id"))
    agent_id: Mapped[str | None] = mapped_column(ForeignKey("agents.id"), default=None)
    #: A named guest booked by a manager when the site allows it (agent_id is then None).
    guest_name: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(16), default="confirmed")
    series_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    checked_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    checked_out_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    #: Where it was made: "desktop" (this station), "web", "mobile".
    origin: Mapped[str] = mapped_column(String(16), default="desktop")


class BookingRule(SyncedMixin, Base):
    """Rules of a site, optionally narrowed to a space kind or one space; the narrowest wins.

    A None field inherits from the wider rule.
    """

    __tablename__ = "booking_rules"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    space_kind: Mapped[str | None] = mapped_column(String(32), default=None)
    space_id: Mapped[str | None] = mapped_column(ForeignKey("spaces.id"), default=None)
    unit: Mapped[str | None] = mapped_column(String(16), default=None)
    opening_time: Mapped[str | None] = mapped_column(String(5), default=None)  # "07:00"
    closing_time: Mapped[str | None] = mapped_column(String(5), default=None)  # "20:00"
    closed_weekdays: Mapped[list[int] | None] = mapped_column(JSON, default=None)  # 0 = Monday
    max_advance_days: Mapped[int | None] = mapped_column(Integer, default=None)
    max_duration_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    max_active_per_agent: Mapped[int | None] = mapped_column(Integer, default=None)
    cancel_cutoff_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    no_show_release_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    guests_allowed: Mapped[bool | None] = mapped_column(default=None)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")


class WaitlistEntry(SyncedMixin, Base):
    """Someone waiting for a place in a full session or room; the first in line gets a freed place."""

    __tablename__ = "waitlist_entries"
    __table_args__ = (Index("ix_waitlist_entries_space_start", "space_id", "starts_at"),)

    space_id: Mapped[str] = mapped_column(ForeignKey("spaces.id"))
    agent_id: Mapped[str | None] = mapped_column(ForeignKey("agents.id"), default=None)
    guest_name: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: Place in line: the earliest asked is served first.
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: "waiting", "promoted" (booking_id then says which booking it became) or "cancelled".
    status: Mapped[str] = mapped_column(String(16), default="waiting")
    booking_id: Mapped[str | None] = mapped_column(ForeignKey("bookings.id"), default=None)
