"""The central API as the engine sees it: typed calls over the transport, answers checked before use.

A malformed answer (wrong shape, missing keys, wrong types) raises BadAnswerError before any
of it reaches the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sync.columnar import Table
from sync.errors import BadAnswerError
from sync.protocol import Op, OpResult
from sync.transport import Transport

#: One change-feed item: (entity, seq, origin op id, full row).
Item = tuple[str, int, str | None, dict[str, Any]]


@dataclass(frozen=True)
class SiteMeta:
    code: str
    site_id: str
    generation: int
    seq: int
    min_cursor: int
    server_time: str


@dataclass(frozen=True)
class Rows:
    """The rows of a page: items (protocol 1) or columnar tables (protocol 2)."""

    raw_items: list[Item] | None
    tables: list[Table] | None
    default_seq: int

    @property
    def items(self) -> list[Item]:
        """One item per row, whatever the wire form (for bundles and checks; applying uses the tables)."""
        if self.raw_items is not None:
            return self.raw_items
        return [item for table in self.tables or () for item in table.items(self.default_seq)]

    @property
    def count(self) -> int:
        if self.raw_items is not None:
            return len(self.raw_items)
        return sum(table.n for table in self.tables or ())


@dataclass(frozen=True)
class ChangesPage:
    generation: int
    next: int
    has_more: bool
    rows: Rows

    @property
    def items(self) -> list[Item]:
        return self.rows.items


@dataclass(frozen=True)
class SnapshotPage:
    generation: int
    at: int
    next: tuple[str, str] | None
    rows: Rows

    @property
    def items(self) -> list[Item]:
        return self.rows.items


def _need(data: Any, key: str, kind: type | tuple[type, ...]) -> Any:
    if not isinstance(data, dict) or key not in data or not isinstance(data[key], kind) or (
        kind is int and isinstance(data[key], bool)
    ):
        raise BadAnswerError(f"answer without a valid {key!r}")
    return data[key]


def _rows(data: Any, default_seq: int) -> Rows:
    if isinstance(data, dict) and "tables" in data:
        raw = _need(data, "tables", list)
        return Rows(None, [Table(t) for t in raw], default_seq)
    return Rows(_items(data), None, default_seq)


def _items(data: Any) -> list[Item]:
    raw = _need(data, "items", list)
    items: list[Item] = []
    for entry in raw:
        entity = _need(entry, "e", str)
        seq = _need(entry, "s", int)
        op_id = entry.get("o")
        row = _need(entry, "d", dict)
        if not isinstance(row.get("id"), str) or not isinstance(row.get("version"), int):
            raise BadAnswerError("row without id or version")
        items.append((entity, seq, op_id if isinstance(op_id, str) else None, row))
    return items


class CentralApi:
    """Calls of the sync protocol for one site."""

    def __init__(self, transport: Transport, site_code: str) -> None:
        self.transport = transport
        self.site_code = site_code
        self._base = f"/v1/sites/{site_code}"

    def site_meta(self) -> SiteMeta:
        data = self.transport.request("GET", f"{self._base}/meta").json()
        return SiteMeta(
            code=_need(data, "code", str), site_id=_need(data, "site_id", str),
            generation=_need(data, "generation", int), seq=_need(data, "seq", int),
            min_cursor=_need(data, "min_cursor", int), server_time=_need(data, "server_time", str),
        )

    def changes(self, after: int, limit: int) -> ChangesPage:
        data = self.transport.request("GET", f"{self._base}/changes", params={"after": after, "limit": limit}).json()
        return ChangesPage(
            generation=_need(data, "generation", int), next=_need(data, "next", int),
            has_more=_need(data, "has_more", bool), rows=_rows(data, after),
        )

    def snapshot(self, at: int | None, entity: str | None, after: str, limit: int) -> SnapshotPage:
        params: dict[str, Any] = {"limit": limit, "after": after}
        if at is not None:
            params["at"] = at
        if entity:
            params["entity"] = entity
        data = self.transport.request("GET", f"{self._base}/snapshot", params=params).json()
        nxt = data.get("next") if isinstance(data, dict) else None
        cont = None
        if nxt is not None:
            cont = (_need(nxt, "entity", str), _need(nxt, "after", str))
        pinned = _need(data, "at", int)
        return SnapshotPage(generation=_need(data, "generation", int), at=pinned, next=cont, rows=_rows(data, pinned))

    def push(self, ops: list[Op]) -> list[OpResult]:
        data = self.transport.request(
            "POST", f"{self._base}/mutations", json_body={"ops": [op.to_json() for op in ops]}
        ).json()
        raw = _need(data, "results", list)
        try:
            results = [OpResult.from_json(r) for r in raw]
        except (KeyError, TypeError, ValueError) as exc:
            raise BadAnswerError("malformed op result") from exc
        if [r.op_id for r in results] != [op.op_id for op in ops]:
            raise BadAnswerError("the results do not match the ops sent")
        return results

    def login(self, username: str, password: str) -> str:
        data = self.transport.request(
            "POST", "/v1/auth/login", json_body={"username": username, "password": password},
            authenticated=False, retry=False,
        ).json()
        return _need(data, "token", str)
