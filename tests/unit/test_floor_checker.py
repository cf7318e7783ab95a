"""The checks kept up to date edit by edit give exactly what a whole-floor check gives."""

from __future__ import annotations

import dataclasses
import random

import pytest

from nomad_desktop.plans.checks import areas, check_floor
from nomad_desktop.plans.floor_checker import FloorChecker
from nomad_desktop.services.records import SpaceInfo

KINDS = ("desk", "desk", "desk", "zone", "office", "meeting_room", "leisure", "service", "circulation")
NAMES = ("Poste", "Salle Foch", "Bureau", "Zone A", "Zone B", "Cafétéria")


def rect(x: float, y: float, w: float, h: float) -> tuple[tuple[float, float], ...]:
    return ((x, y), (x + w, y), (x + w, y + h), (x, y + h))


def random_space(rng: random.Random, sid: str, zones: list[str]) -> SpaceInfo:
    kind = rng.choice(KINDS)
    w, h = (1.6, 0.8) if kind == "desk" else (rng.uniform(2, 8), rng.uniform(2, 6))
    name = f"{rng.choice(NAMES)} {rng.randrange(12)}"  # collisions on purpose: duplicate names
    zone = rng.choice([None, *zones]) if kind == "desk" and zones else None
    return SpaceInfo(sid, "f", kind, name, rect(rng.uniform(0, 30), rng.uniform(0, 15), w, h), 0.0, rng.randrange(0, 8),
                     (), (), kind != "zone", zone, None, "", None)


def edit(rng: random.Random, floor: dict[str, SpaceInfo], next_id: list[int]) -> tuple[list[SpaceInfo], list[str]]:
    """One random gesture: move a few spaces (onto others too), rename, resize, re-zone, add or delete."""
    zones = [s.id for s in floor.values() if s.kind in ("zone", "office")]
    ids = list(floor)
    action = rng.choice(("move", "move", "resize", "rename", "capacity", "rezone", "add", "delete", "kind"))
    if action == "add" or not ids:
        next_id[0] += 1
        return [random_space(rng, f"n{next_id[0]}", zones)], []
    picked = rng.sample(ids, min(len(ids), rng.choice((1, 1, 2, 5, 20))))
    if action == "delete":
        return [], picked
    saved = []
    dx, dy = rng.uniform(-6, 6), rng.uniform(-4, 4)
    for sid in picked:
        s = floor[sid]
        if action == "move":
            s = dataclasses.replace(s, geometry=tuple((x + dx, y + dy) for x, y in s.geometry))
        elif action == "resize":
            (x0, y0), (x1, _), (_, y2) = s.geometry[0], s.geometry[1], s.geometry[2]
            s = dataclasses.replace(s, geometry=rect(x0, y0, (x1 - x0) * rng.uniform(0.5, 1.6), (y2 - y0) * rng.uniform(0.5, 1.6)))
        elif action == "rename":
            s = dataclasses.replace(s, name=f"{rng.choice(NAMES)} {rng.randrange(12)}")
        elif action == "capacity":
            s = dataclasses.replace(s, capacity=rng.randrange(0, 12))
        elif action == "rezone":
            s = dataclasses.replace(s, zone_id=rng.choice([None, *zones]))
        elif action == "kind":
            s = dataclasses.replace(s, kind=rng.choice(KINDS))
        saved.append(s)
    return saved, []


@pytest.mark.parametrize("seed", range(12))
def test_after_every_random_edit_the_findings_equal_a_whole_floor_check(seed: int) -> None:
    rng = random.Random(seed)
    floor: dict[str, SpaceInfo] = {}
    zones: list[str] = []
    for n in range(60):
        space = random_space(rng, f"s{n}", zones)
        floor[space.id] = space
        if space.kind == "zone":
            zones.append(space.id)
    checker = FloorChecker(floor.values())
    checker.REBUILD_AFTER = rng.choice((5, 50, 400))  # the rebuilt index and the stale one agree
    next_id = [0]
    kinds_seen: set[str] = set()
    for _step in range(80):
        saved, removed = edit(rng, floor, next_id)
        for s in saved:
            floor[s.id] = s  # an edited space keeps its place, a new one comes last (as the plan page's dict)
        for sid in removed:
            del floor[sid]
        checker.update(saved, removed)
        expected = check_floor(list(floor.values()))
        assert checker.issues() == expected
        assert checker.summary() == areas(floor.values())
        kinds_seen.update(i.code for i in expected)
    # The random floors exercised every kind of finding.
    assert kinds_seen >= {"overlap", "desk_outside_zone", "duplicate_name", "capacity_over_area"}


def test_a_desk_follows_its_zone_and_a_wall_shared_by_two_rooms_passes() -> None:
    zone = SpaceInfo("z", "f", "zone", "Zone A", rect(0, 0, 10, 5), 0.0, 0, (), (), False, None, None, "", None)
    desk = SpaceInfo("d", "f", "desk", "Poste 1", rect(1, 1, 1.6, 0.8), 0.0, 1, (), (), True, "z", None, "", None)
    room = SpaceInfo("r", "f", "office", "Bureau 1", rect(10, 0, 4, 4), 0.0, 1, (), (), True, None, None, "", None)
    checker = FloorChecker([zone, desk, room])
    assert checker.issues() == []
    checker.update([dataclasses.replace(zone, geometry=rect(20, 0, 10, 5))])  # the zone moves away from its desk
    assert [(i.code, i.space_ids) for i in checker.issues()] == [("desk_outside_zone", ("d",))]
    checker.update([dataclasses.replace(room, geometry=rect(-4, 0, 4, 4))])  # a wall shared with nobody
    checker.update([], ["z"])  # the zone is deleted: the desk is then judged by the rooms and zones around it
    assert [(i.code, i.space_ids) for i in checker.issues()] == [("desk_outside_zone", ("d",))]
    checker.update([dataclasses.replace(room, geometry=rect(0, 0, 4, 4))])  # now the desk sits in the office
    assert checker.issues() == []
