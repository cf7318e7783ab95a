"""The site's watch list: names a manager flags so that reception is warned at registration and check-in."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from nomad_desktop.errors import NotFoundError, ValidationError
from nomad_desktop.model import WatchEntry
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.outbox import create_row, delete_row
from nomad_desktop.services.sites import current_site
from nomad_desktop.store.database import Store
from nomad_desktop.text import search_key


@dataclass(frozen=True)
class WatchInfo:
    id: str
    last_name: str
    first_name: str
    reason: str


def add_watch_entry(store: Store, *, last_name: str, first_name: str = "", reason: str = "") -> Outcome[WatchInfo]:
    """Flag a name; an empty first name flags every person with that last name."""
    if not last_name.strip():
        raise ValidationError("a watched name needs a last name", field="last_name")
    with store.write() as session:
        entry = create_row(
            session, WatchEntry, site_id=current_site(session).id, last_name=last_name.strip(),
            first_name=first_name.strip(), name_key=search_key(first_name, last_name), reason=reason.strip(),
        )
        return Outcome(WatchInfo(entry.id, entry.last_name, entry.first_name, entry.reason), Changes(visits=True, outbox=True))


def remove_watch_entry(store: Store, *, entry_id: str) -> Outcome[str]:
    with store.write() as session:
        entry = session.get(WatchEntry, entry_id)
        if entry is None or entry.deleted_at is not None:
            raise NotFoundError(entry_id, what="watch_entry")
        delete_row(session, entry)
        return Outcome(entry_id, Changes(visits=True, outbox=True))


def list_watch_entries(store: Store) -> list[WatchInfo]:
    with store.read() as session:
        rows = session.scalars(
            select(WatchEntry).where(WatchEntry.deleted_at.is_(None)).order_by(WatchEntry.last_name, WatchEntry.first_name)
        )
        return [WatchInfo(e.id, e.last_name, e.first_name, e.reason) for e in rows]


def watch_warnings(store: Store, *, first_name: str, last_name: str) -> list[str]:
    """The managers' notes for a name on the watch list (empty when the name is not flagged)."""
    from nomad_desktop.services.visits import watch_reasons

    with store.read() as session:
        return watch_reasons(session, first_name=first_name, last_name=last_name)
