"""Rotating copies of a site file made with SQLite's online backup API (consistent under WAL)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from nomad_desktop.clock import utc_now

KEEP_BACKUPS = 7


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def make_backup(db_path: Path, *, reason: str = "auto", keep: int = KEEP_BACKUPS) -> Path:
    """Copy the database to backups/<name>-<UTC time>-<reason>.sqlite and drop the oldest copies."""
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = utc_now().strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    source = sqlite3.connect(db_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    prune_backups(db_path, keep=keep)
    return target


def list_backups(db_path: Path) -> list[Path]:
    """This site's backups, oldest first."""
    folder = backup_dir_for(db_path)
    if not folder.exists():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite"))


def prune_backups(db_path: Path, *, keep: int = KEEP_BACKUPS, older_than: datetime | None = None) -> list[Path]:
    """Delete all but the newest `keep` backups, and any made before `older_than` (retention)."""
    removed: list[Path] = []
    backups = list_backups(db_path)
    for path in backups[: max(0, len(backups) - keep)]:
        path.unlink(missing_ok=True)
        removed.append(path)
    if older_than is not None:
        for path in list_backups(db_path):
            if datetime.fromtimestamp(path.stat().st_mtime, older_than.tzinfo) < older_than:
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def last_backup_time(db_path: Path) -> datetime | None:
    backups = list_backups(db_path)
    if not backups:
        return None
    return datetime.fromtimestamp(backups[-1].stat().st_mtime).astimezone()
