"""Spaces people book or walk through, with their geometry in metres and out-of-service periods."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nomad_desktop.model.base import Base, SyncedMixin, UtcDateTime


class Space(SyncedMixin, Base):
    __tablename__ = "spaces"
    __table_args__ = (Index("ix_spaces_floor_kind", "floor_id", "kind"),)

    floor_id: Mapped[str] = mapped_column(ForeignKey("floors.id"))
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    #: Polygon as [[x, y], …] in metres, floor origin top-left, y downwards (like the screen).
    geometry: Mapped[list[list[float]]] = mapped_column(JSON, default=list)
    #: Rotation in degrees of desk-like items around their centre (DXF block inserts keep theirs).
    rotation: Mapped[float] = mapped_column(default=0.0)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    equipment: Mapped[list[str]] = mapped_column(JSON, default=list)
    accessibility: Mapped[list[str]] = mapped_column(JSON, default=list)
    bookable: Mapped[bool] = mapped_column(Boolean, default=True)
    zone_id: Mapped[str | None] = mapped_column(ForeignKey("spaces.id"), default=None)
    #: Personal office opened to booking by its owner on chosen days.
    owner_agent_id: Mapped[str | None] = mapped_column(ForeignKey("agents.id"), default=None)
    #: Units allowed to book ([] = everyone).
    restricted_units: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Short code printed on labels and read by QR scanners.
    label_code: Mapped[str] = mapped_column(String(32), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class OutOfServicePeriod(SyncedMixin, Base):
    __tablename__ = "out_of_service_periods"

    space_id: Mapped[str] = mapped_column(ForeignKey("spaces.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
