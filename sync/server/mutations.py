"""How the reference server applies a batch of ops: decide each in order, write the lot at once.

A batch is one transaction under the site lock. The rows the batch touches and the answers
already given are read with one query each; decisions are taken in order against that cache
(an op sees the effect of the ops before it in the batch); the site sequence is counted in
memory and rows, merge bases and answers are written with one executemany each at the end.
Capacity checks run against the active bookings of the batch's spaces over the batch's time span,
read once and kept in step in memory as bookings are decided. PostgreSQL's exclusion constraint
still arbitrates the written index against concurrent writers: if the database refuses the
batch, every op is applied again in its own transaction.

The statements are built once (module level): building SQLAlchemy constructs per op cost more
than executing them. Bookings are decided here (capacity, overlap, state); other entities are
merged field by field against the op's base version, and a field changed on both sides is
refused for a person to decide.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from nomad_desktop.model import SYNCED_ENTITIES
from nomad_desktop.model.enums import ACTIVE_BOOKING_STATUSES, SpaceKind
from nomad_desktop.services.wire import BOOKKEEPING_COLUMNS
from sync import protocol
from sync.protocol import APPLIED, DUPLICATE, REJECTED, Op, OpResult
from sync.server import db
from sync.server.logic import SiteNotFound, now_wire

_ACTIVE = frozenset(s.value for s in ACTIVE_BOOKING_STATUSES)
_NOT_BOOKABLE = frozenset({SpaceKind.ZONE.value, SpaceKind.CIRCULATION.value, SpaceKind.SERVICE.value})
_FIELDS = {
    name: frozenset(c.key for c in cls.__table__.columns if c.key not in BOOKKEEPING_COLUMNS)  # type: ignore[attr-defined]
    for name, cls in SYNCED_ENTITIES.items()
}
#: Intents that ask the central service to tell someone something (the host of an arriving
#: visitor); they change no row. The reference server acknowledges them; the central NOMAD
#: service delivers them.
NOTIFICATION_PREFIX = "notification."

_r, _b, _o, _h, _s = db.rows.c, db.bookings.c, db.ops.c, db.row_history.c, db.sites.c
_SITE = select(db.sites).where(_s.code == bindparam("code"))
_SITE_LOCKED = _SITE.with_for_update()
_ANSWERS = select(_o.op_id, _o.result).where(_o.site_code == bindparam("code"), _o.op_id.in_(bindparam("ids", expanding=True)))
_ROWS = select(_r.entity, _r.id, _r.data, _r.version, _r.deleted).where(
    _r.site_code == bindparam("code"), _r.id.in_(bindparam("ids", expanding=True))
)
_BASE = select(_h.data).where(
    _h.site_code == bindparam("code"), _h.entity == bindparam("entity"), _h.id == bindparam("id"),
    _h.version == bindparam("version"),
)
_ACTIVE_IN = select(_b.id, _b.space_id, _b.starts_at, _b.ends_at).where(
    _b.site_code == bindparam("code"), _b.active.is_(True), _b.space_id.in_(bindparam("spaces", expanding=True)),
    _b.starts_at < bindparam("ends"), _b.ends_at > bindparam("starts"),
)
_INDEX_DELETE = delete(db.bookings).where(_b.site_code == bindparam("k_code"), _b.id == bindparam("k_id"))
_ROW_UPDATE = update(db.rows).where(
    _r.site_code == bindparam("k_code"), _r.entity == bindparam("k_entity"), _r.id == bindparam("k_id")
).values(version=bindparam("version"), seq=bindparam("seq"), deleted=bindparam("deleted"), op_id=bindparam("op_id"),
         data=bindparam("data"))
_SEQ = update(db.sites).where(_s.code == bindparam("k_code")).values(seq=bindparam("seq"))


def _naive(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC).replace(tzinfo=None)


def allowed(role: str, entity: str) -> bool:
    if role == protocol.ROLE_SITE_MANAGER:
        return True
    if role == protocol.ROLE_RECEPTION:
        return entity in protocol.RECEPTION_ENTITIES
    return False


@dataclass
class _Stored:
    """A row as the batch sees it: the database's value or a value written earlier in the batch."""

    data: dict[str, Any]
    version: int
    deleted: bool


