"""What the reference server does with requests: pages of rows and the application of ops.

Each op is applied in its own transaction that also takes the next site sequence number and
stores the op's answer: a retry after a lost answer finds the answer, never a second effect.
Bookings are decided here (capacity, overlap, state); other entities are merged field by field
against the op's base version, and a field changed on both sides is refused for a person to decide.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from nomad_desktop.model import SYNCED_ENTITIES
from nomad_desktop.model.enums import ACTIVE_BOOKING_STATUSES, SpaceKind
from nomad_desktop.services.wire import BOOKKEEPING_COLUMNS
from sync import protocol
from sync.protocol import APPLIED, DUPLICATE, REJECTED, Op, OpResult
from sync.server import db

#: Snapshot order: parents before children.
ENTITY_ORDER = (
    "site", "agent", "building", "floor", "space", "out_of_service", "booking_rule", "visitor", "visit", "booking",
    "waitlist_entry", "watch_entry",
)
_ACTIVE = frozenset(s.value for s in ACTIVE_BOOKING_STATUSES)
_NOT_BOOKABLE = frozenset({SpaceKind.ZONE.value, SpaceKind.CIRCULATION.value, SpaceKind.SERVICE.value})
_FIELDS = {
    name: frozenset(c.key for c in cls.__table__.columns if c.key not in BOOKKEEPING_COLUMNS)  # type: ignore[attr-defined]
    for name, cls in SYNCED_ENTITIES.items()
}


class SiteNotFound(Exception):
    pass


class CursorExpired(Exception):
    pass


def now_wire() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _naive(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class SiteMeta:
    code: str
    site_id: str
    generation: int
    seq: int
    min_cursor: int


def site_meta(engine: Engine, code: str) -> SiteMeta:
    with engine.connect() as conn:
        row = conn.execute(select(db.sites).where(db.sites.c.code == code)).first()
    if row is None:
        raise SiteNotFound(code)
    return SiteMeta(row.code, row.site_id, row.generation, row.seq, row.min_cursor)


def _item(entity: str, seq: int, op_id: str | None, data: str) -> str:
    # Assembled as text: the row is stored as wire JSON already.
    return f'{{"e":"{entity}","s":{seq},"o":{json.dumps(op_id)},"d":{data}}}'


def changes_page(engine: Engine, code: str, after: int, limit: int) -> str:
    """JSON text of the change feed after `after`: {"generation", "items", "next", "has_more", "seq"}."""
    with engine.connect() as conn:
        site = conn.execute(select(db.sites).where(db.sites.c.code == code)).first()
        if site is None:
            raise SiteNotFound(code)
        if after < site.min_cursor:
            raise CursorExpired(code)
        result = conn.execute(
            select(db.rows.c.entity, db.rows.c.seq, db.rows.c.op_id, db.rows.c.data)
            .where(db.rows.c.site_code == code, db.rows.c.seq > after)
            .order_by(db.rows.c.seq)
            .limit(limit + 1)
        ).all()
    has_more = len(result) > limit
    result = result[:limit]
    next_cursor = result[-1].seq if result else after
    items = ",".join(_item(r.entity, r.seq, r.op_id, r.data) for r in result)
    return (
        f'{{"generation":{site.generation},"seq":{site.seq},"next":{next_cursor},'
        f'"has_more":{"true" if has_more else "false"},"items":[{items}]}}'
    )


def snapshot_page(engine: Engine, code: str, at: int | None, entity: str | None, after_id: str, limit: int) -> str:
    """JSON text of one page of the full download pinned at sequence `at` (the current one when None).

    Rows changed after `at` may already show their newer value here; they come again in the
    change feed after `at`, and applying a row twice equals once.
    """
    with engine.connect() as conn:
        site = conn.execute(select(db.sites).where(db.sites.c.code == code)).first()
        if site is None:
            raise SiteNotFound(code)
        pinned = site.seq if at is None else at
        if pinned < site.min_cursor:
            raise CursorExpired(code)
        entity = entity or ENTITY_ORDER[0]
        items: list[str] = []
        next_entity: str | None = entity
        next_id = after_id
        while next_entity is not None and len(items) < limit:
            want = limit - len(items)
            found = conn.execute(
                select(db.rows.c.id, db.rows.c.seq, db.rows.c.op_id, db.rows.c.data)
                .where(
                    db.rows.c.site_code == code, db.rows.c.entity == next_entity,
                    db.rows.c.id > next_id, db.rows.c.deleted.is_(False),
                )
                .order_by(db.rows.c.id)
                .limit(want)
            ).all()
            items.extend(_item(next_entity, r.seq, r.op_id, r.data) for r in found)
            if len(found) < want:  # this entity is exhausted: go on with the next one
                index = ENTITY_ORDER.index(next_entity)
                next_entity = ENTITY_ORDER[index + 1] if index + 1 < len(ENTITY_ORDER) else None
                next_id = ""
            else:
                next_id = found[-1].id
    cont = "null" if next_entity is None else json.dumps({"entity": next_entity, "after": next_id})
    return (
        f'{{"generation":{site.generation},"at":{pinned},"next":{cont},"items":[{",".join(items)}]}}'
    )


# --- Mutations ---------------------------------------------------------------------------


def allowed(role: str, entity: str) -> bool:
    if role == protocol.ROLE_SITE_MANAGER:
        return True
    if role == protocol.ROLE_RECEPTION:
        return entity in protocol.RECEPTION_ENTITIES
    return False


def apply_ops(engine: Engine, code: str, ops: list[Op], role: str) -> list[OpResult]:
    """Apply `ops` in order; one result per op.

    The batch is one transaction (one fsync for the lot), each op's answer stored in it with its
    effect. If the database refuses the batch (PostgreSQL's exclusion constraint against a
    concurrent writer), the ops are applied again one transaction each.
    """
    try:
        with engine.begin() as conn:
            _lock_site(conn, code)  # serialises sequence numbers and capacity checks of the site
            return [_apply_in(conn, code, op, role, locked=True) for op in ops]
    except IntegrityError:
        return [_apply_one(engine, code, op, role) for op in ops]


def _apply_one(engine: Engine, code: str, op: Op, role: str) -> OpResult:
    last: IntegrityError | None = None
    for _attempt in range(3):
        try:
            with engine.begin() as conn:
                return _apply_in(conn, code, op, role)
        except IntegrityError as exc:
            # A concurrent writer won the race the database itself arbitrated: decide again.
            last = exc
    assert last is not None
    raise last


def _lock_site(conn: Connection, code: str) -> Any:
    statement = select(db.sites).where(db.sites.c.code == code)
    if conn.dialect.name == "postgresql":
        statement = statement.with_for_update()
    site = conn.execute(statement).first()
    if site is None:
        raise SiteNotFound(code)
    return site


def _apply_in(conn: Connection, code: str, op: Op, role: str, *, locked: bool = False) -> OpResult:
    if not locked:
        _lock_site(conn, code)  # serialises sequence numbers and capacity checks of the site
    previous = conn.execute(
        select(db.ops.c.result).where(db.ops.c.site_code == code, db.ops.c.op_id == op.op_id)
    ).scalar()
    if previous is not None:
        original = OpResult.from_json(json.loads(previous))
        return OpResult(
            op_id=op.op_id, status=DUPLICATE, version=original.version, reason=original.reason,
            row=original.row, fields=original.fields, original=original.status,
        )
    result = _decide_and_write(conn, code, op, role)
    seq = conn.execute(select(db.sites.c.seq).where(db.sites.c.code == code)).scalar_one()
    conn.execute(insert(db.ops).values(site_code=code, op_id=op.op_id, seq=seq, result=json.dumps(result.to_json())))
    return result


def _current(conn: Connection, code: str, entity: str, row_id: str) -> tuple[dict[str, Any] | None, Any]:
    found = conn.execute(
        select(db.rows.c.data, db.rows.c.version, db.rows.c.deleted).where(
            db.rows.c.site_code == code, db.rows.c.entity == entity, db.rows.c.id == row_id
        )
    ).first()
    return (json.loads(found.data) if found else None), found


def _reject(op: Op, reason: str, row: dict[str, Any] | None = None, fields: tuple[str, ...] = ()) -> OpResult:
    return OpResult(op_id=op.op_id, status=REJECTED, reason=reason, row=row, fields=fields,
                    version=row.get("version") if row else None)


def _decide_and_write(conn: Connection, code: str, op: Op, role: str) -> OpResult:
    if op.intent.startswith(NOTIFICATION_PREFIX):
        return _accept_notification(conn, code, op, role)
    if op.entity not in _FIELDS or not op.intent.startswith(op.entity + "."):
        return _reject(op, "invalid")
    if not allowed(role, op.entity):
        return _reject(op, "forbidden")
    if op.intent == f"{op.entity}.restore":
        return _restore(conn, code, op)
    unknown = set(op.fields) - _FIELDS[op.entity]
    if unknown:
        return _reject(op, "invalid", fields=tuple(sorted(unknown)))
    current, meta = _current(conn, code, op.entity, op.entity_id)
    kind = op.kind
    if kind == "create":
        if current is not None:
            return _reject(op, "exists", current)
        new = {"id": op.entity_id, **op.fields, "deleted_at": None}
        refusal = _check_booking(conn, code, op, None, new)
        if refusal:
            return refusal
        return _write(conn, code, op, new, version=1, existed=False)
    if current is None:
        return _reject(op, "not_found")
    merge_base = _merge_base(conn, code, op, meta.version)
    if kind == "delete":
        if meta.deleted:
            return OpResult(op_id=op.op_id, status=APPLIED, version=meta.version, row=current)
        if op.entity not in protocol.SERVER_DECIDES and merge_base is not None:
            changed = [k for k in _FIELDS[op.entity] if merge_base.get(k) != current.get(k)]
            if changed:
                # Delete against edit: never silent.
                return _reject(op, "edited", current, tuple(sorted(changed)))
        new = {**current, "deleted_at": now_wire()}
        return _write(conn, code, op, new, version=meta.version + 1, existed=True)
    if meta.deleted:
        return _reject(op, "deleted", current)
    if op.entity not in protocol.SERVER_DECIDES and merge_base is not None:
        both = tuple(sorted(
            k for k, v in op.fields.items() if merge_base.get(k) != current.get(k) and current.get(k) != v
        ))
        if both:
            return _reject(op, "conflict", current, both)
    new = {**current, **op.fields}
    refusal = _check_booking(conn, code, op, current, new)
    if refusal:
        return refusal
    if new == current:
        return OpResult(op_id=op.op_id, status=APPLIED, version=meta.version, row=current)
    return _write(conn, code, op, new, version=meta.version + 1, existed=True)


#: Intents that ask the central service to tell someone something (the host of an arriving
#: visitor); they change no row. The reference server acknowledges them; the central NOMAD
#: service delivers them.
NOTIFICATION_PREFIX = "notification."


def _restore(conn: Connection, code: str, op: Op) -> OpResult:
    """Undo of a deletion (the plan editor's undo): the tombstone is lifted, nothing else changes."""
    current, meta = _current(conn, code, op.entity, op.entity_id)
    if current is None:
        return _reject(op, "not_found")
    if not meta.deleted:
        return OpResult(op_id=op.op_id, status=APPLIED, version=meta.version, row=current)
    return _write(conn, code, op, {**current, "deleted_at": None}, version=meta.version + 1, existed=True)


def _accept_notification(conn: Connection, code: str, op: Op, role: str) -> OpResult:
    if op.entity not in _FIELDS:
        return _reject(op, "invalid")
    if not allowed(role, op.entity):
        return _reject(op, "forbidden")
    current, meta = _current(conn, code, op.entity, op.entity_id)
    if current is None:
        return _reject(op, "not_found")
    return OpResult(op_id=op.op_id, status=APPLIED, version=meta.version, row=current)


def _merge_base(conn: Connection, code: str, op: Op, version: int) -> dict[str, Any] | None:
    """The row as the op's author saw it, when the server changed it since; None when up to date."""
    if op.base_version is None or op.base_version == version:
        return None
    data = conn.execute(
        select(db.row_history.c.data).where(
            db.row_history.c.site_code == code, db.row_history.c.entity == op.entity,
            db.row_history.c.id == op.entity_id, db.row_history.c.version == op.base_version,
        )
    ).scalar()
    # Base forgotten: every field counts as changed on the server.
    return json.loads(data) if data else {}


def _check_booking(
    conn: Connection, code: str, op: Op, current: dict[str, Any] | None, new: dict[str, Any]
) -> OpResult | None:
    """The server decides bookings: intent preconditions, then the space and its capacity."""
    if op.entity != "booking":
        return None
    action = op.intent.split(".", 1)[1]
    if action == "check_in" and current is not None and current.get("status") != "confirmed":
        return _reject(op, "not_active", current)
    if new.get("status") not in _ACTIVE or new.get("deleted_at"):
        return None
    if current is not None and current.get("status") in _ACTIVE and all(
        current.get(k) == new.get(k) for k in ("space_id", "starts_at", "ends_at")
    ):
        return None  # holds the same place as before
    try:
        starts, ends = _naive(new["starts_at"]), _naive(new["ends_at"])
    except (KeyError, TypeError, ValueError):
        return _reject(op, "invalid", current, ("starts_at", "ends_at"))
    if ends <= starts:
        return _reject(op, "invalid", current, ("ends_at",))
    space, space_meta = _current(conn, code, "space", str(new.get("space_id")))
    if space is None:
        return _reject(op, "not_found", current)
    if space_meta.deleted:
        return _reject(op, "space_deleted", current)
    if not space.get("bookable", True) or space.get("kind") in _NOT_BOOKABLE:
        return _reject(op, "not_bookable", current)
    b = db.bookings.c
    overlapping = conn.execute(
        select(b.id).where(
            b.site_code == code, b.space_id == new["space_id"], b.active.is_(True),
            b.starts_at < ends, b.ends_at > starts, b.id != op.entity_id,
        ).order_by(b.starts_at)
    ).scalars().all()
    if len(overlapping) >= max(int(space.get("capacity") or 1), 1):
        winner, _ = _current(conn, code, "booking", overlapping[0])
        return _reject(op, "full", winner)
    return None


def _write(conn: Connection, code: str, op: Op, new: dict[str, Any], *, version: int, existed: bool) -> OpResult:
    seq = conn.execute(
        update(db.sites).where(db.sites.c.code == code).values(seq=db.sites.c.seq + 1).returning(db.sites.c.seq)
    ).scalar_one()
    new["version"] = version
    new["updated_at"] = now_wire()
    data = json.dumps(new, separators=(",", ":"))
    values = {"version": version, "seq": seq, "deleted": bool(new.get("deleted_at")), "op_id": op.op_id, "data": data}
    if existed:
        conn.execute(
            update(db.rows).where(
                db.rows.c.site_code == code, db.rows.c.entity == op.entity, db.rows.c.id == op.entity_id
            ).values(**values)
        )
    else:
        conn.execute(insert(db.rows).values(site_code=code, entity=op.entity, id=op.entity_id, **values))
    _index(conn, code, op.entity, new, existed=existed)
    return OpResult(op_id=op.op_id, status=APPLIED, version=version, row=new)


def _index(conn: Connection, code: str, entity: str, new: dict[str, Any], *, existed: bool) -> None:
    """Keep the history (merge bases) and the booking index in step with a written row."""
    if entity not in protocol.SERVER_DECIDES:
        conn.execute(insert(db.row_history).values(
            site_code=code, entity=entity, id=new["id"], version=new["version"],
            data=json.dumps(new, separators=(",", ":")),
        ))
        return
    values = {
        "space_id": new["space_id"], "starts_at": _naive(new["starts_at"]), "ends_at": _naive(new["ends_at"]),
        "active": new.get("status") in _ACTIVE and not new.get("deleted_at"),
    }
    if conn.dialect.name == "postgresql":
        capacity = conn.execute(
            select(db.rows.c.data).where(db.rows.c.site_code == code, db.rows.c.entity == "space",
                                         db.rows.c.id == new["space_id"])
        ).scalar()
        values["single_place"] = int((json.loads(capacity) if capacity else {}).get("capacity") or 1) <= 1
    b = db.bookings
    done = conn.execute(update(b).where(b.c.site_code == code, b.c.id == new["id"]).values(**values)).rowcount
    if not done:
        conn.execute(insert(b).values(site_code=code, id=new["id"], **values))


def count_rows(engine: Engine, code: str) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(db.rows).where(db.rows.c.site_code == code)).scalar_one()

