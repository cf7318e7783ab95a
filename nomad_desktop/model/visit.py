"""Visitors and their visits, holding only the minimum personal data (no ID document number)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nomad_desktop.model.base import Base, SyncedMixin, UtcDateTime


class Visitor(SyncedMixin, Base):
    __tablename__ = "visitors"

    last_name: Mapped[str] = mapped_column(String(120))
    first_name: Mapped[str] = mapped_column(String(120), default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    search_key: Mapped[str] = mapped_column(String(400), default="", index=True)


class Visit(SyncedMixin, Base):
    __tablename__ = "visits"
    __table_args__ = (
        Index("ix_visits_site_expected", "site_id", "expected_at"),
        # Badges held now (check-in refuses a badge already on site; the pool's next free one).
        Index("ix_visits_status_badge", "status", "badge_number"),
    )

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"))
    visitor_id: Mapped[str] = mapped_column(ForeignKey("visitors.id"), index=True)
    host_agent_id: Mapped[str | None] = mapped_column(ForeignKey("agents.id"), default=None)
    expected_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expected_until: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    purpose: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(32), default="visitor")
    escort_required: Mapped[bool] = mapped_column(Boolean, default=False)
    id_check_required: Mapped[bool] = mapped_column(Boolean, default=False)
    #: "ID checked" is a fact with who and when, never the document's number.
    id_checked_by: Mapped[str] = mapped_column(String(200), default="")
    id_checked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    status: Mapped[str] = mapped_column(String(16), default="expected")
    checked_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    checked_out_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    badge_number: Mapped[str] = mapped_column(String(32), default="")
    #: After this instant the personal fields are purged (GDPR), counts are kept.
    retention_until: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)
