"""Undo commands of the floor plan editor (Orange canvas style).

Each command carries space ids and plain before/after values (geometry as tuples of metres,
fields as dicts) and applies them through the core services, never through graphics items or
ORM objects. Database work goes through an `Executor` (the view runs it with `Op`, off the UI
thread; the serial database worker keeps the order of pushes, undos and redos).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from nomad_desktop.services import spaces as space_services
from nomad_desktop.services.changes import Outcome
from nomad_desktop.services.records import SpaceInfo

Geometry = tuple[tuple[float, float], ...]
#: Runs `work(store)` (returning an `Outcome`) in the background, then `done(outcome.value)` on the UI thread.
Executor = Callable[[Callable[[Any], Any], Callable[[Any], None]], None]

MOVE_COMMAND_ID = 1001
RESIZE_COMMAND_ID = 1002  # keyboard resizes merge with each other, not with nudges


class SpaceMirror:
    """What a command tells the scene after the service answered (implemented by the view)."""

    def spaces_saved(self, spaces: Sequence[SpaceInfo]) -> None: ...

    def spaces_removed(self, space_ids: Sequence[str]) -> None: ...


class CreateSpacesCommand(QUndoCommand):
    """Draw one or several spaces (a room, a zone, a row of desks): one gesture, one step."""

    def __init__(self, execute: Executor, mirror: SpaceMirror, *, floor_id: str, specs: Sequence[dict[str, Any]], text: str) -> None:
        super().__init__(text)
        self.execute, self.mirror, self.floor_id = execute, mirror, floor_id
        self.specs = [dict(s) for s in specs]
        self.created_ids: list[str] = []

    def redo(self) -> None:
        if not self.created_ids:
            floor_id, specs = self.floor_id, self.specs

            def create(store: Any) -> Outcome[list[SpaceInfo]]:
                return space_services.create_spaces(store, floor_id=floor_id, specs=specs)

            self.execute(create, self._created)
        else:
            ids = list(self.created_ids)
            self.execute(lambda store: space_services.restore_spaces(store, space_ids=ids), self.mirror.spaces_saved)

    def _created(self, spaces: list[SpaceInfo]) -> None:
        self.created_ids = [s.id for s in spaces]
        self.mirror.spaces_saved(spaces)

    def undo(self) -> None:
        ids = list(self.created_ids)
        self.execute(lambda store: space_services.delete_spaces(store, space_ids=ids), lambda _n: self.mirror.spaces_removed(ids))


class DeleteSpacesCommand(QUndoCommand):
    def __init__(self, execute: Executor, mirror: SpaceMirror, *, space_ids: Sequence[str], text: str) -> None:
        super().__init__(text)
        self.execute, self.mirror, self.space_ids = execute, mirror, list(space_ids)

    def redo(self) -> None:
        ids = self.space_ids
        self.execute(lambda store: space_services.delete_spaces(store, space_ids=ids), lambda _n: self.mirror.spaces_removed(ids))

    def undo(self) -> None:
        ids = self.space_ids
        self.execute(lambda store: space_services.restore_spaces(store, space_ids=ids), self.mirror.spaces_saved)


class MoveSpacesCommand(QUndoCommand):
    """New outlines for spaces (drag, nudge, rotate, resize). Keyboard nudges merge into one step."""

    def __init__(
        self, execute: Executor, mirror: SpaceMirror, *, before: dict[str, Geometry], after: dict[str, Geometry],
        text: str, mergeable: bool = False, merge_id: int = MOVE_COMMAND_ID,
    ) -> None:
        super().__init__(text)
        self.execute, self.mirror = execute, mirror
        self.before, self.after = dict(before), dict(after)
        self.mergeable = mergeable
        self.merge_id = merge_id

    def id(self) -> int:
        return self.merge_id if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, MoveSpacesCommand) or not other.mergeable or other.merge_id != self.merge_id or set(other.after) != set(self.after):
            return False
        self.after = dict(other.after)
        return True

    def _save(self, geometries: dict[str, Geometry]) -> None:
        values = {k: [list(p) for p in v] for k, v in geometries.items()}
        self.execute(lambda store: space_services.move_spaces(store, geometries=values), self.mirror.spaces_saved)

    def redo(self) -> None:
        self._save(self.after)

    def undo(self) -> None:
        self._save(self.before)


class UpdateSpacesCommand(QUndoCommand):
    """Fields edited in the properties panel, for one or several spaces."""

    def __init__(self, execute: Executor, mirror: SpaceMirror, *, before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]], text: str) -> None:
        super().__init__(text)
        self.execute, self.mirror = execute, mirror
        self.before, self.after = before, after

    def _save(self, values: dict[str, dict[str, Any]]) -> None:
        self.execute(lambda store: space_services.update_spaces(store, values_by_id=values), self.mirror.spaces_saved)

    def redo(self) -> None:
        self._save(self.after)

    def undo(self) -> None:
        self._save(self.before)


class OutOfServiceCommand(QUndoCommand):
    """Put spaces out of service over a period (redo) and remove exactly those periods (undo),
    or end running periods now and give them back their end."""

    def __init__(self, execute: Executor, done: Callable[[Any], None], *, space_ids: Sequence[str], out: bool,
                 starts_at: Any, ends_at: Any, reason: str, text: str) -> None:
        super().__init__(text)
        self.execute, self.done = execute, done
        self.space_ids, self.out = list(space_ids), out
        self.starts_at, self.ends_at, self.reason = starts_at, ends_at, reason
        self.period_ids: list[str] = []
        self.previous_ends: dict[str, Any] = {}

    def redo(self) -> None:
        from nomad_desktop.services import outages

        ids = self.space_ids
        if self.out:
            def made(period_ids: list[str]) -> None:
                self.period_ids = period_ids
                self.done(period_ids)

            self.execute(lambda store: outages.put_out_of_service(
                store, space_ids=ids, starts_at=self.starts_at, ends_at=self.ends_at, reason=self.reason), made)
        else:
            def ended(previous: dict[str, Any]) -> None:
                self.previous_ends = previous
                self.done(previous)

            self.execute(lambda store: outages.return_to_service(store, space_ids=ids, at=self.starts_at), ended)

    def undo(self) -> None:
        from nomad_desktop.services import outages

        if self.out:
            periods = list(self.period_ids)
            self.execute(lambda store: outages.remove_outages(store, period_ids=periods), self.done)
        else:
            ends = dict(self.previous_ends)
            self.execute(lambda store: outages.restore_outage_ends(store, ends=ends), self.done)