@dataclass
class _Batch:
    conn: Connection
    code: str
    seq: int
    rows: dict[tuple[str, str], _Stored | None] = field(default_factory=dict)
    answers: dict[str, OpResult] = field(default_factory=dict)
    #: Row writes, last value per row: (entity, id) -> (values, existed before the batch).
    writes: dict[tuple[str, str], tuple[dict[str, Any], bool]] = field(default_factory=dict)
    history: dict[tuple[str, str, int], str] = field(default_factory=dict)
    new_answers: list[dict[str, Any]] = field(default_factory=list)
    #: Active bookings per space that may overlap the batch's bookings: space -> {booking id: (starts, ends)}.
    active: dict[str, dict[str, tuple[datetime, datetime]]] = field(default_factory=dict)
    window: tuple[datetime, datetime] | None = None
    #: Booking index rows to write at the end: booking id -> values.
    index: dict[str, dict[str, Any]] = field(default_factory=dict)

    def current(self, entity: str, row_id: str) -> _Stored | None:
        key = (entity, row_id)
        if key not in self.rows:
            self._load({row_id})
            self.rows.setdefault(key, None)
        return self.rows[key]

    def _load(self, ids: set[str]) -> None:
        for start in range(0, len(ids), 900):
            chunk = sorted(ids)[start:start + 900]
            for entity, row_id, data, version, deleted in self.conn.execute(_ROWS, {"code": self.code, "ids": chunk}):
                self.rows.setdefault((entity, row_id), _Stored(json.loads(data), version, bool(deleted)))

    def prefetch(self, ops: list[Op]) -> None:
        """Read every row and earlier answer the batch needs with one query each."""
        ids = {op.entity_id for op in ops} | {
            str(op.fields["space_id"]) for op in ops if op.entity == "booking" and op.fields.get("space_id")
        }
        self._load(ids)
        for op in ops:
            self.rows.setdefault((op.entity, op.entity_id), None)
        self._prefetch_bookings([op for op in ops if op.entity == "booking"])
        op_ids = [op.op_id for op in ops]
        for start in range(0, len(op_ids), 900):
            for op_id, result in self.conn.execute(_ANSWERS, {"code": self.code, "ids": op_ids[start:start + 900]}):
                self.answers[op_id] = OpResult.from_json(json.loads(result))

    def _prefetch_bookings(self, ops: list[Op]) -> None:
        """The active bookings the batch's capacity checks need: its spaces, over the span of its bookings."""
        spaces: set[str] = set()
        instants: list[datetime] = []
        for op in ops:
            stored = self.rows.get(("booking", op.entity_id))
            for source in (op.fields, stored.data if stored else {}):
                if source.get("space_id"):
                    spaces.add(str(source["space_id"]))
                for key in ("starts_at", "ends_at"):
                    try:
                        instants.append(_naive(source[key]))
                    except (KeyError, TypeError, ValueError, AttributeError):
                        pass
        if not instants:
            return
        self.window = (min(instants), max(instants))
        self._load_active(spaces)

    def _load_active(self, spaces: set[str]) -> None:
        for space in spaces:
            self.active.setdefault(space, {})
        if not spaces or self.window is None:
            return
        for start in range(0, len(spaces), 900):
            chunk = sorted(spaces)[start:start + 900]
            params = {"code": self.code, "spaces": chunk, "starts": self.window[0], "ends": self.window[1]}
            for booking_id, space, starts, ends in self.conn.execute(_ACTIVE_IN, params):
                self.active[space][booking_id] = (starts, ends)

    def overlapping(self, space: str, starts: datetime, ends: datetime, other_than: str) -> list[str]:
        """Active bookings of `space` over [starts, ends), earliest first."""
        if self.window is None or starts < self.window[0] or ends > self.window[1]:
            # Outside what was read (cannot happen for a booking of the batch): read around it.
            self.window = (min(starts, self.window[0]) if self.window else starts,
                           max(ends, self.window[1]) if self.window else ends)
            known = set(self.active)
            self.active.clear()
            self._load_active(known | {space})
            self._replay_index()
        elif space not in self.active:
            self._load_active({space})
            self._replay_index()
        found = [(s, i) for i, (s, e) in self.active[space].items() if s < ends and e > starts and i != other_than]
        return [i for _s, i in sorted(found)]

    def _replay_index(self) -> None:
        for booking_id, values in self.index.items():
            self.note_active(booking_id, values)

    def note_active(self, booking_id: str, values: dict[str, Any]) -> None:
        for bookings in self.active.values():
            if booking_id in bookings:
                del bookings[booking_id]
                break  # a booking is in one space only
        if values["active"] and values["space_id"] in self.active:
            self.active[values["space_id"]][booking_id] = (values["starts_at"], values["ends_at"])

    def flush(self) -> None:
        inserts = [v for v, existed in self.writes.values() if not existed]
        updates = [
            {"k_code": v["site_code"], "k_entity": v["entity"], "k_id": v["id"],
             **{k: v[k] for k in ("version", "seq", "deleted", "op_id", "data")}}
            for v, existed in self.writes.values() if existed
        ]
        if inserts:
            self.conn.execute(insert(db.rows), inserts)
        if updates:
            self.conn.execute(_ROW_UPDATE, updates)
        if self.history:
            self.conn.execute(insert(db.row_history), [
                {"site_code": self.code, "entity": e, "id": i, "version": v, "data": data}
                for (e, i, v), data in self.history.items()
            ])
        if self.index:
            self.conn.execute(_INDEX_DELETE, [{"k_code": self.code, "k_id": i} for i in self.index])
            self.conn.execute(insert(db.bookings), [{"site_code": self.code, "id": i, **v} for i, v in self.index.items()])
        if self.new_answers:
            self.conn.execute(insert(db.ops), self.new_answers)
        self.conn.execute(_SEQ, {"k_code": self.code, "seq": self.seq})


