"""Cyclic garbage is collected by the UI thread's timer, never by whichever thread allocates."""

from __future__ import annotations

import gc
import threading
import weakref

from pytestqt.qtbot import QtBot

from ui.app.ui_thread_gc import UiThreadCollector


class _Node:
    partner: _Node | None = None


def test_cycles_are_freed_by_the_ui_thread_timer_and_not_by_a_worker(qtbot: QtBot) -> None:
    collector = UiThreadCollector()
    try:
        assert not gc.isenabled()
        first, second = _Node(), _Node()
        first.partner, second.partner = second, first
        freed_in: list[str] = []
        gone = weakref.ref(first, lambda _ref: freed_in.append(threading.current_thread().name))
        del first, second

        def allocate() -> None:  # a worker allocating far past the threshold collects nothing
            kept = [[] for _ in range(collector.thresholds[0] * 5)]
            assert gone() is not None
            kept.clear()

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert gone() is not None and freed_in == []
        keep_count_up = [[] for _ in range(collector.thresholds[0] + 10)]
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)
        assert freed_in == [threading.main_thread().name]
        del keep_count_up
    finally:
        collector.timer.stop()


def test_a_full_collection_waits_while_the_application_is_in_use(qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer
    from PySide6.QtWidgets import QLineEdit

    collector = UiThreadCollector()
    collector.timer.stop()  # driven by hand below
    try:
        edit = QLineEdit()
        qtbot.addWidget(edit)
        edit.show()
        for _ in range(collector.thresholds[2]):
            gc.collect(1)  # ten young collections: the next one due is a full one
        full = gc.get_stats()[2]["collections"]
        keep = [[] for _ in range(collector.thresholds[0] + 10)]
        qtbot.keyClick(edit, "a")  # someone is typing
        assert collector.in_use()
        collector.collect_if_due()
        assert gc.get_stats()[2]["collections"] == full  # only the young generations meanwhile
        collector.since_input = QElapsedTimer()  # nobody has touched anything for a while
        more = [[] for _ in range(collector.thresholds[0] + 10)]
        collector.collect_if_due()
        assert gc.get_stats()[2]["collections"] == full + 1
        del keep, more
    finally:
        collector.timer.stop()
        QCoreApplication.instance().removeEventFilter(collector)
