"""Helpers of the sync tests: an engine for a client file on the loopback server."""

from __future__ import annotations

from nomad_desktop.store.database import Store
from sync.api import CentralApi
from sync.engine import SyncEngine
from sync.transport import Transport, TransportConfig


def make_engine(store: Store, url: str, code: str, token: str, **config: object) -> SyncEngine:
    transport = Transport(TransportConfig(base_url=url, proxy="", backoff_base=0.01, **config),  # type: ignore[arg-type]
                          token=lambda: token)
    return SyncEngine(store, CentralApi(transport, code))


def client_rows(store: Store) -> dict[str, dict[str, dict[str, object]]]:
    """Every synced row of a client file as wire dicts: {entity: {id: row}}."""
    from sqlalchemy import select

    from nomad_desktop.model import SYNCED_ENTITIES
    from nomad_desktop.services.wire import to_wire

    result: dict[str, dict[str, dict[str, object]]] = {}
    with store.engine.connect() as conn:
        for entity, cls in SYNCED_ENTITIES.items():
            table = cls.__table__  # type: ignore[attr-defined]
            rows = {}
            for row in conn.execute(select(table)):
                rows[row.id] = {k: to_wire(v) for k, v in row._mapping.items()}
            result[entity] = rows
    return result


def server_rows(engine, code: str) -> dict[str, dict[str, dict[str, object]]]:  # type: ignore[no-untyped-def]
    """Every row of a site on the reference server, as wire dicts: {entity: {id: row}}."""
    import json

    from sqlalchemy import select

    from nomad_desktop.model import SYNCED_ENTITIES
    from sync.server import db

    result: dict[str, dict[str, dict[str, object]]] = {entity: {} for entity in SYNCED_ENTITIES}
    with engine.connect() as conn:
        for entity, data in conn.execute(select(db.rows.c.entity, db.rows.c.data).where(db.rows.c.site_code == code)):
            row = json.loads(data)
            result[entity][row["id"]] = row
    return result


def bookable_morning(store, space_id: str, first_offset: int = 1):
    """(start, end) of the first morning from `first_offset` days on that the site's rules accept."""
    from datetime import timedelta

    from nomad_desktop.clock import utc_now
    from nomad_desktop.services import bookings as booking_services

    for offset in range(first_offset, first_offset + 60):
        slot = booking_services.propose_slot(store, space_id=space_id, day=utc_now().date() + timedelta(days=offset), part="morning")
        if not slot.refusals:
            return slot.starts_at, slot.ends_at
    raise AssertionError("no bookable morning in 60 days")
