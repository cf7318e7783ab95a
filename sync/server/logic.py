"""What the reference server reads for clients: site meta, pages of the change feed and of the snapshot.

Ops are applied by `sync.server.mutations`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, func, select

from sync.columnar import encode_table, group_by_entity
from sync.server import db

#: Snapshot order: parents before children.
ENTITY_ORDER = (
    "site", "agent", "building", "floor", "space", "out_of_service", "booking_rule", "visitor", "visit", "booking",
    "waitlist_entry", "watch_entry",
)


class SiteNotFound(Exception):
    pass


class CursorExpired(Exception):
    pass


def now_wire() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


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


def _items_json(found: list[tuple[str, int, str | None, str]], version: int, *, feed: bool) -> str:
    """The page's rows: a list of items (protocol 1) or of columnar tables (protocol 2, `sync.columnar`).

    A snapshot page's tables carry neither sequence numbers nor op ids: the page is pinned at `at`.
    """
    if version < 2:
        return '"items":[' + ",".join(_item(*r) for r in found) + "]"
    tables = []
    for entity, rows in group_by_entity(found).items():
        tables.append(encode_table(
            entity, json.loads("[" + ",".join(r[3] for r in rows) + "]"),
            seqs=[r[1] for r in rows] if feed else None, ops=[r[2] for r in rows] if feed else None,
        ))
    return '"tables":' + json.dumps(tables, separators=(",", ":"))


def changes_page(engine: Engine, code: str, after: int, limit: int, version: int = 1) -> str:
    """JSON text of the change feed after `after`: {"generation", "seq", "next", "has_more"} and the rows."""
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
    found = [tuple(r) for r in result[:limit]]
    next_cursor = found[-1][1] if found else after
    return (
        f'{{"generation":{site.generation},"seq":{site.seq},"next":{next_cursor},'
        f'"has_more":{"true" if has_more else "false"},{_items_json(found, version, feed=True)}}}'  # type: ignore[arg-type]
    )


def snapshot_page(
    engine: Engine, code: str, at: int | None, entity: str | None, after_id: str, limit: int, version: int = 1
) -> str:
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
        found_all: list[tuple[str, int, str | None, str]] = []
        next_entity: str | None = entity
        next_id = after_id
        while next_entity is not None and len(found_all) < limit:
            want = limit - len(found_all)
            found = conn.execute(
                select(db.rows.c.id, db.rows.c.seq, db.rows.c.op_id, db.rows.c.data)
                .where(
                    db.rows.c.site_code == code, db.rows.c.entity == next_entity,
                    db.rows.c.id > next_id, db.rows.c.deleted.is_(False),
                )
                .order_by(db.rows.c.id)
                .limit(want)
            ).all()
            found_all.extend([(next_entity, seq, op_id, data) for _id, seq, op_id, data in found])
            if len(found) < want:  # this entity is exhausted: go on with the next one
                index = ENTITY_ORDER.index(next_entity)
                next_entity = ENTITY_ORDER[index + 1] if index + 1 < len(ENTITY_ORDER) else None
                next_id = ""
            else:
                next_id = found[-1][0]
    cont = "null" if next_entity is None else json.dumps({"entity": next_entity, "after": next_id})
    return f'{{"generation":{site.generation},"at":{pinned},"next":{cont},{_items_json(found_all, version, feed=False)}}}'


def count_rows(engine: Engine, code: str) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(db.rows).where(db.rows.c.site_code == code)).scalar_one()

