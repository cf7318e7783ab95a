"""GDPR: retention purge of visitors' personal data, one person's export and erasure, the journal.

A visit past its site's retention period keeps its anonymous facts (day, category, status,
host) for statistics; the visitor's name and company, the purpose and who checked the ID are
blanked everywhere the station keeps them: the entity rows, the pending outbox, the server's
shadow rows and the conflict inbox. The database file is then vacuumed so no freed page keeps
the old text, and backups older than the retention period are deleted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nomad_desktop.clock import utc_now
from nomad_desktop.errors import NotFoundError
from nomad_desktop.model import Conflict, OutboxMutation, PurgeJournalEntry, ServerRow, Visit, Visitor
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.outbox import patch_row
from nomad_desktop.services.sites import current_site
from nomad_desktop.services.wire import to_wire
from nomad_desktop.store.backup import prune_backups
from nomad_desktop.store.database import Store
from nomad_desktop.text import search_key

VISITOR_PERSONAL = {"last_name": "", "first_name": "", "company": "", "search_key": ""}
VISIT_PERSONAL = {"purpose": "", "id_checked_by": ""}


@dataclass(frozen=True)
class PurgeReport:
    visits: int
    visitors: int
    backups_deleted: int
    cutoff: datetime


@dataclass(frozen=True)
class JournalLine:
    ran_at: datetime
    kind: str
    visits: int
    visitors: int
    backups_deleted: int


@dataclass(frozen=True)
class PersonMatch:
    visitor_id: str
    name: str
    company: str
    visit_count: int


def _scrub_json(data: dict[str, Any], personal: dict[str, str]) -> dict[str, Any]:
    return {k: (personal[k] if k in personal else v) for k, v in data.items()}


def _scrub_copies(session: Session, entity: str, ids: set[str], personal: dict[str, str]) -> None:
    """Blank personal fields in the outbox, the server shadow and the conflicts for these rows."""
    if not ids:
        return
    id_list = list(ids)
    for chunk in (id_list[i:i + 500] for i in range(0, len(id_list), 500)):
        for mutation in session.scalars(select(OutboxMutation).where(
            OutboxMutation.entity == entity, OutboxMutation.entity_id.in_(chunk)
        )):
            mutation.fields = _scrub_json(mutation.fields, personal)
        for row in session.scalars(select(ServerRow).where(ServerRow.entity == entity, ServerRow.id.in_(chunk))):
            row.data = _scrub_json(row.data, personal)
        for conflict in session.scalars(select(Conflict).where(Conflict.entity == entity, Conflict.entity_id.in_(chunk))):
            conflict.local_fields = _scrub_json(conflict.local_fields, personal)
            if conflict.server_row:
                conflict.server_row = _scrub_json(conflict.server_row, personal)


def _anonymise(session: Session, visits: Iterable[Visit], *, intent: str) -> tuple[int, int]:
    visit_ids: set[str] = set()
    visitor_ids: set[str] = set()
    for visit in visits:
        visit_ids.add(visit.id)
        visitor_ids.add(visit.visitor_id)
        if intent == "visit.erase":
            patch_row(session, visit, intent=intent, anonymised=True, **VISIT_PERSONAL)
        else:
            # Retention runs on every station and on the server by the same rule: no mutation to send.
            for key, value in {"anonymised": True, **VISIT_PERSONAL}.items():
                setattr(visit, key, value)
    _scrub_copies(session, "visit", visit_ids, VISIT_PERSONAL)
    # A visitor keeps their name while one of their visits is still within retention.
    still_needed = set(session.scalars(select(Visit.visitor_id).where(
        Visit.visitor_id.in_(visitor_ids), Visit.anonymised.is_(False)
    ))) if visitor_ids else set()
    erased = visitor_ids - still_needed
    for visitor_id in erased:
        visitor = session.get(Visitor, visitor_id)
        if visitor is None:
            continue
        if intent == "visit.erase":
            patch_row(session, visitor, intent="visitor.erase", **VISITOR_PERSONAL)
        else:
            for key, value in VISITOR_PERSONAL.items():
                setattr(visitor, key, value)
    _scrub_copies(session, "visitor", erased, VISITOR_PERSONAL)
    return len(visit_ids), len(erased)


def vacuum(store: Store) -> None:
    """Rewrite the file so freed pages no longer hold erased text (WAL folded in first and after)."""
    # VACUUM cannot run inside a transaction: use the raw connection (autocommit, see the store).
    connection = store.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        connection.close()


def purge_expired(store: Store, *, now: datetime | None = None, compact: bool = True) -> Outcome[PurgeReport]:
    """Anonymise every visit past its retention date, delete backups older than the retention period,
    and write one line in the purge journal."""
    now = now or utc_now()
    with store.write() as session:
        site = current_site(session)
        cutoff = now - timedelta(days=site.visit_retention_days)
        expired = session.scalars(select(Visit).where(
            Visit.anonymised.is_(False),
            # Visits registered without a retention date fall back to expected time + retention.
            ((Visit.retention_until.is_not(None)) & (Visit.retention_until <= now))
            | ((Visit.retention_until.is_(None)) & (Visit.expected_at <= cutoff)),
        )).all()
        visits, visitors = _anonymise(session, expired, intent="visit.anonymise")
        removed = prune_backups(store.path, older_than=cutoff)
        session.add(PurgeJournalEntry(ran_at=now, kind="retention", visits=visits, visitors=visitors,
                                      backups_deleted=len(removed), cutoff=cutoff))
    if compact and visits:
        vacuum(store)
    return Outcome(PurgeReport(visits, visitors, len(removed), cutoff), Changes(visits=bool(visits)))


def find_people(store: Store, *, query: str, limit: int = 50) -> list[PersonMatch]:
    """Visitors whose name or company holds every word of `query` (for export or erasure on request)."""
    words = search_key(query).split()
    if not words:
        return []
    with store.read() as session:
        statement = select(Visitor).where(Visitor.deleted_at.is_(None), Visitor.search_key != "")
        for word in words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            statement = statement.where(Visitor.search_key.like(f"%{escaped}%", escape="\\"))
        people = session.scalars(statement.order_by(Visitor.last_name, Visitor.first_name).limit(limit)).all()
        counts = dict(session.execute(
            select(Visit.visitor_id, func.count()).where(Visit.visitor_id.in_([v.id for v in people]))
            .group_by(Visit.visitor_id)
        ).all()) if people else {}
        return [PersonMatch(v.id, f"{v.first_name} {v.last_name}".strip(), v.company, counts.get(v.id, 0)) for v in people]


def export_person(store: Store, *, visitor_id: str) -> dict[str, Any]:
    """Everything the station holds about one visitor, as JSON-ready data (right of access)."""
    with store.read() as session:
        visitor = session.get(Visitor, visitor_id)
        if visitor is None:
            raise NotFoundError(visitor_id, what="visitor")
        visits = session.scalars(select(Visit).where(Visit.visitor_id == visitor_id).order_by(Visit.expected_at))
        return {
            "visitor": {"id": visitor.id, "last_name": visitor.last_name, "first_name": visitor.first_name,
                        "company": visitor.company},
            "visits": [
                {"id": v.id, "expected_at": to_wire(v.expected_at), "purpose": v.purpose, "category": v.category,
                 "status": v.status, "host_agent_id": v.host_agent_id, "checked_in_at": to_wire(v.checked_in_at),
                 "checked_out_at": to_wire(v.checked_out_at), "badge_number": v.badge_number,
                 "id_checked_by": v.id_checked_by, "id_checked_at": to_wire(v.id_checked_at),
                 "retention_until": to_wire(v.retention_until)}
                for v in visits
            ],
        }


def erase_person(store: Store, *, visitor_id: str, compact: bool = True) -> Outcome[PurgeReport]:
    """Erase one visitor's personal data now (right to erasure); the central service is told by mutations."""
    now = utc_now()
    with store.write() as session:
        if session.get(Visitor, visitor_id) is None:
            raise NotFoundError(visitor_id, what="visitor")
        visits = session.scalars(select(Visit).where(Visit.visitor_id == visitor_id)).all()
        if visits:
            count, visitors = _anonymise(session, visits, intent="visit.erase")
        else:
            count, visitors = 0, 1
            visitor = session.get(Visitor, visitor_id)
            patch_row(session, visitor, intent="visitor.erase", **VISITOR_PERSONAL)
            _scrub_copies(session, "visitor", {visitor_id}, VISITOR_PERSONAL)
        session.add(PurgeJournalEntry(ran_at=now, kind="erasure", visits=count, visitors=visitors, backups_deleted=0))
    if compact:
        vacuum(store)
    return Outcome(PurgeReport(count, visitors, 0, now), Changes(visits=True, outbox=True))


def purge_journal(store: Store, *, limit: int = 200) -> list[JournalLine]:
    with store.read() as session:
        rows = session.scalars(select(PurgeJournalEntry).order_by(PurgeJournalEntry.id.desc()).limit(limit))
        return [JournalLine(r.ran_at, r.kind, r.visits, r.visitors, r.backups_deleted) for r in rows]