def apply_ops(engine: Engine, code: str, ops: list[Op], role: str) -> list[OpResult]:
    """Apply `ops` in order; one result per op (see the module docstring)."""
    try:
        with engine.begin() as conn:
            return _apply_batch(conn, code, ops, role)
    except IntegrityError:
        return [_apply_one(engine, code, op, role) for op in ops]


def _apply_one(engine: Engine, code: str, op: Op, role: str) -> OpResult:
    last: IntegrityError | None = None
    for _attempt in range(3):
        try:
            with engine.begin() as conn:
                return _apply_batch(conn, code, [op], role)[0]
        except IntegrityError as exc:
            # A concurrent writer won the race the database itself arbitrated: decide again.
            last = exc
    assert last is not None
    raise last


def _apply_batch(conn: Connection, code: str, ops: list[Op], role: str) -> list[OpResult]:
    # The site row lock serialises sequence numbers and capacity checks of the site.
    site = conn.execute(_SITE_LOCKED if conn.dialect.name == "postgresql" else _SITE, {"code": code}).first()
    if site is None:
        raise SiteNotFound(code)
    batch = _Batch(conn, code, site.seq)
    batch.prefetch(ops)
    results = []
    for op in ops:
        previous = batch.answers.get(op.op_id)
        if previous is not None:
            results.append(OpResult(
                op_id=op.op_id, status=DUPLICATE, version=previous.version, reason=previous.reason,
                row=previous.row, fields=previous.fields, original=previous.original or previous.status,
            ))
            continue
        result = _decide_and_write(batch, op, role)
        batch.answers[op.op_id] = result
        batch.new_answers.append(
            {"site_code": code, "op_id": op.op_id, "seq": batch.seq, "result": json.dumps(result.to_json())}
        )
        results.append(result)
    batch.flush()
    return results


def _reject(op: Op, reason: str, row: dict[str, Any] | None = None, fields: tuple[str, ...] = ()) -> OpResult:
    return OpResult(op_id=op.op_id, status=REJECTED, reason=reason, row=row, fields=fields,
                    version=row.get("version") if row else None)


def _decide_and_write(batch: _Batch, op: Op, role: str) -> OpResult:
    if op.intent.startswith(NOTIFICATION_PREFIX):
        return _accept_notification(batch, op, role)
    if op.entity not in _FIELDS or not op.intent.startswith(op.entity + "."):
        return _reject(op, "invalid")
    if not allowed(role, op.entity):
        return _reject(op, "forbidden")
    if op.intent == f"{op.entity}.restore":
        return _restore(batch, op)
    unknown = set(op.fields) - _FIELDS[op.entity]
    if unknown:
        return _reject(op, "invalid", fields=tuple(sorted(unknown)))
    stored = batch.current(op.entity, op.entity_id)
    current = dict(stored.data) if stored else None
    kind = op.kind
    if kind == "create":
        if current is not None:
            return _reject(op, "exists", current)
        new = {"id": op.entity_id, **op.fields, "deleted_at": None}
        refusal = _check_booking(batch, op, None, new)
        if refusal:
            return refusal
        return _write(batch, op, new, version=1)
    if stored is None or current is None:
        return _reject(op, "not_found")
    merge_base = _merge_base(batch, op, stored.version)
    if kind == "delete":
        if stored.deleted:
            return OpResult(op_id=op.op_id, status=APPLIED, version=stored.version, row=current)
        if op.entity not in protocol.SERVER_DECIDES and merge_base is not None:
            changed = [k for k in _FIELDS[op.entity] if merge_base.get(k) != current.get(k)]
            if changed:
                # Delete against edit: never silent.
                return _reject(op, "edited", current, tuple(sorted(changed)))
        return _write(batch, op, {**current, "deleted_at": now_wire()}, version=stored.version + 1)
    if stored.deleted:
        return _reject(op, "deleted", current)
    if op.entity not in protocol.SERVER_DECIDES and merge_base is not None:
        both = tuple(sorted(
            k for k, v in op.fields.items() if merge_base.get(k) != current.get(k) and current.get(k) != v
        ))
        if both:
            return _reject(op, "conflict", current, both)
    new = {**current, **op.fields}
    refusal = _check_booking(batch, op, current, new)
    if refusal:
        return refusal
    if new == current:
        return OpResult(op_id=op.op_id, status=APPLIED, version=stored.version, row=current)
    return _write(batch, op, new, version=stored.version + 1)


