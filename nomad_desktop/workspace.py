"""A station's workspace: the locked data folder and the open site file.

The UI holds a Workspace and passes `workspace.store` to services; it never opens the database
itself. Opening takes the single-instance lock first, then migrates the site file before
anything reads it, and makes a daily backup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from nomad_desktop.clock import utc_now
from nomad_desktop.paths import site_file
from nomad_desktop.store.lock import InstanceLock

if TYPE_CHECKING:
    from nomad_desktop.store.database import Store

DEMO_SITE_CODE = "demo"


@dataclass
class Workspace:
    data_dir: Path
    lock: InstanceLock
    store: Store | None = None
    site_code: str = ""
    migration: str = ""
    _closed: bool = field(default=False, repr=False)

    @classmethod
    def open(cls, data_dir: Path) -> Workspace:
        """Lock the data folder (InstanceLockedError when another process has it)."""
        lock = InstanceLock(Path(data_dir))
        lock.acquire()
        return cls(data_dir=Path(data_dir), lock=lock)

    def site_codes(self) -> list[str]:
        folder = self.data_dir / "sites"
        return sorted(p.stem for p in folder.glob("*.sqlite")) if folder.exists() else []

    def open_site(self, code: str) -> Store:
        """Open (creating or upgrading) the site file `code` and make it current.

        The database layer is imported here, not at module level: taking the lock must stay
        cheap so the window can appear before SQLAlchemy and Alembic are loaded.
        """
        from nomad_desktop.store.backup import last_backup_time, make_backup
        from nomad_desktop.store.database import Store
        from nomad_desktop.store.migrate import migrate

        if self.store is not None:
            self.store.close()
        path = site_file(self.data_dir, code)
        path.parent.mkdir(parents=True, exist_ok=True)
        existed = path.exists()
        store = Store(path)
        self.migration = migrate(store)
        if existed and self.migration == "current":
            last = last_backup_time(path)
            if last is None or utc_now() - last > timedelta(days=1):
                make_backup(path, reason="daily")
        self.store, self.site_code = store, code
        return store

    def close(self) -> None:
        if self._closed:
            return
        if self.store is not None:
            self.store.close()
        self.lock.release()
        self._closed = True
