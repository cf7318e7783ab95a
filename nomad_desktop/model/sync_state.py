"""The client's sync bookkeeping: outbox of local intents, conflict inbox, server shadow, cursor.

Server truth and local intent are kept apart: entity tables hold what this station shows
(server value with pending local changes applied), `server_rows` holds what the server last
said, and the outbox holds every local change not yet answered by the server. Replaying the
pending outbox over a server row gives the local row again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nomad_desktop.clock import utc_now
from nomad_desktop.model.base import Base, UtcDateTime


class OutboxMutation(Base):
    """One local intent waiting for the server. `seq` orders the push; `op_id` is the idempotency key."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    intent: Mapped[str] = mapped_column(String(64))  # "booking.create", "space.patch", …
    entity: Mapped[str] = mapped_column(String(32), index=True)
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    base_version: Mapped[int | None] = mapped_column(Integer, default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")


class Conflict(Base):
    """A local change the server refused or that collided with another change: a person decides."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36), index=True)
    intent: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(64))
    local_fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    server_row: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    resolution: Mapped[str] = mapped_column(String(16), default="")


class ServerRow(Base):
    """The last value the server sent for a row: the base of three-way merges and rebases."""

    __tablename__ = "server_rows"

    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class SyncState(Base):
    """Small key/value facts of the sync: cursor, site generation, last success."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
