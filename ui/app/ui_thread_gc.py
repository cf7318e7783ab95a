"""Python's cyclic garbage collection, run on the UI thread only.

The collector runs in whichever thread happens to allocate. When it frees a reference cycle
holding Qt objects (a page, a scene and its items, a dialog and its slots), their C++ destructors
then run on a worker thread, and Qt crashes (seen as a segfault "Garbage-collecting" inside a
database worker). So automatic collection is switched off and a timer on the UI thread collects
as often as Python would have (same thresholds). Reference counting still frees everything
that is not in a cycle, at once, in any thread.

A full collection walks every tracked object: 90-160 ms here with the application's modules
and a large floor loaded. Two things keep that out of a person's way:
- once the application has started, what exists then (modules, classes, functions: ~90,000
  objects) is frozen (`gc.freeze`), so full collections skip it;
- a full collection waits while the person is using the application (a key press or a mouse
  move in the last moment), at most `MAX_DEFERRAL_MS`; the young generations are collected
  meanwhile, as usual (a few milliseconds).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QTimer

#: How often the UI thread looks at the allocation counts; a collection is cheap when nothing is due.
CHECK_INTERVAL_MS = 250
#: A full collection waits until nobody has typed or moved the mouse for this long...
QUIET_MS = 1500
#: ...but not longer than this.
MAX_DEFERRAL_MS = 30_000

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchUpdate,
})


class UiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start(CHECK_INTERVAL_MS)
        self.since_input = QElapsedTimer()  # invalid until the first key press or mouse move
        self.full_due = QElapsedTimer()  # how long a full collection has been waiting
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT_EVENTS:
            self.since_input.start()
        return False

    def in_use(self) -> bool:
        return self.since_input.isValid() and self.since_input.elapsed() < QUIET_MS

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose threshold is passed, as Python's own trigger would;
        a full collection waits while the application is in use (see the module's note)."""
        first, second, third = gc.get_count()
        if first < self.thresholds[0]:
            return 0
        generation = 2 if third >= self.thresholds[2] else 1 if second >= self.thresholds[1] else 0
        if generation == 2:
            if not self.full_due.isValid():
                self.full_due.start()
            if self.in_use() and self.full_due.elapsed() < MAX_DEFERRAL_MS:
                generation = 1
            else:
                self.full_due.invalidate()
        return gc.collect(generation)

    @staticmethod
    def freeze_startup() -> None:
        """Set aside what the started application holds for good (modules, classes, functions):
        full collections no longer walk it. Reference counting still frees those objects."""
        gc.freeze()
