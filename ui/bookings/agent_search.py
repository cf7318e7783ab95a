"""The directory search of the booking dialog and of an agent's bookings: as you type (debounced),
accent-insensitive, the agents found listed with their unit, Enter moves to the list."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from nomad_desktop.services import agents as agent_services
from nomad_desktop.services.records import AgentInfo
from ui.app.context import AppContext
from ui.tasks.operations import Op

#: Search when the person pauses, not on every keystroke of a fast typist.
DEBOUNCE_MS = 150


class AgentSearch(QObject):
    def __init__(self, app: AppContext, field: QLineEdit, results: QListWidget, *, list_all_when_empty: bool) -> None:
        super().__init__(field)
        self.app, self.field, self.results = app, field, results
        self.list_all_when_empty = list_all_when_empty
        self.agents: list[AgentInfo] = []
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.run)
        field.textChanged.connect(lambda _t: self.debounce.start())
        field.returnPressed.connect(self.focus_results)

    def run(self) -> None:
        store, query = self.app.store, self.field.text()
        if not query.strip() and not self.list_all_when_empty:
            self.agents = []
            self.results.clear()
            return
        Op(self.app, lambda ctx: agent_services.search_agents(store, query=query, limit=30), parent=self.field) \
            .success(self._fill).run()

    def _fill(self, agents: list[AgentInfo]) -> None:
        self.agents = agents
        self.results.clear()
        for agent in agents:
            item = QListWidgetItem(f"{agent.display_name} — {agent.unit}" if agent.unit else agent.display_name)
            item.setData(Qt.ItemDataRole.UserRole, agent.id)
            self.results.addItem(item)
        if agents:
            self.results.setCurrentRow(0)

    def focus_results(self) -> None:
        self.debounce.stop()
        if self.results.count():
            self.results.setFocus()
