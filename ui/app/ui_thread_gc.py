"""Python's cyclic garbage collection, run on the UI thread only.

The collector runs in whichever thread happens to allocate. When it frees a reference cycle
holding Qt objects (a page, a scene and its items, a dialog and its slots), their C++ destructors
then run on a worker thread, and Qt crashes (seen as a segfault "Garbage-collecting" inside a
database worker). So automatic collection is switched off and a timer on the UI thread collects
as often as Python would have (same thresholds). Reference counting still frees everything
that is not in a cycle, at once, in any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the UI thread looks at the allocation counts; a collection is cheap when nothing is due.
CHECK_INTERVAL_MS = 250


class UiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start(CHECK_INTERVAL_MS)

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose threshold is passed, as Python's own trigger would."""
        first, second, third = gc.get_count()
        if first < self.thresholds[0]:
            return 0
        generation = 2 if third >= self.thresholds[2] else 1 if second >= self.thresholds[1] else 0
        return gc.collect(generation)
