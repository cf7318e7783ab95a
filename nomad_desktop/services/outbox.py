"""Writing synced rows together with their outbox mutations, in the caller's transaction.

Every local change goes through `create_row`, `patch_row` or `delete_row`, so none can be made
without its mutation: the outbox is the station's promise that nothing entered is lost.
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nomad_desktop.clock import utc_now
from nomad_desktop.model import SYNCED_ENTITIES, OutboxMutation
from nomad_desktop.services.wire import row_fields, to_wire
from nomad_desktop.store.prepared import insert_values

M = TypeVar("M")

_ENTITY_OF = {cls: name for name, cls in SYNCED_ENTITIES.items()}


def entity_name(model_cls: type) -> str:
    return _ENTITY_OF[model_cls]


def record_mutation(
    session: Session,
    *,
    intent: str,
    entity: str,
    entity_id: str,
    fields: dict[str, Any],
    base_version: int | None,
) -> OutboxMutation:
    """Queue one intent for the server; `op_id` is its idempotency key."""
    mutation = OutboxMutation(
        op_id=str(uuid.uuid4()),
        intent=intent,
        entity=entity,
        entity_id=entity_id,
        fields={k: to_wire(v) for k, v in fields.items()},
        base_version=base_version,
        created_at=utc_now(),
    )
    session.add(mutation)
    return mutation


def create_row(session: Session, model_cls: type[M], **values: Any) -> M:
    """Insert a synced row and queue `<entity>.create` with all its fields."""
    obj = model_cls(**values)
    session.add(obj)
    session.flush()  # fills defaults (id, JSON lists) so the mutation carries them
    record_mutation(
        session,
        intent=f"{entity_name(model_cls)}.create",
        entity=entity_name(model_cls),
        entity_id=obj.id,  # type: ignore[attr-defined]
        fields=row_fields(obj),
        base_version=None,
    )
    return obj


def _column_defaults(model_cls: type, values: dict[str, Any]) -> dict[str, Any]:
    """Every column's value for an INSERT: the given ones, else the model's Python-side default."""
    row: dict[str, Any] = {}
    for column in model_cls.__table__.columns:  # type: ignore[attr-defined]
        if column.key in values:
            row[column.key] = values[column.key]
        elif column.autoincrement is True and column.primary_key:
            continue  # the database numbers it
        elif column.default is not None:
            default = column.default
            # SQLAlchemy wraps a callable default to take an execution context; ours ignore it.
            row[column.key] = default.arg(None) if default.is_callable else default.arg  # type: ignore[attr-defined]
        else:
            row[column.key] = None
    return row


def insert_row(session: Session, model_cls: type[M], **values: Any) -> M:
    """`create_row` for the hot paths: the row and its `<entity>.create` mutation inserted with
    prepared statements (store.prepared), bypassing the ORM's unit of work and SQLAlchemy's
    statement machinery (which cost more than the insert itself).

    Same rows, same mutation, same transaction as `create_row`; the returned object is a detached
    copy for reading (the session does not track it; query the row to change it).
    """
    row = _column_defaults(model_cls, values)
    session.flush()  # what session.execute would do first: earlier changes keep their order in the outbox
    conn = session.connection()
    raw = conn.connection.driver_connection
    insert_values(raw, conn.dialect, model_cls.__table__, row)  # type: ignore[arg-type, attr-defined]
    obj = model_cls(**row)
    entity = entity_name(model_cls)
    mutation = _column_defaults(OutboxMutation, {
        "op_id": str(uuid.uuid4()), "intent": f"{entity}.create", "entity": entity, "entity_id": row["id"],
        "fields": row_fields(obj), "base_version": None, "created_at": utc_now(),
    })
    insert_values(raw, conn.dialect, OutboxMutation.__table__, mutation)  # type: ignore[arg-type]
    return obj


def patch_row(session: Session, obj: M, *, intent: str | None = None, **changes: Any) -> dict[str, Any]:
    """Change fields of a synced row; queue `<entity>.patch` with only what really changed.

    Returns the changed fields (empty when nothing changed: no mutation is queued then).
    """
    changed = {k: v for k, v in changes.items() if getattr(obj, k) != v}
    if not changed:
        return {}
    for key, value in changed.items():
        setattr(obj, key, value)
    obj.updated_at = utc_now()  # type: ignore[attr-defined]
    entity = entity_name(type(obj))
    record_mutation(
        session,
        intent=intent or f"{entity}.patch",
        entity=entity,
        entity_id=obj.id,  # type: ignore[attr-defined]
        fields=changed,
        base_version=obj.version,  # type: ignore[attr-defined]
    )
    return changed


def delete_row(session: Session, obj: Any) -> None:
    """Tombstone a synced row and queue `<entity>.delete` (a hard delete could not travel)."""
    now = utc_now()
    obj.deleted_at = now
    obj.updated_at = now
    entity = entity_name(type(obj))
    record_mutation(
        session,
        intent=f"{entity}.delete",
        entity=entity,
        entity_id=obj.id,
        fields={},
        base_version=obj.version,
    )


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxMutation)) or 0


def pending_by_entity(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(OutboxMutation.entity, func.count()).group_by(OutboxMutation.entity)
    ).all()
    return {entity: count for entity, count in rows}
