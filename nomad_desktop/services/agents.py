"""The agents' directory: searching as you type (accent-insensitive) and adding an entry."""

from __future__ import annotations

from sqlalchemy import select

from nomad_desktop.errors import ValidationError
from nomad_desktop.model import Agent
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.convert import agent_info
from nomad_desktop.services.outbox import create_row
from nomad_desktop.services.records import AgentInfo
from nomad_desktop.store.database import Store
from nomad_desktop.text import search_key


def search_agents(store: Store, *, query: str = "", limit: int = 50) -> list[AgentInfo]:
    """Agents whose name or unit contains every word of `query` ("helene dirisi" finds Hélène of DIRISI)."""
    words = search_key(query).split()
    with store.read() as session:
        statement = select(Agent).where(Agent.deleted_at.is_(None))
        for word in words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            statement = statement.where(Agent.search_key.like(f"%{escaped}%", escape="\\"))
        statement = statement.order_by(Agent.last_name, Agent.first_name).limit(limit)
        return [agent_info(a) for a in session.scalars(statement)]


def create_agent(store: Store, *, first_name: str, last_name: str, unit: str = "", email: str = "") -> Outcome[AgentInfo]:
    if not last_name.strip():
        raise ValidationError("an agent needs a last name", field="last_name")
    with store.write() as session:
        agent = create_row(
            session, Agent, first_name=first_name.strip(), last_name=last_name.strip(), unit=unit.strip(),
            email=email.strip(), search_key=search_key(first_name, last_name, unit),
        )
        return Outcome(agent_info(agent), Changes(agents=True, outbox=True))
