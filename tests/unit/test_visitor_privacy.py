"""GDPR: retention purge leaves no personal field in the file, erasure and export on request, journal."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from reception_helpers import NOW, freeze, small_site, visit_row
from sqlalchemy import func, select

from nomad_desktop.model import OutboxMutation, Visit
from nomad_desktop.services import gdpr, visits
from nomad_desktop.store.backup import list_backups, make_backup
from nomad_desktop.store.database import Store

PERSONAL = ("Hélène", "Dupré", "Thales", "Marc", "Martin", "HYPERLINK", "Audit réseau", "Accueil 1", "helene", "dupre")


def _raw_text(path: Path) -> str:
    raw = path.read_bytes()
    wal = Path(str(path) + "-wal")
    if wal.exists():
        raw += wal.read_bytes()
    return raw.decode("utf-8", "replace") + raw.decode("latin-1")


def test_retention_purge_leaves_no_personal_field_in_the_file(store: Store) -> None:
    site = small_site(store)
    visits.check_in_visit(store, visit_id=site.marc, badge_number="V-0007", id_checked_by="Accueil 1")
    visits.check_out_visit(store, visit_id=site.marc)
    old_backup = make_backup(store.path, reason="manual")
    os.utime(old_backup, (0, 0))  # made long ago
    assert "Dupré" in _raw_text(store.path) or "Dupr" in _raw_text(store.path)

    freeze(NOW + timedelta(days=91))
    report = gdpr.purge_expired(store).value
    assert (report.visits, report.visitors, report.backups_deleted) == (2, 2, 1)
    assert list_backups(store.path) == []
    store.close()
    text = _raw_text(store.path)
    for word in PERSONAL:
        assert word not in text, word
    store = Store(store.path)
    # Anonymous facts stay for statistics.
    marc = visit_row(store, site.marc)
    assert (marc.anonymised, marc.status, marc.category, marc.badge_number) == (True, "checked_out", "visitor", "V-0007")
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == 2
    journal = gdpr.purge_journal(store)
    assert [(j.kind, j.visits, j.backups_deleted) for j in journal] == [("retention", 2, 1)]
    store.close()


def test_purge_keeps_visits_still_within_retention(store: Store) -> None:
    site = small_site(store)
    freeze(NOW + timedelta(days=90, hours=1))  # Hélène's visit (09:30 UTC-1h) is past, Marc's (+4h) not yet
    report = gdpr.purge_expired(store, compact=False).value
    assert report.visits == 1
    assert visit_row(store, site.helene).anonymised and not visit_row(store, site.marc).anonymised
    assert visits.get_visit(store, visit_id=site.marc).visitor_name == "Marc Martin"


def test_one_person_is_exported_then_erased_on_request(store: Store) -> None:
    site = small_site(store)
    [match] = gdpr.find_people(store, query="helene")
    assert (match.name, match.company, match.visit_count) == ("Hélène Dupré", "Thales", 1)
    data = gdpr.export_person(store, visitor_id=match.visitor_id)
    assert data["visitor"]["last_name"] == "Dupré" and data["visits"][0]["id"] == site.helene
    gdpr.erase_person(store, visitor_id=match.visitor_id)
    assert gdpr.find_people(store, query="helene") == []
    assert visits.get_visit(store, visit_id=site.marc).visitor_name == "Marc Martin"
    with store.read() as session:
        intents = list(session.scalars(select(OutboxMutation.intent).where(OutboxMutation.entity_id == site.helene)))
    assert intents[-1] == "visit.erase"
    store.close()
    assert "Dupr" not in _raw_text(store.path) and "Thales" not in _raw_text(store.path)
    store = Store(store.path)
    assert [j.kind for j in gdpr.purge_journal(store)] == ["erasure"]
    store.close()
