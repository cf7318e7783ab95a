"""Notices when the central server can be reached again, so a failed sync is retried soon after.

Two sources: the operating system's reachability (QNetworkInformation, when Qt has a backend
here: NetworkManager, glib…) says when the network comes back; and a cheap probe of the
server's meta endpoint, repeated with exponential backoff and jitter, covers what the network
state cannot see (the server itself down, a VPN, no backend). Probes run on the task pool:
the UI thread only starts timers and receives a yes or no.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from sync.service import SyncConfig, probe_server
from ui.app.context import AppContext
from ui.tasks.operations import Op

log = logging.getLogger(__name__)


def _reachability() -> QObject | None:
    """The shared QNetworkInformation, when a backend with reachability loads on this machine."""
    try:
        from PySide6.QtNetwork import QNetworkInformation
    except ImportError:  # pragma: no cover - QtNetwork is part of PySide6's essentials
        return None
    feature = QNetworkInformation.Feature.Reachability
    if QNetworkInformation.instance() is None and not QNetworkInformation.loadBackendByFeatures(feature):
        return None
    info = QNetworkInformation.instance()
    return info if info is not None and info.supports(feature) else None


class ConnectionWatcher(QObject):
    """While watching, probes the server with backoff; emits `returned` once it answers."""

    returned = Signal()

    def __init__(self, app: AppContext, config: Callable[[], SyncConfig], parent: QObject | None = None,
                 *, first_delay_ms: int = 2_000, max_delay_ms: int = 15_000) -> None:
        super().__init__(parent)
        self.app = app
        self._config = config
        self.first_delay_ms = first_delay_ms
        self.max_delay_ms = max_delay_ms
        self.watching = False
        self.failed_probes = 0
        self._delay = first_delay_ms
        self._probing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.probe)
        self.network = _reachability()
        if self.network is not None:
            self.network.reachabilityChanged.connect(self._on_reachability)  # type: ignore[attr-defined]

    def start(self) -> None:
        """Begin watching (after a failure for want of a connection); does nothing if already watching."""
        if self.watching:
            return
        self.watching = True
        self._delay = self.first_delay_ms
        self._timer.start(self._delay)

    def stop(self) -> None:
        self.watching = False
        self._timer.stop()

    def _on_reachability(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if self.watching and reachability == QNetworkInformation.Reachability.Online:
            log.info("the network is back: probing the server now")
            self._delay = self.first_delay_ms
            self.probe()

    def probe(self) -> None:
        if not self.watching or self._probing:
            return
        self._timer.stop()
        self._probing = True
        config = self._config()
        Op(self.app, lambda ctx: probe_server(config)).off_database() \
            .success(self._probed).failure(lambda exc: self._probed(False)).run()

    def _probed(self, answered: bool) -> None:
        self._probing = False
        if not self.watching:
            return
        if answered:
            self.stop()
            self.returned.emit()
            return
        self.failed_probes += 1
        self._delay = min(self._delay * 2, self.max_delay_ms)
        self._timer.start(int(self._delay * random.uniform(0.8, 1.2)))
