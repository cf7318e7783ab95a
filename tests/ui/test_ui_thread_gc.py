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
