"""Reception bookkeeping: the managers' watch list and the GDPR purge journal."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nomad_desktop.clock import utc_now
from nomad_desktop.model.base import Base, SyncedMixin, UtcDateTime


class WatchEntry(SyncedMixin, Base):
    """A name a manager flagged: registering or checking in a matching visitor raises a warning."""

    __tablename__ = "watch_entries"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    last_name: Mapped[str] = mapped_column(String(120))
    first_name: Mapped[str] = mapped_column(String(120), default="")
    #: Accent- and case-folded "first last", compared with the visitor's name.
    name_key: Mapped[str] = mapped_column(String(260), default="", index=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class PurgeJournalEntry(Base):
    """One purge or erasure: when, what kind, how many rows and backups. Never a name."""

    __tablename__ = "purge_journal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ran_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    kind: Mapped[str] = mapped_column(String(16))  # "retention" or "erasure"
    visits: Mapped[int] = mapped_column(Integer, default=0)
    visitors: Mapped[int] = mapped_column(Integer, default=0)
    backups_deleted: Mapped[int] = mapped_column(Integer, default=0)
    cutoff: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