def _restore(batch: _Batch, op: Op) -> OpResult:
    """Undo of a deletion (the plan editor's undo): the tombstone is lifted, nothing else changes."""
    stored = batch.current(op.entity, op.entity_id)
    if stored is None:
        return _reject(op, "not_found")
    if not stored.deleted:
        return OpResult(op_id=op.op_id, status=APPLIED, version=stored.version, row=dict(stored.data))
    return _write(batch, op, {**stored.data, "deleted_at": None}, version=stored.version + 1)


def _accept_notification(batch: _Batch, op: Op, role: str) -> OpResult:
    if op.entity not in _FIELDS:
        return _reject(op, "invalid")
    if not allowed(role, op.entity):
        return _reject(op, "forbidden")
    stored = batch.current(op.entity, op.entity_id)
    if stored is None:
        return _reject(op, "not_found")
    return OpResult(op_id=op.op_id, status=APPLIED, version=stored.version, row=dict(stored.data))


def _merge_base(batch: _Batch, op: Op, version: int) -> dict[str, Any] | None:
    """The row as the op's author saw it, when the server changed it since; None when up to date."""
    if op.base_version is None or op.base_version == version:
        return None
    data = batch.history.get((op.entity, op.entity_id, op.base_version)) or batch.conn.execute(
        _BASE, {"code": batch.code, "entity": op.entity, "id": op.entity_id, "version": op.base_version}
    ).scalar()
    # Base forgotten: every field counts as changed on the server.
    return json.loads(data) if data else {}


def _check_booking(batch: _Batch, op: Op, current: dict[str, Any] | None, new: dict[str, Any]) -> OpResult | None:
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
    space = batch.current("space", str(new.get("space_id")))
    if space is None:
        return _reject(op, "not_found", current)
    if space.deleted:
        return _reject(op, "space_deleted", current)
    if not space.data.get("bookable", True) or space.data.get("kind") in _NOT_BOOKABLE:
        return _reject(op, "not_bookable", current)
    overlapping = batch.overlapping(str(new["space_id"]), starts, ends, op.entity_id)
    if len(overlapping) >= max(int(space.data.get("capacity") or 1), 1):
        winner = batch.current("booking", overlapping[0])
        return _reject(op, "full", dict(winner.data) if winner else None)
    return None


def _write(batch: _Batch, op: Op, new: dict[str, Any], *, version: int) -> OpResult:
    batch.seq += 1
    new["version"] = version
    new["updated_at"] = now_wire()
    data = json.dumps(new, separators=(",", ":"))
    key = (op.entity, op.entity_id)
    earlier = batch.writes.get(key)
    existed = earlier[1] if earlier else batch.rows.get(key) is not None
    batch.writes[key] = ({
        "site_code": batch.code, "entity": op.entity, "id": op.entity_id, "version": version, "seq": batch.seq,
        "deleted": bool(new.get("deleted_at")), "op_id": op.op_id, "data": data,
    }, existed)
    batch.rows[key] = _Stored(dict(new), version, bool(new.get("deleted_at")))
    if op.entity in protocol.SERVER_DECIDES:
        _index_booking(batch, new)
    else:
        batch.history[(op.entity, op.entity_id, version)] = data
    return OpResult(op_id=op.op_id, status=APPLIED, version=version, row=new)


def _index_booking(batch: _Batch, new: dict[str, Any]) -> None:
    """Keep the active-booking index in step (in memory now: the next booking of the batch is checked
    against it; in the database at the end, where PostgreSQL's exclusion constraint arbitrates it
    against concurrent writers)."""
    space = batch.current("space", str(new["space_id"]))
    values = {
        "space_id": new["space_id"], "starts_at": _naive(new["starts_at"]), "ends_at": _naive(new["ends_at"]),
        "active": new.get("status") in _ACTIVE and not new.get("deleted_at"),
        # Capacity one: PostgreSQL's exclusion constraint applies.
        "single_place": batch.conn.dialect.name == "postgresql"
        and int((space.data if space else {}).get("capacity") or 1) <= 1,
    }
    batch.index[new["id"]] = values
    batch.note_active(new["id"], values)
