"""Conversion of row values to and from the JSON the outbox and the sync protocol carry."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import inspect as sa_inspect

from nomad_desktop.model.base import UtcDateTime

#: Columns that belong to the sync machinery, never sent as fields of an intent.
BOOKKEEPING_COLUMNS = frozenset({"id", "version", "updated_at", "deleted_at"})


def to_wire(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if value.tzinfo else value.isoformat()
    return value


def from_wire(value: Any, is_instant: bool) -> Any:
    if is_instant and isinstance(value, str):
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    return value


def instant_columns(model_cls: type) -> frozenset[str]:
    """Names of the columns of `model_cls` that hold instants (UtcDateTime)."""
    mapper = sa_inspect(model_cls)
    return frozenset(c.key for c in mapper.columns if isinstance(c.type, UtcDateTime))


def row_fields(obj: Any) -> dict[str, Any]:
    """Every business field of a mapped object, as wire values."""
    mapper = sa_inspect(type(obj))
    return {
        c.key: to_wire(getattr(obj, c.key))
        for c in mapper.columns
        if c.key not in BOOKKEEPING_COLUMNS
    }


def row_to_wire(obj: Any) -> dict[str, Any]:
    """The whole row including id, version and tombstone: what the server sends and stores."""
    mapper = sa_inspect(type(obj))
    return {c.key: to_wire(getattr(obj, c.key)) for c in mapper.columns}
