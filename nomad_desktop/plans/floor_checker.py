"""The floor's live checks kept up to date edit by edit, so a small edit costs a few milliseconds.

`check_floor` checks a whole floor (tens of milliseconds for 5,000 desks). While someone draws,
only the spaces an edit touched can gain or lose a finding, so `FloorChecker` keeps the findings
of the last full check and redoes the checks around the touched spaces only: their overlaps,
the desks in or near a zone or room that moved, the duplicate names they share, their capacity.
Its findings always equal a whole-floor check of the same spaces (a test compares them after
random edits).

The spatial index (an STRtree, which cannot be updated) is built once; spaces changed since are
"stale" in it: their entries are skipped and their current outlines are searched directly. When
too many are stale the index is rebuilt (a few milliseconds, once per several hundred edits).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
import shapely
from shapely import STRtree

from nomad_desktop.plans.checks import (
    CONTAINMENT_TOLERANCE_M,
    MIN_AREA_PER_SEAT_M2,
    OVERLAP_TOLERANCE_M2,
    ROOM_KINDS,
    SEATED_ROOM_KINDS,
    AreaSummary,
    PlanIssue,
    area_cents,
    check_floor,
    issue_order,
    overlap_group,
    polygons,
    seats,
)
from nomad_desktop.services.records import SpaceInfo

#: Kinds a desk may sit in (a desk with no zone must be inside one of them).
CONTAINER_KINDS = frozenset({"zone", "office", "meeting_room", "leisure"})


class FloorChecker:
    """Findings of one floor, updated with `update` after each edit (not thread-safe: one owner)."""

    #: Stale index entries tolerated before the index is rebuilt.
    REBUILD_AFTER = 400

    def __init__(self, spaces: Iterable[SpaceInfo]) -> None:
        self.spaces: dict[str, SpaceInfo] = {s.id: s for s in spaces if len(s.geometry) >= 3}
        listed = list(self.spaces.values())
        # A space keeps its place in the floor's order when edited; new ones come last.
        self._position = {sid: n for n, sid in enumerate(self.spaces)}
        self._next_position = len(self._position)
        self._poly: dict[str, shapely.Geometry] = dict(zip(self.spaces, polygons(listed), strict=True))
        self._area: dict[str, float] = {}  # m², exact (the capacity check divides it)
        self._cents: dict[str, int] = {}  # m² × 100, rounded (the totals add them)
        self._totals = {"rooms": 0, "zones": 0, "other": 0, "capacity": 0}
        self._sorted: list[PlanIssue] | None = None  # findings but duplicate names, sorted; made on demand
        self._sorted_keys: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
        if listed:
            for space, area in zip(listed, shapely.area(list(self._poly.values())), strict=True):
                self._count_in(space, float(area))
        self._shells: dict[str, shapely.Geometry] = {}  # containers grown by the tolerance, made when needed
        self._overlaps: dict[frozenset[str], PlanIssue] = {}
        self._pairs_of: dict[str, set[frozenset[str]]] = defaultdict(set)
        self._outside: dict[str, PlanIssue] = {}
        self._capacity: dict[str, PlanIssue] = {}
        self._names: dict[str, set[str]] = defaultdict(set)
        self._members: dict[str, set[str]] = defaultdict(set)  # zone id -> the desks placed in it
        for issue in check_floor(listed):
            if issue.code == "overlap":
                self._add_overlap(issue)
            elif issue.code == "desk_outside_zone":
                self._outside[issue.space_ids[0]] = issue
            elif issue.code == "capacity_over_area":
                self._capacity[issue.space_ids[0]] = issue
        self._duplicate_names: set[str] = set()
        for space in listed:
            self._name_in(space)
        self._build_index()

    # -- what the checks panel shows ----------------------------------------------------------
    def issues(self) -> list[PlanIssue]:
        """Every finding, sorted like `check_floor`'s (kept sorted: an edit re-sorts nothing)."""
        if self._sorted is None:
            found = [*self._overlaps.values(), *self._outside.values(), *self._capacity.values()]
            self._sorted = sorted(found, key=issue_order)
            self._sorted_keys = [issue_order(i) for i in self._sorted]
        duplicates = self._duplicates()
        if not duplicates:
            return list(self._sorted)
        return sorted([*self._sorted, *duplicates], key=issue_order)

    def summary(self) -> AreaSummary:
        rooms, zones = self._totals["rooms"], self._totals["zones"]
        by_space = {sid: c / 100 for sid, c in self._cents.items()}
        return AreaSummary((rooms + zones) / 100, rooms / 100, zones / 100, self._totals["capacity"], by_space)

    # -- an edit ------------------------------------------------------------------------------
    def update(self, saved: Sequence[SpaceInfo] = (), removed: Iterable[str] = ()) -> None:
        """Take in the spaces an edit created or changed (`saved`) and the ids it deleted."""
        gone = set(removed) | {s.id for s in saved if len(s.geometry) < 3}
        kept = [s for s in saved if len(s.geometry) >= 3 and s.id not in gone]
        touched = gone | {s.id for s in kept}
        if not touched:
            return
        # Outlines before the edit: desks in or near a container that moved must be looked at again.
        before = [self._poly[sid] for sid in touched if sid in self._poly and self.spaces[sid].kind in CONTAINER_KINDS]
        for sid in touched:
            self._forget(sid)
        for sid in gone:
            self._position.pop(sid, None)
        new_polys = polygons(kept) if kept else np.empty(0, dtype=object)
        for space, poly in zip(kept, new_polys, strict=True):
            if space.id not in self._position:
                self._position[space.id] = self._next_position
                self._next_position += 1
            self.spaces[space.id] = space
            self._poly[space.id] = poly
            self._name_in(space)
        if kept:
            for space, area in zip(kept, shapely.area(new_polys), strict=True):
                self._count_in(space, float(area))
        self._stale |= touched
        self._check_overlaps(kept, new_polys)
        self._check_capacity(kept)
        self._recheck_desks(kept, before, touched)
        if len(self._stale) > self.REBUILD_AFTER:
            self._build_index()

    # -- internals ----------------------------------------------------------------------------
    def _build_index(self) -> None:
        self._index_ids = list(self._poly)
        self._tree = STRtree(list(self._poly.values()))
        self._stale: set[str] = set()

    def _forget(self, sid: str) -> None:
        """Drop every finding a space takes part in, and the space (its new version is added after)."""
        for key in self._pairs_of.pop(sid, set()):
            self._unlist(self._overlaps.pop(key, None))
            for other in key - {sid}:
                self._pairs_of[other].discard(key)
        self._unlist(self._outside.pop(sid, None))
        self._unlist(self._capacity.pop(sid, None))
        self._shells.pop(sid, None)
        space = self.spaces.pop(sid, None)
        if space is not None:
            name = _name_key(space)
            self._names[name].discard(sid)
            if len(self._names[name]) < 2:
                self._duplicate_names.discard(name)
            if space.zone_id is not None:
                self._members[space.zone_id].discard(sid)
        self._poly.pop(sid, None)
        if space is not None:
            self._count_out(space)

    def _count_in(self, space: SpaceInfo, area: float) -> None:
        """Add a space to the floor's areas and capacity (whole numbers: removing it later is exact)."""
        self._area[space.id] = area
        cents = self._cents[space.id] = area_cents(area)
        self._totals[_area_bucket(space)] += cents
        self._totals["capacity"] += seats(space)

    def _count_out(self, space: SpaceInfo) -> None:
        self._area.pop(space.id, None)
        self._totals[_area_bucket(space)] -= self._cents.pop(space.id, 0)
        self._totals["capacity"] -= seats(space)

    def _listed(self, issue: PlanIssue) -> PlanIssue:
        """Insert a new finding into the kept sorted list (if it is kept yet)."""
        if self._sorted is not None:
            key = issue_order(issue)
            at = bisect.bisect_right(self._sorted_keys, key)
            self._sorted_keys.insert(at, key)
            self._sorted.insert(at, issue)
        return issue

    def _unlist(self, issue: PlanIssue | None) -> None:
        if issue is None or self._sorted is None:
            return
        key = issue_order(issue)
        at = bisect.bisect_left(self._sorted_keys, key)
        while self._sorted[at] is not issue:  # equal keys: the same names and ids, found next to each other
            at += 1
        del self._sorted_keys[at]
        del self._sorted[at]

    def _name_in(self, space: SpaceInfo) -> None:
        """Index a space by name, and a desk by its zone."""
        if space.zone_id is not None and space.kind == "desk":
            self._members[space.zone_id].add(space.id)
        if space.kind != "circulation":
            name = _name_key(space)
            self._names[name].add(space.id)
            if len(self._names[name]) > 1:
                self._duplicate_names.add(name)

    def _duplicates(self) -> list[PlanIssue]:
        found = []
        for name in self._duplicate_names:
            ids = self._names[name]
            if len(ids) > 1:
                same = [self.spaces[i] for i in self._ordered(ids)]
                found.append(PlanIssue("duplicate_name", tuple(s.id for s in same), (same[0].name,), float(len(same))))
        return found

    def _ordered(self, ids: Iterable[str]) -> list[str]:
        """Ids in the floor's order (the order `check_floor` would list them in)."""
        return sorted(ids, key=self._position.__getitem__)

    def _near(self, geoms: Sequence[shapely.Geometry], grow: float = 0.0) -> list[list[str]]:
        """For each geometry, the current spaces whose bounding boxes meet its own grown by `grow` metres."""
        hits: list[list[str]] = [[] for _ in geoms]
        if not len(geoms):
            return hits
        mine = shapely.bounds(np.asarray(geoms, dtype=object)) + np.array([-grow, -grow, grow, grow])
        queries, found = self._tree.query(shapely.box(mine[:, 0], mine[:, 1], mine[:, 2], mine[:, 3]))
        for q, t in zip(queries, found, strict=True):
            sid = self._index_ids[t]
            if sid not in self._stale:
                hits[q].append(sid)
        stale = [sid for sid in self._stale if sid in self._poly]
        if stale:
            theirs = shapely.bounds(np.asarray([self._poly[s] for s in stale], dtype=object))
            meet = (
                (mine[:, None, 0] <= theirs[None, :, 2]) & (theirs[None, :, 0] <= mine[:, None, 2])
                & (mine[:, None, 1] <= theirs[None, :, 3]) & (theirs[None, :, 1] <= mine[:, None, 3])
            )
            for q, t in zip(*np.nonzero(meet), strict=True):
                hits[q].append(stale[t])
        return hits

    def _add_overlap(self, issue: PlanIssue) -> None:
        key = frozenset(issue.space_ids)
        self._overlaps[key] = self._listed(issue)
        for sid in issue.space_ids:
            self._pairs_of[sid].add(key)

    def _check_overlaps(self, kept: Sequence[SpaceInfo], polys: np.ndarray) -> None:
        pairs: set[frozenset[str]] = set()
        for space, candidates in zip(kept, self._near(polys), strict=True):
            group = overlap_group(space.kind)
            for other in candidates:
                if other != space.id and overlap_group(self.spaces[other].kind) == group:
                    pairs.add(frozenset((space.id, other)))
        if not pairs:
            return
        ordered = [self._ordered(pair) for pair in pairs]
        left = np.asarray([self._poly[a] for a, _ in ordered], dtype=object)
        right = np.asarray([self._poly[b] for _, b in ordered], dtype=object)
        hit = shapely.intersects(left, right)
        areas = np.zeros(len(ordered))
        if hit.any():
            areas[hit] = shapely.area(shapely.intersection(left[hit], right[hit]))
        for (a, b), area in zip(ordered, areas, strict=True):
            if area > OVERLAP_TOLERANCE_M2:
                names = (self.spaces[a].name, self.spaces[b].name)
                self._add_overlap(PlanIssue("overlap", (a, b), names, round(float(area), 2)))

    def _check_capacity(self, kept: Sequence[SpaceInfo]) -> None:
        for space in kept:
            if space.kind in SEATED_ROOM_KINDS and space.capacity > 0:
                per_seat = self._area[space.id] / space.capacity
                if per_seat < MIN_AREA_PER_SEAT_M2:
                    issue = PlanIssue("capacity_over_area", (space.id,), (space.name,), round(per_seat, 2))
                    self._capacity[space.id] = self._listed(issue)

    def _recheck_desks(self, kept: Sequence[SpaceInfo], before: list[shapely.Geometry], touched: set[str]) -> None:
        """Desk placement for the desks the edit moved and those in or near a container it changed."""
        desks = {s.id for s in kept if s.kind == "desk"}
        containers = [s for s in kept if s.kind in CONTAINER_KINDS]
        around = [*before, *(self._poly[s.id] for s in containers)]
        if around:
            for candidates in self._near(around, grow=CONTAINMENT_TOLERANCE_M):
                desks.update(sid for sid in candidates if self.spaces[sid].kind == "desk")
        # A desk placed in a zone follows that zone wherever it is (whatever its kind).
        for sid in touched:
            desks.update(self._members.get(sid, ()))
        for sid in desks:
            self._unlist(self._outside.pop(sid, None))
        in_zone = [d for d in desks if self.spaces[d].zone_id in self.spaces]
        free = [d for d in desks if self.spaces[d].zone_id not in self.spaces]
        # Desks placed in a zone: within that zone (grown by the tolerance), all in one call.
        if in_zone:
            inside = shapely.within(self._polys(in_zone), self._shell_array([self.spaces[d].zone_id for d in in_zone]))  # type: ignore[misc]
            for sid, ok in zip(in_zone, inside, strict=True):
                if not ok:
                    desk = self.spaces[sid]
                    self._outside[sid] = self._listed(PlanIssue("desk_outside_zone", (sid,), (desk.name, self.spaces[desk.zone_id].name)))  # type: ignore[index]
        # Other desks: within any room or zone around them, one call for every (desk, container) pair.
        if free:
            pairs = [
                (d, c)
                for d, near in zip(free, self._near(self._polys(free), grow=CONTAINMENT_TOLERANCE_M), strict=True)
                for c in near
                if self.spaces[c].kind in CONTAINER_KINDS
            ]
            housed = set()
            if pairs:
                inside = shapely.within(self._polys([d for d, _ in pairs]), self._shell_array([c for _, c in pairs]))
                housed = {d for (d, _), ok in zip(pairs, inside, strict=True) if ok}
            for sid in free:
                if sid not in housed:
                    self._outside[sid] = self._listed(PlanIssue("desk_outside_zone", (sid,), (self.spaces[sid].name, "")))

    def _polys(self, ids: Sequence[str]) -> np.ndarray:
        return np.asarray([self._poly[i] for i in ids], dtype=object)

    def _shell_array(self, ids: Sequence[str]) -> np.ndarray:
        missing = [i for i in set(ids) if i not in self._shells]
        if missing:
            for sid, shell in zip(missing, shapely.buffer(self._polys(missing), CONTAINMENT_TOLERANCE_M), strict=True):
                self._shells[sid] = shell
        return np.asarray([self._shells[i] for i in ids], dtype=object)


def _area_bucket(space: SpaceInfo) -> str:
    return "rooms" if space.kind in ROOM_KINDS else "zones" if space.kind == "zone" else "other"


def _name_key(space: SpaceInfo) -> str:
    return space.name.strip().casefold()
