"""The reference server's contract seen from the wire: versions, tokens, roles, retention, resets, blobs."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select
from sync_helpers import client_rows, make_engine, server_rows

from nomad_desktop.model import Agent, Space
from nomad_desktop.services import bookings as booking_services
from sync.server import admin, db


def _headers(token: str | None, protocol: str | None = "1") -> dict[str, str]:
    headers = {}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if protocol is not None:
        headers["X-Nomad-Protocol"] = protocol
    return headers


def test_too_old_client_gets_426_and_tokens_and_site_scopes_are_checked(server, tiny_site, manager_token,
                                                                         server_engine) -> None:
    url = f"{server.url}/v1/sites/{tiny_site}/meta"
    old = httpx.get(url, headers=_headers(manager_token, "0"))
    assert old.status_code == 426 and "not supported" in old.json()["detail"]
    assert httpx.get(url, headers=_headers(None)).status_code == 401
    assert httpx.get(url, headers=_headers("wrong")).status_code == 401
    other = admin.issue_token(server_engine, username="elsewhere", role="site_manager", sites=["NOWHERE"])
    assert httpx.get(url, headers=_headers(other)).status_code == 403
    meta = httpx.get(f"{server.url}/v1/meta").json()
    assert meta["protocol_versions"] == [1, 2] and meta["limits"]["max_batch"] > 0


def test_roles_limit_what_a_token_may_change(server, tiny_site, server_engine) -> None:
    reader = admin.issue_token(server_engine, username="reader", role="read_only", sites=[tiny_site])
    desk = "00000000-0000-0000-0000-000000000000"
    op = {"op_id": "11111111-1111-1111-1111-111111111111", "intent": "space.patch", "entity": "space",
          "entity_id": desk, "fields": {"notes": "x"}, "base_version": 1}
    answer = httpx.post(f"{server.url}/v1/sites/{tiny_site}/mutations", json={"ops": [op]}, headers=_headers(reader))
    assert answer.json()["results"][0]["reason"] == "forbidden"
    desk_op = {**op, "op_id": "22222222-2222-2222-2222-222222222222"}
    reception = admin.issue_token(server_engine, username="desk", role="reception", sites=[tiny_site])
    answer = httpx.post(f"{server.url}/v1/sites/{tiny_site}/mutations", json={"ops": [desk_op]},
                        headers=_headers(reception))
    assert answer.json()["results"][0]["reason"] == "forbidden"


def test_login_gives_a_token_that_works(server, tiny_site, server_engine) -> None:
    admin.add_user(server_engine, username="alice", password="mot-de-passe", role="reception", sites=[tiny_site])
    assert httpx.post(f"{server.url}/v1/auth/login", json={"username": "alice", "password": "faux"}).status_code == 401
    token = httpx.post(f"{server.url}/v1/auth/login", json={"username": "alice", "password": "mot-de-passe"}).json()["token"]
    assert httpx.get(f"{server.url}/v1/sites/{tiny_site}/meta", headers=_headers(token)).status_code == 200


def test_expired_cursor_and_site_reset_download_again_keeping_the_outbox(
    server, tiny_site, manager_token, empty_copy, server_engine
) -> None:
    store = empty_copy("reset")
    make_engine(store, server.url, tiny_site, manager_token).sync()
    with store.read() as session:
        desk = session.scalars(select(Space).where(Space.kind == "desk")).first()
        agent = session.scalars(select(Agent)).first()
    start = datetime(2036, 3, 3, 9, tzinfo=UTC)
    booking_services.book_space(store, space_id=desk.id, agent_id=agent.id, starts_at=start,
                                ends_at=start + timedelta(hours=1))
    with server_engine.connect() as conn:
        seq = conn.execute(select(db.sites.c.seq).where(db.sites.c.code == tiny_site)).scalar_one()
    admin.purge_before(server_engine, code=tiny_site, seq=seq + 5)  # the station's cursor is now too old
    expired = httpx.get(f"{server.url}/v1/sites/{tiny_site}/changes", params={"after": 0},
                        headers=_headers(manager_token))
    assert expired.status_code == 410
    admin.purge_before(server_engine, code=tiny_site, seq=0)
    admin.reset_site(server_engine, code=tiny_site)
    report = make_engine(store, server.url, tiny_site, manager_token).sync()
    assert report.reset and report.applied == 1  # downloaded again, and the offline booking still went out
    assert client_rows(store) == server_rows(server_engine, tiny_site)


def test_blobs_are_content_addressed_and_checked(server, manager_token) -> None:
    data = b"<svg>plan</svg>" * 1000
    digest = hashlib.sha256(data).hexdigest()
    bad = httpx.put(f"{server.url}/v1/blobs/{'0' * 64}", content=data, headers=_headers(manager_token))
    assert bad.status_code == 422
    ok = httpx.put(f"{server.url}/v1/blobs/{digest}", content=data, headers=_headers(manager_token))
    assert ok.json() == {"sha256": digest, "size": len(data)}
    part = httpx.get(f"{server.url}/v1/blobs/{digest}", headers={**_headers(manager_token), "Range": "bytes=0-99"})
    assert part.status_code == 206 and part.content == data[:100]
    assert httpx.get(f"{server.url}/v1/blobs/{digest}", headers=_headers(manager_token)).content == data


@pytest.mark.parametrize("body", [b"{not json", b'{"ops": "nope"}', b'{"ops": [{"op_id": 1}]}'])
def test_malformed_mutation_batches_are_refused_with_422(server, tiny_site, manager_token, body) -> None:
    answer = httpx.post(f"{server.url}/v1/sites/{tiny_site}/mutations", content=body,
                        headers={**_headers(manager_token), "Content-Type": "application/json"})
    assert answer.status_code == 422


def test_protocol_2_pages_carry_the_same_rows_as_protocol_1(server, seeded_site, manager_token) -> None:
    from sync.columnar import Table

    def rows(version: str, path: str, **params: object) -> dict[str, dict[str, object]]:
        data = httpx.get(f"{server.url}/v1/sites/{seeded_site}/{path}", params=params,
                         headers=_headers(manager_token, version)).json()
        if version == "1":
            assert "tables" not in data
            return {item["d"]["id"]: item["d"] for item in data["items"]}
        assert "items" not in data
        found = {}
        for raw in data["tables"]:
            table = Table(raw)
            assert len(set(table.names)) == len(table.names)
            found.update({row["id"]: row for row in table.rows()})
        return found

    for path, params in (("snapshot", {"entity": "booking", "limit": 500}), ("changes", {"after": 0, "limit": 800})):
        old, new = rows("1", path, **params), rows("2", path, **params)
        assert len(old) >= 500 and old == new
    # Repeated values are said once: a page of bookings has constant and dictionary columns.
    page = httpx.get(f"{server.url}/v1/sites/{seeded_site}/snapshot", params={"entity": "booking", "limit": 500},
                     headers=_headers(manager_token, "2")).json()
    table = page["tables"][0]
    assert table["const"] and table["dict"] and "s" not in table


def test_a_client_steps_down_to_the_protocol_of_an_older_server(tmp_path, server_db, tiny_site, manager_token,
                                                                empty_copy) -> None:
    from loopback_server import start_server
    from sync_helpers import client_rows, make_engine

    older = start_server(server_db, extra_args=("--protocols", "1"))
    try:
        station = empty_copy("station")
        engine = make_engine(station, older.url, tiny_site, manager_token)
        report = engine.sync()
        assert engine.api.transport.protocol_version == 1
        assert report.downloaded > 0 and client_rows(station)["space"]
    finally:
        older.stop()
