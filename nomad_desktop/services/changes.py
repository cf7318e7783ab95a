"""What kinds of things an operation changed, so each view refreshes only what concerns it."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    site: bool = False
    floors: bool = False
    spaces: bool = False
    agents: bool = False
    bookings: bool = False
    visits: bool = False
    rules: bool = False
    outbox: bool = False
    conflicts: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    @property
    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @classmethod
    def everything(cls) -> Changes:
        return cls(**{f.name: True for f in fields(cls)})


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The result of a write: its value and the change set for the views."""

    value: T
    changes: Changes
