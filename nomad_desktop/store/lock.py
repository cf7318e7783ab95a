"""One NOMAD Desktop process per data folder.

The lock is an OS file lock (flock / LockFileEx), released by the OS when the process dies:
a lock left by a crash is simply taken over by the next start. The holder's pid is written
beside it only to tell the second instance who has it.
"""

from __future__ import annotations

import os
from pathlib import Path

from filelock import FileLock, Timeout

from nomad_desktop.errors import InstanceLockedError


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._lock = FileLock(str(self.data_dir / "nomad-desktop.lock"), timeout=0)
        self._pid_file = self.data_dir / "nomad-desktop.pid"

    def acquire(self) -> None:
        """Take the lock or raise InstanceLockedError naming the other process when known."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire()
        except Timeout:
            try:
                holder = self._pid_file.read_text().strip()
            except OSError:
                holder = ""
            raise InstanceLockedError(str(self.data_dir), pid=holder, folder=str(self.data_dir)) from None
        self._pid_file.write_text(str(os.getpid()))

    def release(self) -> None:
        if self._lock.is_locked:
            self._pid_file.unlink(missing_ok=True)
            self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked
