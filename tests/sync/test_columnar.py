"""Columnar pages (protocol 2): what is encoded comes back as it was, and a damaged table is refused."""

from __future__ import annotations

import json

import pytest

from sync.columnar import Table, encode_table
from sync.errors import BadAnswerError


def _roundtrip(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    wire = json.loads(json.dumps(encode_table("space", rows)))
    return list(Table(wire).rows())


def test_rows_come_back_as_they_were_whatever_the_values() -> None:
    rows = [
        {"id": f"id-{i}", "version": 1, "bookable": i % 3 == 0, "capacity": i % 2, "ratio": float(i % 2),
         "kind": "desk" if i % 4 else "office", "equipment": ["wifi"] if i % 2 else [], "notes": None,
         "geometry": [[0, 0], [i, 0], [i, 1]]}
        for i in range(40)
    ]
    assert _roundtrip(rows) == rows
    # True, 1 and 1.0 stay apart, as do None and "".
    mixed = [{"id": str(i), "version": 1, "v": value} for i, value in enumerate([True, 1, 1.0, None, "", 0, False] * 3)]
    back = _roundtrip(mixed)
    assert back == mixed and [type(r["v"]) for r in back] == [type(r["v"]) for r in mixed]
    assert _roundtrip([{"id": "only", "version": 3}]) == [{"id": "only", "version": 3}]


def test_repeated_values_are_said_once() -> None:
    rows = [{"id": f"id-{i}", "version": 1, "status": "confirmed" if i % 5 else "cancelled", "deleted_at": None}
            for i in range(100)]
    table = encode_table("booking", rows)
    assert table["const"] == {"version": 1, "deleted_at": None}
    assert table["dict"]["status"] == ["cancelled", "confirmed"] and set(table["cols"]["status"]) == {0, 1}
    assert "id" in table["cols"] and "s" not in table and "o" not in table


@pytest.mark.parametrize("damage", [
    lambda t: t.update(n=t["n"] + 1),                       # a column shorter than the rows
    lambda t: t["cols"]["status"].__setitem__(0, 99),        # an index outside its dictionary
    lambda t: t["cols"].pop("id"),                           # rows without ids
    lambda t: t.update(cols=[]),                             # not an object
    lambda t: t.update(s=[1, 2]),                            # sequence numbers that do not match
])
def test_a_damaged_table_is_refused(damage) -> None:
    rows = [{"id": f"id-{i}", "version": 1, "status": "confirmed" if i % 5 else "cancelled"} for i in range(20)]
    table = json.loads(json.dumps(encode_table("booking", rows, seqs=list(range(20)))))
    damage(table)
    with pytest.raises(BadAnswerError):
        decoded = Table(table)
        list(decoded.rows())
        decoded.mapped("status", str)
