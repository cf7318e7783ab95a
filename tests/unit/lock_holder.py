"""Child process that holds the instance lock of a data folder until killed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from nomad_desktop.store.lock import InstanceLock

lock = InstanceLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
while True:
    time.sleep(1)
