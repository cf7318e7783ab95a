"""The agents' directory as cached on this station."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from nomad_desktop.model.base import Base, SyncedMixin


class Agent(SyncedMixin, Base):
    __tablename__ = "agents"

    last_name: Mapped[str] = mapped_column(String(120))
    first_name: Mapped[str] = mapped_column(String(120))
    unit: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    #: Accent- and case-folded "first last unit", for searches as you type.
    search_key: Mapped[str] = mapped_column(String(400), default="", index=True)
