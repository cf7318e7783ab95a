"""The conflict inbox: what the server refused, shown side by side, and a person's decision.

Resolutions: "theirs" keeps the server's value (nothing to send); "mine" queues the local
value again on top of the server's current version (a new outbox op, so it travels like any
change); "edit" queues the values the person typed. Bookings are decided by the server: "mine"
books again, and the inbox offers free spaces of the same kind at that time as alternatives.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from nomad_desktop.clock import utc_now
from nomad_desktop.errors import NotFoundError, ValidationError
from nomad_desktop.model import SYNCED_ENTITIES, Booking, Conflict, Space
from nomad_desktop.model.enums import ACTIVE_BOOKING_STATUSES
from nomad_desktop.services.bookings import book_space
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.outbox import delete_row, patch_row
from nomad_desktop.services.wire import BOOKKEEPING_COLUMNS, from_wire, instant_columns
from nomad_desktop.store.database import Store
from sync.protocol import SERVER_DECIDES

_META_KEYS = ("_base_version", "_fields")


@dataclass(frozen=True)
class FieldDifference:
    field: str
    mine: Any
    theirs: Any

    @property
    def merged(self) -> Any:
        """The value an edit starts from: both sides' items for a list (equipment), else this station's."""
        if isinstance(self.mine, list) and isinstance(self.theirs, list):
            return [*self.mine, *(v for v in self.theirs if v not in self.mine)]
        return self.mine


@dataclass(frozen=True)
class ConflictInfo:
    id: str
    op_id: str
    intent: str
    entity: str
    entity_id: str
    reason: str
    created_at: datetime
    differences: tuple[FieldDifference, ...]
    #: For a refused booking: the booking that won (its id, space, start, end).
    winning: dict[str, Any] | None
    #: For a refused booking: names of free spaces of the same kind at that time.
    alternatives: tuple[str, ...] = ()

    @property
    def editable(self) -> bool:
        """A field-level conflict on a mergeable row: the person may type the final values."""
        return (
            self.entity not in SERVER_DECIDES and self.intent.split(".", 1)[-1] not in ("create", "delete")
            and bool(self.differences)
        )


def _local_fields(conflict: Conflict) -> dict[str, Any]:
    return {k: v for k, v in (conflict.local_fields or {}).items() if k not in _META_KEYS}


def list_conflicts(store: Store) -> list[ConflictInfo]:
    """Open conflicts, oldest first."""
    with store.read() as session:
        rows = session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None)).order_by(Conflict.created_at))
        result = []
        for c in rows:
            local = _local_fields(c)
            server = c.server_row or {}
            own_row = server if server.get("id") == c.entity_id else {}
            in_conflict = list((c.local_fields or {}).get("_fields") or local.keys())
            diffs = tuple(FieldDifference(k, local.get(k), own_row.get(k)) for k in in_conflict if k in local or k in own_row)
            winning = server if c.entity == "booking" and server and server.get("id") != c.entity_id else None
            alternatives: tuple[str, ...] = ()
            if c.entity == "booking" and c.intent == "booking.create" and "starts_at" in local:
                alternatives = _alternatives(session, local)
            result.append(ConflictInfo(
                id=c.id, op_id=c.op_id, intent=c.intent, entity=c.entity, entity_id=c.entity_id, reason=c.reason,
                created_at=c.created_at, differences=diffs, winning=winning, alternatives=alternatives,
            ))
        return result


def _alternatives(session: Any, local: dict[str, Any], limit: int = 5) -> tuple[str, ...]:
    space = session.get(Space, local.get("space_id"))
    if space is None:
        return ()
    starts, ends = from_wire(local["starts_at"], True), from_wire(local["ends_at"], True)
    busy = select(Booking.space_id).where(
        Booking.starts_at < ends, Booking.ends_at > starts, Booking.deleted_at.is_(None),
        Booking.status.in_([s.value for s in ACTIVE_BOOKING_STATUSES]),
    )
    free = session.scalars(
        select(Space.name).where(
            Space.kind == space.kind, Space.floor_id == space.floor_id, Space.bookable.is_(True),
            Space.deleted_at.is_(None), Space.id != space.id, Space.id.not_in(busy),
        ).order_by(Space.name).limit(limit)
    )
    return tuple(free)


def open_conflict_count(store: Store) -> int:
    with store.read() as session:
        return len(session.scalars(select(Conflict.id).where(Conflict.resolved_at.is_(None))).all())


def resolve_conflict(
    store: Store, *, conflict_id: str, choice: str, edited: dict[str, Any] | None = None
) -> Outcome[str]:
    """Close a conflict with "theirs", "mine" or "edit" (then `edited` holds the values to send)."""
    if choice not in ("theirs", "mine", "edit"):
        raise ValidationError("unknown choice", field="choice")
    with store.read() as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFoundError(conflict_id, what="conflict")
        local = _local_fields(conflict)
        entity, entity_id, intent = conflict.entity, conflict.entity_id, conflict.intent
    changes = Changes(conflicts=True)
    if choice != "theirs":
        # An edit sends the op's other fields as they were, with the typed values over them.
        values = {**local, **(edited or {})} if choice == "edit" else local
        changes = changes | _send_again(store, entity, entity_id, intent, values)
    with store.write() as session:
        conflict = session.get(Conflict, conflict_id)
        assert conflict is not None
        conflict.resolved_at = utc_now()
        conflict.resolution = choice
    return Outcome(conflict_id, changes)


def edit_text(value: Any) -> str:
    """A field's value as the person edits it (lists and objects as JSON)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def parse_edited(text: str, like: Any) -> Any:
    """The typed text as a value of the same kind as `like` (the field's current value). Raises ValidationError."""
    text = text.strip()
    try:
        if isinstance(like, bool):
            lowered = text.lower()
            if lowered not in _TRUE | _FALSE:
                raise ValueError(text)
            return lowered in _TRUE
        if isinstance(like, int):
            return int(text)
        if isinstance(like, float):
            return float(text.replace(",", "."))
        if isinstance(like, (list, dict)):
            value = json.loads(text)
            if not isinstance(value, type(like)):
                raise ValueError(text)
            return value
    except ValueError as exc:
        raise ValidationError("the typed value is not of the field's kind", field="edited") from exc
    return text if text or like is not None else None


_TRUE = frozenset({"true", "1", "yes", "oui", "vrai"})
_FALSE = frozenset({"false", "0", "no", "non", "faux"})


def _send_again(store: Store, entity: str, entity_id: str, intent: str, values: dict[str, Any]) -> Changes:
    cls = SYNCED_ENTITIES[entity]
    instants = instant_columns(cls)
    typed = {k: from_wire(v, k in instants) for k, v in values.items() if k not in BOOKKEEPING_COLUMNS}
    if entity == "booking" and intent == "booking.create":
        # The server decides bookings: try again as a new booking (refused here if still full).
        book_space(
            store, space_id=typed["space_id"], agent_id=typed.get("agent_id"), starts_at=typed["starts_at"],
            ends_at=typed["ends_at"], guest_name=typed.get("guest_name") or "", series_id=typed.get("series_id"),
        )
        return Changes(bookings=True, outbox=True)
    with store.write() as session:
        obj = session.get(cls, entity_id)
        if obj is None or obj.deleted_at is not None:
            raise NotFoundError(entity_id, what=entity)
        if intent.endswith(".delete"):
            delete_row(session, obj)
        else:
            patch_row(session, obj, intent=intent if not intent.endswith(".create") else None, **typed)
    return Changes(outbox=True, spaces=entity == "space", bookings=entity == "booking", floors=entity == "floor")
