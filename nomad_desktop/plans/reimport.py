"""Matching a revised plan with the floor's current spaces, so that ids (and bookings) survive.

A new room matches the current space of the same layer (room, desk, zone) that overlaps it most (intersection over
union above a threshold), a same-name match winning ties; rooms that match nothing are added,
current rooms left unmatched are removed, matched rooms whose outline or name changed are changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import shapely
from shapely import STRtree

from nomad_desktop.plans.checks import overlap_group
from nomad_desktop.plans.dxf import PlannedSpace
from nomad_desktop.services.records import SpaceInfo

MIN_IOU = 0.5


@dataclass
class PlanDiff:
    added: list[PlannedSpace] = field(default_factory=list)
    removed: list[SpaceInfo] = field(default_factory=list)
    #: (current space, its new version)
    changed: list[tuple[SpaceInfo, PlannedSpace]] = field(default_factory=list)
    unchanged: int = 0


def _poly(geometry: Sequence[Sequence[float]]) -> shapely.Geometry:
    p = shapely.Polygon(geometry)
    return p if p.is_valid else shapely.make_valid(p)


def diff_plan(current: Sequence[SpaceInfo], revised: Sequence[PlannedSpace]) -> PlanDiff:
    result = PlanDiff()
    olds = list(current)
    old_polys = [_poly(s.geometry) for s in olds]
    tree = STRtree(old_polys) if olds else None
    taken: set[int] = set()
    for new in revised:
        poly = _poly(new.geometry)
        best, best_score = None, 0.0
        for hit in (tree.query(poly, predicate="intersects") if tree is not None else []):
            i = int(hit)
            # A room someone re-typed (office → meeting room) is still the same room.
            if i in taken or overlap_group(olds[i].kind) != overlap_group(new.kind):
                continue
            inter = poly.intersection(old_polys[i]).area
            union = poly.union(old_polys[i]).area or 1.0
            score = inter / union + (0.01 if olds[i].name == new.name else 0.0)
            if score > best_score:
                best, best_score = i, score
        if best is None or best_score < MIN_IOU:
            result.added.append(new)
            continue
        taken.add(best)
        old = olds[best]
        same_outline = tuple(tuple(p) for p in new.geometry) == old.geometry
        if same_outline and (new.name == old.name or not new.name):
            result.unchanged += 1
        else:
            result.changed.append((old, new))
    result.removed = [s for i, s in enumerate(olds) if i not in taken]
    return result
