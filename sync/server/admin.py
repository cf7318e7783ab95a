"""Administration of the reference server: sites, users, tokens, and seeding a site from a client file."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update

from nomad_desktop.model import SYNCED_ENTITIES
from nomad_desktop.services.wire import to_wire
from sync import protocol
from sync.server import db


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return f"scrypt${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        _scheme, salt, digest = stored.split("$")
    except ValueError:
        return False
    candidate = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=2**14, r=8, p=1)
    return hmac.compare_digest(candidate.hex(), digest)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_user(engine: Engine, *, username: str, password: str, role: str, sites: list[str]) -> None:
    """Create or replace a user who may log in with a password to get a token."""
    if role not in protocol.ROLES:
        raise ValueError(f"unknown role {role!r}")
    with engine.begin() as conn:
        conn.execute(delete(db.users).where(db.users.c.username == username))
        conn.execute(insert(db.users).values(username=username, password_hash=hash_password(password), role=role, sites=sites))


def issue_token(engine: Engine, *, username: str, role: str, sites: list[str]) -> str:
    """A new bearer token for `username` with `role` on `sites` ("*" = every site). Only its hash is stored."""
    if role not in protocol.ROLES:
        raise ValueError(f"unknown role {role!r}")
    token = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(insert(db.tokens).values(token_sha256=token_digest(token), username=username, role=role,
                                              sites=sites, revoked=False))
    return token


def login(engine: Engine, *, username: str, password: str) -> tuple[str, str, list[str]] | None:
    """(token, role, sites) for a right password, None otherwise."""
    with engine.connect() as conn:
        user = conn.execute(select(db.users).where(db.users.c.username == username)).first()
    if user is None or not check_password(password, user.password_hash):
        return None
    return issue_token(engine, username=username, role=user.role, sites=list(user.sites)), user.role, list(user.sites)


def create_site(engine: Engine, *, code: str, site_id: str) -> None:
    with engine.begin() as conn:
        conn.execute(insert(db.sites).values(code=code, site_id=site_id, generation=1, seq=0, min_cursor=0))


def reset_site(engine: Engine, *, code: str) -> int:
    """Start a new generation of the site: every client downloads it again (keeping its outbox)."""
    with engine.begin() as conn:
        return conn.execute(
            update(db.sites).where(db.sites.c.code == code).values(generation=db.sites.c.generation + 1)
            .returning(db.sites.c.generation)
        ).scalar_one()


def purge_before(engine: Engine, *, code: str, seq: int) -> None:
    """Forget tombstones and op answers at or before `seq`; older cursors then get 410."""
    with engine.begin() as conn:
        conn.execute(delete(db.rows).where(db.rows.c.site_code == code, db.rows.c.deleted.is_(True), db.rows.c.seq <= seq))
        conn.execute(delete(db.ops).where(db.ops.c.site_code == code, db.ops.c.seq <= seq))
        conn.execute(update(db.sites).where(db.sites.c.code == code).values(min_cursor=seq))


def _wire_row(row: Any, instants: frozenset[str]) -> dict[str, Any]:
    return {k: (to_wire(v) if k in instants else v) for k, v in row._mapping.items()}


def import_store(engine: Engine, store_path: Path, *, code: str | None = None) -> str:
    """Seed the server with every row of a client site file (as the central API's truth); returns the site code."""
    from nomad_desktop.model.base import UtcDateTime
    from nomad_desktop.store.database import Store

    store = Store(store_path)
    try:
        with store.engine.connect() as source:
            site = source.execute(select(SYNCED_ENTITIES["site"].__table__)).first()  # type: ignore[attr-defined]
            if site is None:
                raise ValueError("the file holds no site")
            code = code or site.code
            create_site(engine, code=code, site_id=site.id)
            with engine.begin() as conn:
                seq = 0
                for entity, cls in SYNCED_ENTITIES.items():
                    table = cls.__table__  # type: ignore[attr-defined]
                    instants = frozenset(c.key for c in table.columns if isinstance(c.type, UtcDateTime))
                    batch: list[dict[str, Any]] = []
                    history: list[dict[str, Any]] = []
                    booking_index: list[dict[str, Any]] = []
                    for row in source.execute(select(table)):
                        seq += 1
                        data = _wire_row(row, instants)
                        data["version"] = data.get("version") or 1
                        text = json.dumps(data, separators=(",", ":"))
                        batch.append({"site_code": code, "entity": entity, "id": data["id"], "version": data["version"],
                                      "seq": seq, "deleted": data.get("deleted_at") is not None, "op_id": None,
                                      "data": text})
                        if entity in protocol.SERVER_DECIDES:
                            booking_index.append({
                                "site_code": code, "id": data["id"], "space_id": data["space_id"],
                                "starts_at": row.starts_at.replace(tzinfo=None), "ends_at": row.ends_at.replace(tzinfo=None),
                                "active": data["status"] in ("confirmed", "checked_in") and not data.get("deleted_at"),
                                "single_place": False,
                            })
                        else:
                            history.append({"site_code": code, "entity": entity, "id": data["id"],
                                            "version": data["version"], "data": text})
                        if len(batch) >= 20_000:
                            _flush(conn, batch, history, booking_index)
                    _flush(conn, batch, history, booking_index)
                conn.execute(update(db.sites).where(db.sites.c.code == code).values(seq=seq))
    finally:
        store.close()
    return code


def _flush(conn: Any, batch: list[dict[str, Any]], history: list[dict[str, Any]], index: list[dict[str, Any]]) -> None:
    if batch:
        conn.execute(insert(db.rows), batch)
    if history:
        conn.execute(insert(db.row_history), history)
    if index:
        conn.execute(insert(db.bookings), index)
    batch.clear()
    history.clear()
    index.clear()
