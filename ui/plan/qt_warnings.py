"""Collect what Qt logs while this thread decodes a file (QtSvg reports what it cannot draw only as
warnings on the `qt.svg` category, then renders without it).

Messages of other threads, and of other categories, go on to the handler that was installed
before (pytest-qt's, the application's log), so nothing is swallowed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

_lock = threading.Lock()  # one capture at a time: the handler is process-wide


@contextmanager
def captured_warnings(category_prefix: str) -> Iterator[list[str]]:
    """Yields the list that receives this thread's warnings of `category_prefix` (e.g. "qt.svg")."""
    messages: list[str] = []
    me = threading.get_ident()
    with _lock:
        previous: Any = None

        def handler(mode: QtMsgType, context: Any, message: str) -> None:
            category = context.category or ""
            if threading.get_ident() == me and category.startswith(category_prefix) and mode != QtMsgType.QtDebugMsg:
                messages.append(message)
            elif previous is not None:
                previous(mode, context, message)

        previous = qInstallMessageHandler(handler)
        try:
            yield messages
        finally:
            qInstallMessageHandler(previous)
