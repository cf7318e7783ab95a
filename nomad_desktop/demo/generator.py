"""Generated sites written as server truth: the small demo site and large sites for benchmarks.

Both go through the same steps: floors drawn from programs (`floorplans`), agents, then day by
day bookings allocated so that no space ever holds more bookings than its capacity and no agent
is ever in two places at once, then visits. Rows are written as if downloaded from the central
API (`version=1`, no outbox mutation), in one transaction: a cancelled or failed generation
leaves the store empty.

Rows go in through SQLAlchemy Core in chunks: the INSERT is compiled from the model's table and
values are processed by the columns' own types (the UTC instant type included); a day's
instants are processed once for all its bookings. See `_TableWriter` and `_DayClock`.
"""

from __future__ import annotations

import gc
import math
import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from itertools import count
from operator import itemgetter
from types import MappingProxyType
from typing import Any

import holidays
from sqlalchemy import Connection, Table, func, insert, select
from sqlalchemy.exc import DatabaseError, OperationalError

from nomad_desktop.clock import utc_now
from nomad_desktop.demo import names
from nomad_desktop.demo.floorplans import (
    FlexZone,
    FloorPlan,
    FloorProgram,
    PlannedSpace,
    Role,
    Rooms,
    Split,
    plan_floor,
)
from nomad_desktop.model import (
    Agent,
    Booking,
    BookingRule,
    Building,
    Floor,
    OutOfServicePeriod,
    Site,
    Space,
    Visit,
    Visitor,
)
from nomad_desktop.model.base import UtcDateTime
from nomad_desktop.model.enums import BookingStatus, BookingUnit, SpaceKind, VisitorCategory, VisitStatus
from nomad_desktop.sitetime import local_date, local_instant
from nomad_desktop.store.database import Store, translate_error
from nomad_desktop.text import search_key

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

TIMEZONE = "Europe/Paris"
#: Days a visit's personal data is kept (the site's `visit_retention_days`).
RETENTION_DAYS = 90
#: Rows per executemany: big enough to amortise the call, small enough to report progress often.
CHUNK_ROWS = 20_000
#: Rows buffered, then sorted by id before writing: the more rows per sorted sweep through the
#: primary-key index of random UUIDs, the fewer times each of its pages is touched.
SORTED_ROWS = 5 * CHUNK_ROWS


@dataclass(frozen=True)
class GenerationReport:
    site_id: str
    buildings: int
    floors: int
    spaces: int
    agents: int
    bookings: int
    visits: int


class GenerationCancelled(Exception):
    """The caller's `cancelled()` said stop; the transaction was rolled back, the store is empty."""


# --------------------------------------------------------------------------------------------
# Randomness
# --------------------------------------------------------------------------------------------

#: The RFC 4122 variant takes the two high bits of the 17th hex digit: 10xx.
_VARIANT_DIGIT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def uuid4_text(bits: int) -> str:
    """`str(uuid.UUID(int=bits, version=4))`, without building the object (a million times)."""
    h = "%032x" % bits  # noqa: UP031 - faster than f-strings and format() here
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT_DIGIT[h[16]]}{h[17:20]}-{h[20:]}"


class _Random(random.Random):
    """The seeded source of every draw, ids included, so a seed always gives the same site."""

    def new_id(self) -> str:
        return uuid4_text(self.getrandbits(128))

    def chance(self, p: float) -> bool:
        return self.random() < p


# --------------------------------------------------------------------------------------------
# Site descriptions
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _FloorSpec:
    name: str
    level: int
    program: FloorProgram


@dataclass(frozen=True)
class _BuildingSpec:
    code: str
    name: str
    floors: tuple[_FloorSpec, ...]


@dataclass(frozen=True)
class _SiteSpec:
    code: str
    name: str
    address: str
    buildings: tuple[_BuildingSpec, ...]
    #: Total spaces wanted (None: whatever the programs give). Desks are removed from the last floor to fit.
    spaces: int | None = None


BALARD_ADDRESS = "60 boulevard du Général Martial Valin, 75015 Paris"


def floor_name(level: int) -> str:
    if level == 0:
        return "Rez-de-chaussée"
    return "1er étage" if level == 1 else f"{level}e étage"


def _demo_staff_floor() -> FloorProgram:
    """An upper floor of the headquarters building: offices, two flex zones, meeting rooms."""
    return FloorProgram(
        north=(
            Rooms(Role.OFFICE, 3), Rooms(Role.MEETING, 1, 7.2, seats=8), FlexZone(27.6, (6, 6)),
            Rooms(Role.MANAGER_OFFICE, 1, 7.2), Rooms(Role.OFFICE, 2),
        ),
        core=(
            Rooms(Role.STAIRS, 1, 4.0), Split(Rooms(Role.TOILETS), Rooms(Role.KITCHEN)), Rooms(Role.LIFT, 1, 2.6),
            Rooms(Role.CONFERENCE, 1, 14.0, seats=24), Rooms(Role.HALL, 1, 10.6), Rooms(Role.VISIO, 1, 8.4, seats=10),
            Rooms(Role.TECHNICAL, 1, 4.0), Rooms(Role.TRAINING, 1, 10.8, seats=16),
        ),
        south=(
            Rooms(Role.OFFICE, 2), FlexZone(30.0, (4, 4)), Rooms(Role.MEETING, 1, 6.0, seats=6),
            Rooms(Role.OFFICE, 2), Rooms(Role.MANAGER_OFFICE, 1, 9.6),
        ),
    )


def _demo_spec() -> _SiteSpec:
    ground_a = FloorProgram(
        north=(
            Rooms(Role.RECEPTION, 1, 7.2), Rooms(Role.HALL, 1, 14.4), Rooms(Role.MEETING, 1, 10.8, seats=12),
            Rooms(Role.OFFICE, 2), FlexZone(20.4, (4, 4)),
        ),
        core=(
            Rooms(Role.STAIRS, 1, 4.0), Split(Rooms(Role.TOILETS), Rooms(Role.KITCHEN)), Rooms(Role.LIFT, 1, 2.6),
            Rooms(Role.CONFERENCE, 1, 16.0, seats=40), Split(Rooms(Role.TECHNICAL, 1, 4.8), Rooms(Role.REPROGRAPHY, 1, 4.8)),
            Rooms(Role.TRAINING, 1, 14.0, seats=20), Rooms(Role.STORAGE, 1, 9.0), Rooms(Role.STAIRS, 1, 4.0),
        ),
        south=(
            Rooms(Role.OFFICE, 2), Rooms(Role.MEETING, 1, 9.6, seats=12), FlexZone(14.4, (4, 4)),
            Rooms(Role.CAFETERIA, 1, 21.6), Rooms(Role.OFFICE, 2),
        ),
    )
    ground_b = FloorProgram(
        north=(
            Rooms(Role.RECEPTION, 1, 6.0), Rooms(Role.HALL, 1, 15.6), Rooms(Role.OFFICE, 3), FlexZone(14.4, (4, 4)),
            Rooms(Role.STORAGE, 1, 13.2),
        ),
        core=(
            Rooms(Role.STAIRS, 1, 4.0), Split(Rooms(Role.TOILETS), Rooms(Role.LOCKERS)), Rooms(Role.CINEMA, 1, 18.0, seats=40),
            Split(Rooms(Role.TECHNICAL, 1, 4.4), Rooms(Role.STORAGE, 1, 4.4)), Rooms(Role.TRAINING, 1, 14.0, seats=20),
            Rooms(Role.HALL, 1, 14.0),
        ),
        south=(
            Rooms(Role.GYM, 1, 18.0, seats=20), Rooms(Role.MEETING, 1, 9.0, seats=12), Rooms(Role.OFFICE, 3),
            Rooms(Role.MEETING, 1, 7.2, seats=6), Rooms(Role.CAFETERIA, 1, 15.0),
        ),
    )
    building_a = _BuildingSpec("A", "Bâtiment A — État-major", (
        _FloorSpec(floor_name(0), 0, ground_a),
        _FloorSpec(floor_name(1), 1, _demo_staff_floor()),
        _FloorSpec(floor_name(2), 2, _demo_staff_floor()),
    ))
    building_b = _BuildingSpec("B", "Bâtiment B — Soutien", (_FloorSpec(floor_name(0), 0, ground_b),))
    return _SiteSpec(
        code="demo", name="Site de démonstration — Balard (Paris 15e)", address=BALARD_ADDRESS,
        buildings=(building_a, building_b),
    )


# A large floor is a west end, a number of identical 28.8 m bays, and an east end.
_BAY = 28.8


def _large_floor(bays: int, *, ground: bool) -> FloorProgram:
    west_north: tuple[Rooms, ...] = (
        (Rooms(Role.RECEPTION, 1, 7.2),) if ground else (Rooms(Role.MANAGER_OFFICE, 1, 7.2),)
    ) + (Rooms(Role.OFFICE, 1),)
    north: list[Rooms | FlexZone | Split] = [*west_north]
    core: list[Rooms | FlexZone | Split] = [Rooms(Role.STAIRS, 1, 4.0), Rooms(Role.LIFT, 1, 2.6), Rooms(Role.TECHNICAL, 1, 2.2)]
    south: list[Rooms | FlexZone | Split] = [Rooms(Role.MEETING, 1, 7.2, seats=8), Rooms(Role.OFFICE, 1)]
    for bay in range(bays):
        north += [FlexZone(21.6, (4,) * 6), Rooms(Role.OFFICE, 2)]
        if ground and bay == 0:  # the building's amenities take the first bay's core
            core += [Rooms(Role.GYM, 1, 10.8, seats=20), Rooms(Role.LOCKERS), Rooms(Role.CINEMA, 1, 14.4, seats=40)]
        else:
            core += [Split(Rooms(Role.TOILETS), Rooms(Role.KITCHEN)), FlexZone(19.2, (6,) * 4), Rooms(Role.MEETING, 1, 6.0, seats=10)]
        south += [Rooms(Role.OFFICE, 2), FlexZone(21.6, (4,) * 6)]
    north += [Rooms(Role.MEETING, 1, 7.2, seats=8), Rooms(Role.OFFICE, 2)]
    core += [Rooms(Role.CONFERENCE, 1, 10.4, seats=24), Rooms(Role.STAIRS, 1, 4.0)]
    south += [Rooms(Role.VISIO, 1, 7.2, seats=10), Rooms(Role.OFFICE, 2)]
    return FloorProgram(north=tuple(north), core=tuple(core), south=tuple(south), width_m=round(10.8 + _BAY * bays + 14.4, 2))


BUILDING_NAMES = (
    "État-major", "Soutien", "Systèmes d'information", "Logistique", "Formation", "Santé", "Administration",
)
FULL_LARGE_BAYS = 6
FLOORS_PER_BUILDING = 5


@cache
def _large_floor_size(bays: int, *, ground: bool) -> int:
    return len(plan_floor(_large_floor(bays, ground=ground)).spaces)


def _large_spec(spaces: int) -> _SiteSpec:
    """Floors of six bays (~500 spaces) until `spaces` is reached; the last floor is cut to fit."""
    floors: list[tuple[int, int]] = []  # (bays, level)
    left = spaces
    while left > 0:
        level = len(floors) % FLOORS_PER_BUILDING
        ground = level == 0
        bays = FULL_LARGE_BAYS
        while bays > 1 and _large_floor_size(bays - 1, ground=ground) >= left:
            bays -= 1
        floors.append((bays, level))
        left -= _large_floor_size(bays, ground=ground)
    buildings = []
    for b in range(math.ceil(len(floors) / FLOORS_PER_BUILDING)):
        code = chr(ord("A") + b)
        label = BUILDING_NAMES[b] if b < len(BUILDING_NAMES) else f"Annexe {b + 1}"
        mine = floors[b * FLOORS_PER_BUILDING:(b + 1) * FLOORS_PER_BUILDING]
        buildings.append(_BuildingSpec(code, f"Bâtiment {code} — {label}", tuple(
            _FloorSpec(floor_name(level), level, _large_floor(bays, ground=level == 0)) for bays, level in mine
        )))
    return _SiteSpec(
        code="grand-site", name="Site de test de charge — Balard (Paris 15e)", address=BALARD_ADDRESS,
        buildings=tuple(buildings), spaces=spaces,
    )


# --------------------------------------------------------------------------------------------
# Spaces
# --------------------------------------------------------------------------------------------

_BOOKABLE_KINDS = frozenset({SpaceKind.DESK, SpaceKind.OFFICE, SpaceKind.MEETING_ROOM, SpaceKind.LEISURE})


@dataclass
class _SpaceRef:
    """What the booking allocator needs to know of a space."""

    index: int
    id: str
    role: Role
    kind: SpaceKind
    capacity: int
    bookable: bool
    restricted: tuple[str, ...] = ()
    owner: int | None = None


@dataclass
class _Layout:
    buildings: list[dict[str, Any]]
    floors: list[dict[str, Any]]
    spaces: list[dict[str, Any]]
    refs: list[_SpaceRef]


def _trim(plan: FloorPlan, excess: int) -> FloorPlan:
    """Drop `excess` spaces from the plan, desks from the east end first, then trailing spaces."""
    spaces = list(plan.spaces)
    for i in range(len(spaces) - 1, -1, -1):
        if excess == 0:
            break
        if spaces[i].role is Role.DESK:
            del spaces[i]
            excess -= 1
    del spaces[len(spaces) - excess:]
    # Desks point at their zone by index: reindex after removals.
    old_index = {id(s): n for n, s in enumerate(plan.spaces)}
    new_index = {old_index[id(s)]: n for n, s in enumerate(spaces)}
    spaces = [
        s if s.zone is None else PlannedSpace(s.role, s.polygon, s.rotation, s.seats, new_index[s.zone]) for s in spaces
    ]
    return FloorPlan(plan.width_m, plan.height_m, tuple(spaces))


def _room_names(rng: _Random) -> Iterator[str]:
    """Names of famous people for meeting rooms, shuffled; numbered once all are used."""
    pool = list(names.ROOM_NAMES)
    rng.shuffle(pool)
    for round_ in count(1):
        for name in pool:
            yield name if round_ == 1 else f"{name} {round_}"


#: Names of rooms of which a floor has one: the floor's code follows ("Sanitaires A1").
_ROOM_LABELS: Mapping[Role, str] = MappingProxyType({
    Role.CORRIDOR: "Circulation", Role.HALL: "Hall", Role.STAIRS: "Escalier", Role.LIFT: "Ascenseurs",
    Role.TOILETS: "Sanitaires", Role.KITCHEN: "Tisanerie", Role.TECHNICAL: "Local technique",
    Role.REPROGRAPHY: "Reprographie", Role.RECEPTION: "Accueil", Role.LOCKERS: "Vestiaires",
    Role.CAFETERIA: "Cafétéria",
})


class _Namer:
    """Names and label codes of one floor's spaces ("Bureau A1.07", "A1-B12", "Salle Vauban")."""

    def __init__(self, floor_code: str, room_names: Iterator[str], seen: set[str]) -> None:
        self.code = floor_code
        self.room_names = room_names
        self.seen = seen
        self.rooms = count(1)
        self.labels = count(1)
        self.zones: dict[int, tuple[str, Iterator[int]]] = {}

    def name(self, index: int, space: PlannedSpace) -> str:
        return self._unique(self._name(index, space))

    def label(self) -> str:
        return f"{self.code}-{next(self.labels):03d}"

    def _name(self, index: int, space: PlannedSpace) -> str:
        role = space.role
        if role is Role.ZONE:
            letter = chr(ord("A") + len(self.zones))
            self.zones[index] = (letter, count(1))
            return f"Espace flex {self.code}-{letter}"
        if role is Role.DESK and space.zone is not None:
            letter, numbers = self.zones[space.zone]
            return f"{self.code}-{letter}{next(numbers):02d}"
        if role in (Role.OFFICE, Role.MANAGER_OFFICE):
            return f"Bureau {self.code}.{next(self.rooms):02d}"
        if role is Role.STORAGE:
            return f"Archives {self.code}.{next(self.rooms):02d}"
        if role is Role.MEETING:
            room = next(self.room_names)
            return f"Salle de réunion {room}" if index % 2 else f"Salle {room}"
        if role is Role.CONFERENCE:
            return f"Salle de conférence {next(self.room_names)}"
        if role is Role.VISIO:
            return f"Salle de visioconférence {next(self.room_names)}"
        if role is Role.TRAINING:
            return f"Salle de formation {next(self.room_names)}"
        if role is Role.GYM:
            return "Salle de sport"
        if role is Role.CINEMA:
            return "Salle de cinéma"
        return f"{_ROOM_LABELS.get(role, role.value)} {self.code}"

    def _unique(self, name: str) -> str:
        candidate, n = name, 2
        while candidate in self.seen:
            candidate, n = f"{name} ({n})", n + 1
        self.seen.add(candidate)
        return candidate


def _equipment(rng: _Random, role: Role) -> list[str]:
    if role is Role.DESK:
        base = ["dual_screen", "docking_station"] if rng.chance(0.35) else (["screen"] if rng.chance(0.75) else [])
        return base + (["phone"] if rng.chance(0.1) else [])
    if role in (Role.OFFICE, Role.MANAGER_OFFICE):
        return ["screen", "docking_station", "phone"] + (["whiteboard"] if role is Role.MANAGER_OFFICE else [])
    if role is Role.MEETING:
        return ["screen", "whiteboard"] + (["videoconference"] if rng.chance(0.5) else []) + ["phone"]
    if role is Role.CONFERENCE:
        return ["projector", "videoconference", "whiteboard", "phone"]
    if role is Role.VISIO:
        return ["videoconference", "dual_screen", "phone"]
    if role is Role.TRAINING:
        return ["projector", "whiteboard", "screen"]
    if role is Role.CINEMA:
        return ["projector"]
    return []


def _accessibility(rng: _Random, role: Role) -> list[str]:
    if role is Role.DESK:
        return ["height_adjustable"] if rng.chance(0.12) else []
    if role in (Role.CONFERENCE, Role.CINEMA):
        return ["wheelchair", "hearing_loop"]
    if role in (Role.MEETING, Role.VISIO, Role.TRAINING, Role.GYM):
        return ["wheelchair"] if rng.chance(0.7) or role is Role.GYM else []
    return []


def _capacity(space: PlannedSpace) -> int:
    if space.kind in (SpaceKind.CIRCULATION, SpaceKind.SERVICE):
        return 0
    return max(space.seats, 1) if space.kind in (SpaceKind.MEETING_ROOM, SpaceKind.LEISURE, SpaceKind.ZONE) else 1


def _space_row(rng: _Random, plan: FloorPlan, index: int, floor_id: str, ids: list[str], namer: _Namer, now: datetime) -> dict[str, Any]:
    space = plan.spaces[index]
    kind = space.kind
    capacity = _capacity(space)
    if space.role is Role.ZONE:  # desks may have been trimmed from the plan
        capacity = sum(1 for s in plan.spaces if s.zone == index)
    return {
        "id": ids[index], "floor_id": floor_id, "kind": kind.value, "name": namer.name(index, space),
        "geometry": space.polygon, "rotation": space.rotation, "capacity": capacity,
        "equipment": _equipment(rng, space.role), "accessibility": _accessibility(rng, space.role),
        "bookable": kind in _BOOKABLE_KINDS, "zone_id": ids[space.zone] if space.zone is not None else None,
        "owner_agent_id": None, "restricted_units": [], "label_code": namer.label(), "notes": "", "extra": {},
        "version": 1, "updated_at": now, "deleted_at": None,
    }


def _layout(rng: _Random, spec: _SiteSpec, site_id: str, now: datetime) -> _Layout:
    layout = _Layout([], [], [], [])
    plans = [[plan_floor(f.program) for f in b.floors] for b in spec.buildings]
    if spec.spaces is not None:
        excess = sum(len(p.spaces) for ps in plans for p in ps) - spec.spaces
        plans[-1][-1] = _trim(plans[-1][-1], excess)
    room_names, seen = _room_names(rng), set[str]()
    for building, floor_plans in zip(spec.buildings, plans, strict=True):
        building_id = rng.new_id()
        layout.buildings.append({
            "id": building_id, "site_id": site_id, "code": building.code, "name": building.name,
            "address": spec.address, "version": 1, "updated_at": now, "deleted_at": None,
        })
        for floor, plan in zip(building.floors, floor_plans, strict=True):
            floor_id = rng.new_id()
            layout.floors.append({
                "id": floor_id, "building_id": building_id, "name": floor.name, "level": floor.level,
                "width_m": plan.width_m, "height_m": plan.height_m, "backdrop_sha256": None, "backdrop_scale": None,
                "backdrop_origin_x": 0.0, "backdrop_origin_y": 0.0, "version": 1, "updated_at": now, "deleted_at": None,
            })
            namer = _Namer(f"{building.code}{floor.level}", room_names, seen)
            ids = [rng.new_id() for _ in plan.spaces]
            for index in range(len(plan.spaces)):
                row = _space_row(rng, plan, index, floor_id, ids, namer, now)
                layout.refs.append(_SpaceRef(
                    len(layout.spaces), row["id"], plan.spaces[index].role, SpaceKind(row["kind"]), row["capacity"],
                    row["bookable"],
                ))
                layout.spaces.append(row)
    return layout


def _reserve_spaces(rng: _Random, layout: _Layout, agents: list[dict[str, Any]]) -> None:
    """Personal offices, a few desks kept out of booking, a few rooms restricted to one unit."""
    owners = iter(rng.sample(range(len(agents)), len(agents)))
    for ref in layout.refs:
        row = layout.spaces[ref.index]
        personal = ref.role is Role.MANAGER_OFFICE or (ref.role is Role.OFFICE and rng.chance(0.12))
        if personal:
            ref.owner = next(owners)
            agent = agents[ref.owner]
            row["owner_agent_id"] = agent["id"]
            row["notes"] = f"Bureau de {agent['first_name']} {agent['last_name']}, ouvert à la réservation en son absence."
        elif ref.role is Role.DESK and rng.chance(0.04):
            ref.bookable = row["bookable"] = False
            row["notes"] = "Poste réservé à la permanence : non réservable."
        elif ref.role in (Role.CONFERENCE, Role.MEETING, Role.TRAINING) and rng.chance(0.1):
            unit = rng.choice(names.UNITS)
            ref.restricted = (unit,)
            row["restricted_units"] = [unit]
            row["notes"] = f"Salle réservée aux agents de la {unit}." if unit != "EMA" else "Salle réservée à l'état-major des armées."


# --------------------------------------------------------------------------------------------
# Agents
# --------------------------------------------------------------------------------------------


def _email(first: str, last: str, taken: set[str]) -> str:
    """"prenom.nom@…", numbered for homonyms ("prenom.nom2@…")."""
    def slug(text: str) -> str:
        return search_key(text).replace("'", "").replace(" ", "-")

    local, n = f"{slug(first)}.{slug(last)}", 1
    while (email := f"{local}{n if n > 1 else ''}@{names.EMAIL_DOMAIN}") in taken:
        n += 1
    taken.add(email)
    return email


def _agents(rng: _Random, n: int, now: datetime, featured: Sequence[str] = ()) -> list[dict[str, Any]]:
    """`n` agents, with distinct names as long as the lists allow (then homonyms, as in life);
    the `featured` first names come first (accents on show)."""
    firsts, lasts = names.FIRST_NAMES, names.LAST_NAMES
    combinations = len(firsts) * len(lasts)
    picks = rng.sample(range(combinations), min(n, combinations))
    picks += [rng.randrange(combinations) for _ in range(n - len(picks))]
    people = [(firsts[p % len(firsts)], lasts[p // len(firsts)]) for p in picks]
    taken = set(people)
    for i, first in enumerate(featured[:n]):
        last = next(name for name in rng.sample(lasts, len(lasts)) if (first, name) not in taken)
        taken.add((first, last))
        people[i] = (first, last)
    rows, emails = [], set[str]()
    for first, last in people:
        unit = rng.choice(names.UNITS)
        rows.append({
            "id": rng.new_id(), "last_name": last, "first_name": first, "unit": unit, "email": _email(first, last, emails),
            "search_key": search_key(first, last, unit), "version": 1, "updated_at": now, "deleted_at": None,
        })
    return rows


# --------------------------------------------------------------------------------------------
# Working days and the day's time grid
# --------------------------------------------------------------------------------------------

#: Bookings live on a grid of half-hours from 07:00 (cell 0) to 21:00 (cell 28), local time.
GRID_START = time(7, 0)
GRID_CELLS = 28
MORNING, AFTERNOON, FULL_DAY = (2, 10), (12, 22), (2, 22)  # 08:00–12:00, 13:00–18:00, 08:00–18:00
MEETING_HOURS = (2, 22)
GYM_SESSIONS = ((0, 2), (10, 12), (22, 24))  # 07:00–08:00, 12:00–13:00, 18:00–19:00
CINEMA_SESSIONS = {1: ((23, 27),), 3: ((23, 27),), 4: ((10, 12),)}  # Tue & Thu 18:30–20:30, Fri 12:00–13:00


def cell_time(cell: int) -> time:
    minutes = GRID_START.hour * 60 + GRID_START.minute + 30 * cell
    return time(minutes // 60, minutes % 60)


def _mask(span: tuple[int, int]) -> int:
    a, b = span
    return ((1 << (b - a)) - 1) << a


class _Calendar:
    """Working days of the site (weekends and French public holidays off)."""

    def __init__(self, region: str = "") -> None:
        self._holidays = holidays.country_holidays("FR", subdiv=region or None)

    def is_working(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._holidays

    def around(self, today: date, horizon: int) -> Iterator[date]:
        """Working days from `today` outwards, endlessly into the past but at most `horizon` days ahead.

        Two past days for one future day while both last, so a count of bookings reached early
        still leaves a past and a future.
        """
        past, future, last = today, today + timedelta(days=1), today + timedelta(days=horizon)
        if self.is_working(today):
            yield today
        while True:
            for _ in range(2):
                past = self._step(past, -1)
                yield past
            future = self._step(future, 0)
            if future <= last:
                yield future
            future += timedelta(days=1)

    def _step(self, day: date, direction: int) -> date:
        day += timedelta(days=direction)
        while not self.is_working(day):
            day += timedelta(days=direction or 1)
        return day

    def between(self, first: date, last: date) -> list[date]:
        days = (first + timedelta(days=n) for n in range((last - first).days + 1))
        return [d for d in days if self.is_working(d)]


# --------------------------------------------------------------------------------------------
# Booking allocation
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rates:
    """How busy the site is: share of agents on site, of meeting slots taken, of leisure seats."""

    presence: float = 0.62
    meetings: float = 0.3
    leisure: float = 0.35
    #: Shares of desk bookings for the whole day, the morning, the afternoon (the rest: both
    #: half-days, booked separately, often at different desks).
    full_day: float = 0.5
    morning: float = 0.2
    afternoon: float = 0.2
    #: Share of a personal office's days its owner opens it to others.
    personal_open: float = 0.25
    guests: float = 0.01
    #: Attempts at finding a free agent (or desk) before giving up a booking.
    tries: int = 8


#: One allocated booking: (space index, agent index or -1 for a named guest, start cell, end
#: cell (excluded), series id or None, guest name or ""). A plain tuple: a million are made.
_Slot = tuple[int, int, int, int, str | None, str]


@dataclass(frozen=True)
class _Series:
    """A weekly meeting: same room, same organiser, same hours."""

    id: str
    space: int
    agent: int
    weekday: int
    span: tuple[int, int]


class _Allocator:
    """Bookings of one day, capacity and agents' agendas respected by construction.

    Each agent has a bit mask of the half-hours already booked that day; a booking is given to
    an agent only if its cells are free. Desks and offices hold one booking at a time, meeting
    rooms one meeting at a time, leisure sessions at most `capacity` people.
    """

    def __init__(self, rng: _Random, refs: list[_SpaceRef], agents: list[dict[str, Any]], rates: _Rates) -> None:
        self.rng, self.rates = rng, rates
        bookable = [r for r in refs if r.bookable]
        self.n_spaces = len(refs)
        self.desks = [r.index for r in bookable if r.kind in (SpaceKind.DESK, SpaceKind.OFFICE) and r.owner is None]
        self.personal = [r for r in bookable if r.owner is not None]
        self.rooms = [r for r in bookable if r.kind is SpaceKind.MEETING_ROOM]
        self.leisure = [r for r in bookable if r.kind is SpaceKind.LEISURE]
        owners = {r.owner for r in self.personal}
        self.n_agents = len(agents)
        self.everyone = list(range(len(agents)))
        #: Owners of personal offices work there: they book no desk.
        self.desk_people = [a for a in self.everyone if a not in owners]
        by_unit: dict[str, list[int]] = {}
        for i, agent in enumerate(agents):
            by_unit.setdefault(agent["unit"], []).append(i)
        self.pools = {r.index: [a for u in r.restricted for a in by_unit.get(u, [])] for r in self.rooms if r.restricted}
        self.series: list[_Series] = []

    def add_series(self, count_: int) -> None:
        """Weekly meetings of a few rooms, placed before anything else on their weekday."""
        for ref in self.rng.sample(self.rooms, min(count_, len(self.rooms))):
            pool = self.pools.get(ref.index, self.everyone)
            if not pool:
                continue
            start = self.rng.choice((2, 4, 6, 12, 14))
            self.series.append(_Series(
                self.rng.new_id(), ref.index, self.rng.choice(pool), self.rng.randrange(5),
                (start, start + self.rng.choice((2, 3))),
            ))

    def day(self, day: date, load: float, blocked: set[int]) -> list[_Slot]:
        """The day's bookings; `load` scales the rates (1.0 for a usual day), `blocked` spaces are out of service."""
        agendas = [0] * self.n_agents
        slots: list[_Slot] = []
        taken_rooms = self._series(day, agendas, slots, blocked)
        self._desks(load, agendas, slots, blocked)
        self._meetings(load, agendas, slots, blocked, taken_rooms)
        self._leisure(day, load, agendas, slots, blocked)
        return slots

    def _free_agent(self, pool: Sequence[int], agendas: list[int], need: int) -> int:
        random_ = self.rng.random
        for _ in range(self.rates.tries):
            agent = pool[int(random_() * len(pool))]
            if not agendas[agent] & need:
                agendas[agent] |= need
                return agent
        return -1

    def _series(self, day: date, agendas: list[int], slots: list[_Slot], blocked: set[int]) -> dict[int, int]:
        taken: dict[int, int] = {}
        for series in self.series:
            need = _mask(series.span)
            if series.weekday != day.weekday() or series.space in blocked or agendas[series.agent] & need:
                continue
            agendas[series.agent] |= need
            taken[series.space] = taken.get(series.space, 0) | need
            slots.append((series.space, series.agent, *series.span, series.id, ""))
        return taken

    def _desks(self, load: float, agendas: list[int], slots: list[_Slot], blocked: set[int]) -> None:
        """Agents on site each take a desk (or a personal office opened by its owner) for their hours."""
        rng, rates = self.rng, self.rates
        people = self.desk_people
        present = min(len(people), round(len(people) * rates.presence * load * rng.uniform(0.9, 1.1)))
        opened = [r.index for r in self.personal if rng.chance(rates.personal_open)]
        places = [d for d in self.desks + opened if d not in blocked]
        if not places:
            return
        free = [0] * self.n_spaces  # cells taken, per space
        random_, n_places, tries, guests = rng.random, len(places), rates.tries, rates.guests
        full, morning = rates.full_day, rates.full_day + rates.morning
        afternoon = morning + rates.afternoon
        for agent in rng.sample(people, present):
            r = random_()
            spans = (FULL_DAY,) if r < full else (MORNING,) if r < morning else (AFTERNOON,) if r < afternoon else (
                MORNING, AFTERNOON)
            for start, end in spans:
                need = _MASKS[start, end]
                if agendas[agent] & need:  # a weekly meeting already
                    continue
                for _ in range(tries):
                    desk = places[int(random_() * n_places)]
                    if not free[desk] & need:
                        free[desk] |= need
                        if random_() < guests:
                            slots.append((desk, -1, start, end, None, self._guest()))
                        else:
                            agendas[agent] |= need
                            slots.append((desk, agent, start, end, None, ""))
                        break

    def _guest(self) -> str:
        first, last = self.rng.choice(names.FIRST_NAMES), self.rng.choice(names.LAST_NAMES)
        return f"{first} {last} ({self.rng.choice(names.COMPANIES)})"

    def _meetings(self, load: float, agendas: list[int], slots: list[_Slot], blocked: set[int], taken: dict[int, int]) -> None:
        """Meetings of 30 min to 2 h one after the other in each room, organised by free agents."""
        random_ = self.rng.random
        rate = min(1.0, self.rates.meetings * load)
        gaps, lengths = (0, 0, 0, 1, 2), (1, 2, 2, 2, 3, 4)  # in half-hours
        for room in self.rooms:
            pool = self.pools.get(room.index, self.everyone)
            if room.index in blocked or not pool:
                continue
            busy = taken.get(room.index, 0)
            cell, end = MEETING_HOURS
            while True:
                start = cell + gaps[int(random_() * 5)]
                stop = start + lengths[int(random_() * 6)]
                if stop > end:
                    break
                cell = stop
                need = _mask((start, stop))
                if busy & need or random_() >= rate:
                    continue
                agent = self._free_agent(pool, agendas, need)
                if agent >= 0:
                    busy |= need
                    slots.append((room.index, agent, start, stop, None, ""))

    def _leisure(self, day: date, load: float, agendas: list[int], slots: list[_Slot], blocked: set[int]) -> None:
        """Gym and cinema sessions, each with at most `capacity` people."""
        rng = self.rng
        for room in self.leisure:
            if room.index in blocked:
                continue
            sessions = GYM_SESSIONS if room.role is Role.GYM else CINEMA_SESSIONS.get(day.weekday(), ())
            for start, end in sessions:
                wanted = min(room.capacity, round(room.capacity * self.rates.leisure * load * rng.uniform(0.2, 1.0)))
                need = _mask((start, end))
                for _ in range(wanted):
                    agent = self._free_agent(self.everyone, agendas, need)
                    if agent >= 0:
                        slots.append((room.index, agent, start, end, None, ""))


_MASKS = {span: _mask(span) for span in (MORNING, AFTERNOON, FULL_DAY)}


# --------------------------------------------------------------------------------------------
# Booking rows
# --------------------------------------------------------------------------------------------

#: In the order SQLAlchemy compiles the table's INSERT (the mixin's columns last), so that rows
#: need no rearranging on the way to the driver.
BOOKING_FIELDS = (
    "space_id", "agent_id", "guest_name", "starts_at", "ends_at", "status", "series_id", "checked_in_at",
    "checked_out_at", "cancel_reason", "origin", "id", "version", "updated_at", "deleted_at",
)
ORIGINS = ("web", "web", "web", "web", "mobile", "mobile", "mobile", "desktop")
CONFIRMED, CHECKED_IN = BookingStatus.CONFIRMED.value, BookingStatus.CHECKED_IN.value
CANCELLED, NO_SHOW = BookingStatus.CANCELLED.value, BookingStatus.NO_SHOW.value
_ONE_DAY = 24 * 60


#: The demo's no-show release delay (site-wide rule): statuses are generated consistent with it.
_NO_SHOW_MINUTES = 30
_NO_SHOW_DELAY = timedelta(minutes=_NO_SHOW_MINUTES)


class _DayClock:
    """One day's instants, already in their stored form: the grid's cells, cells shifted by some
    minutes, and which cells are past. Built once per day, so rows only index lists."""

    def __init__(self, day: date, now: datetime, instant: Callable[[datetime | None], Any], now_text: Any) -> None:
        self.cells = [local_instant(day, cell_time(c), TIMEZONE) for c in range(GRID_CELLS + 1)]
        self.now, self.instant = now, instant
        self.texts = [instant(c) for c in self.cells]
        self.past = [c <= now for c in self.cells]
        #: Cells whose bookings the no-show release would already have freed if nobody came.
        self.released = [c + _NO_SHOW_DELAY <= now for c in self.cells]
        day_before = timedelta(days=1)
        #: When a booking of a cell was made or last changed: the day before, or "now" if that is later.
        self.booked = [instant(c - day_before) if c - day_before <= now else now_text for c in self.cells]
        #: Stored instants of `cell` shifted by `minutes`, under the key `cell * 8192 + minutes`.
        self.known: dict[int, Any] = {}

    def shifted(self, cell: int, minutes: int) -> Any:
        key = cell * 8192 + minutes
        text = self.known.get(key)
        if text is None:
            text = self.known[key] = self.instant(self.cells[cell] + timedelta(minutes=minutes))
        return text

    def capped(self, cell: int, minutes: int) -> Any:
        """`cell` + `minutes`, but never after now (a check-in under way)."""
        return self.instant(min(self.cells[cell] + timedelta(minutes=minutes), self.now))


class _BookingRows:
    """Turns allocated slots into rows in `BOOKING_FIELDS` order; statuses follow time: past
    bookings mostly checked in (some missed or cancelled), under way a mix, future confirmed."""

    def __init__(self, rng: _Random, refs: list[_SpaceRef], agents: list[dict[str, Any]], now: datetime,
                 instant: Callable[[datetime | None], Any]) -> None:
        self.rng, self.now, self.instant = rng, now, instant
        self.now_text = instant(now)
        self.space_ids = [r.id for r in refs]
        self.agent_ids = [a["id"] for a in agents]

    def rows(self, day: date, slots: Sequence[_Slot]) -> list[tuple[Any, ...]]:
        # One loop with local names: this runs a million times for the large site.
        clock = _DayClock(day, self.now, self.instant, self.now_text)
        texts, past, booked, shifted, known = clock.texts, clock.past, clock.booked, clock.shifted, clock.known
        random_, bits = self.rng.random, self.rng.getrandbits
        space_ids, agent_ids, reasons = self.space_ids, self.agent_ids, names.CANCEL_REASONS
        rows = []
        for space, agent, a, b, series, guest in slots:
            checked_in = checked_out = None
            reason = ""
            r = random_()
            if past[b]:  # over
                if r < 0.07:
                    status, reason, updated = CANCELLED, reasons[int(random_() * len(reasons))], shifted(a, -_ONE_DAY)
                elif r < 0.13:
                    status, updated = NO_SHOW, shifted(a, _NO_SHOW_MINUTES)
                else:
                    late, early = int(random_() * 21), -5 * int(random_() * 10)
                    status = CHECKED_IN
                    checked_in = known.get(a * 8192 + late) or shifted(a, late)
                    if r < 0.6:
                        checked_out = known.get(b * 8192 + early) or shifted(b, early)
                    updated = checked_out or checked_in
            elif past[a]:  # under way
                if r < 0.05:
                    status, reason, updated = CANCELLED, reasons[int(random_() * len(reasons))], booked[a]
                elif r < 0.8:
                    status = CHECKED_IN
                    checked_in = updated = clock.capped(a, int(random_() * 21))
                elif clock.released[a]:  # nobody came and the delay is over: released, as the app would
                    status, updated = NO_SHOW, shifted(a, _NO_SHOW_MINUTES)
                else:
                    status, updated = CONFIRMED, booked[a]
            else:
                status, updated = CONFIRMED, booked[a]
                if r < 0.05:
                    status, reason = CANCELLED, reasons[int(random_() * len(reasons))]
            rows.append((  # in BOOKING_FIELDS order
                space_ids[space], agent_ids[agent] if agent >= 0 else None, guest, texts[a], texts[b], status, series,
                checked_in, checked_out, reason, ORIGINS[int(random_() * 8)], uuid4_text(bits(128)), 1, updated, None,
            ))
        return rows


# --------------------------------------------------------------------------------------------
# Visits
# --------------------------------------------------------------------------------------------

_COMPANY_BY_CATEGORY = {
    VisitorCategory.VISITOR: names.COMPANIES,
    VisitorCategory.CONTRACTOR: names.COMPANIES,
    VisitorCategory.OFFICIAL: names.OFFICIAL_BODIES,
    VisitorCategory.DELIVERY: names.CARRIERS,
    VisitorCategory.CANDIDATE: ("",),
}
_CATEGORY_WEIGHTS = (
    (VisitorCategory.VISITOR, 45), (VisitorCategory.CONTRACTOR, 25), (VisitorCategory.DELIVERY, 15),
    (VisitorCategory.OFFICIAL, 8), (VisitorCategory.CANDIDATE, 7),
)


@dataclass(frozen=True)
class _PlannedVisit:
    expected_at: datetime
    hours: int
    category: VisitorCategory


_MINUTES = [timedelta(minutes=m) for m in range(-60, 61)]  # _MINUTES[60 + m] is m minutes
_HOURS = [timedelta(hours=h) for h in range(13)]
_ESCORTED = frozenset({VisitorCategory.OFFICIAL, VisitorCategory.CONTRACTOR, VisitorCategory.CANDIDATE})
EXPECTED, ON_SITE, LEFT = VisitStatus.EXPECTED.value, VisitStatus.CHECKED_IN.value, VisitStatus.CHECKED_OUT.value
VISIT_CANCELLED = VisitStatus.CANCELLED.value


class _VisitRows:
    """Visitors and their visits; statuses follow time like bookings."""

    def __init__(self, rng: _Random, site_id: str, agents: list[dict[str, Any]], now: datetime, retention_days: int) -> None:
        self.rng, self.site_id, self.now = rng, site_id, now
        self.hosts = [a["id"] for a in agents]
        self.retention = timedelta(days=retention_days)
        self.notice = timedelta(days=2)
        receptionists = [a for a in agents if a["unit"] == "BdD Paris"] or agents
        self.receptionists = [f"{a['first_name']} {a['last_name']}" for a in receptionists[:4]]
        self.badges = count(1)
        self._keys: dict[tuple[str, str, str], str] = {}

    def _pick(self, choices: Sequence[Any]) -> Any:
        return choices[int(self.rng.random() * len(choices))]

    def rows(self, planned: _PlannedVisit) -> tuple[dict[str, Any], dict[str, Any]]:
        category, pick = planned.category, self._pick
        first, last, company = pick(names.FIRST_NAMES), pick(names.LAST_NAMES), pick(_COMPANY_BY_CATEGORY[category])
        key = self._keys.get((first, last, company))
        if key is None:  # folding accents is slow, and names repeat
            key = self._keys[first, last, company] = search_key(first, last, company)
        visitor = {
            "id": self.rng.new_id(), "last_name": last, "first_name": first, "company": company,
            "search_key": key, "version": 1, "updated_at": self.now, "deleted_at": None,
        }
        expected = planned.expected_at
        visit = {
            "id": self.rng.new_id(), "site_id": self.site_id, "visitor_id": visitor["id"],
            "host_agent_id": pick(self.hosts), "expected_at": expected,
            "expected_until": expected + _HOURS[planned.hours],
            "purpose": pick(names.VISIT_PURPOSES[category.value]), "category": category.value,
            "escort_required": category in _ESCORTED or (category is VisitorCategory.VISITOR and self.rng.chance(0.5)),
            "id_check_required": category is not VisitorCategory.DELIVERY, "id_checked_by": "", "id_checked_at": None,
            "status": EXPECTED, "checked_in_at": None, "checked_out_at": None, "badge_number": "",
            "retention_until": expected + self.retention, "anonymised": False, "version": 1, "deleted_at": None,
        }
        self._follow_time(visit)
        return visitor, visit

    def _follow_time(self, visit: dict[str, Any]) -> None:
        """Past visits came (some were cancelled) and left; today's are on site or still expected."""
        rng, now, expected = self.rng, self.now, visit["expected_at"]
        visit["updated_at"] = min(expected - self.notice, now)
        arrived = expected + _MINUTES[60 + int(rng.random() * 26) - 10]
        if arrived > now:
            if rng.chance(0.04):
                visit["status"] = VISIT_CANCELLED
            return
        if rng.chance(0.05):
            visit["status"] = VISIT_CANCELLED
            return
        visit.update(status=ON_SITE, checked_in_at=arrived, badge_number=f"V-{next(self.badges):04d}", updated_at=arrived)
        if visit["id_check_required"]:
            visit.update(id_checked_by=self._pick(self.receptionists), id_checked_at=arrived)
        left = visit["expected_until"] + _MINUTES[60 + int(rng.random() * 61) - 30]
        if left <= now:
            visit.update(status=LEFT, checked_out_at=left, updated_at=left)


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


class _Background:
    """One statement at a time on a background thread, e.g. building an index.

    SQLite releases the GIL for the whole of a long statement, so on two cores the index is
    built while the next rows are prepared in Python. The connection is only touched by that
    thread between `run` and `wait`; everything else waits first.
    """

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="site-generator")
        self._pending: Future[Any] | None = None

    def run(self, work: Callable[[], object]) -> None:
        self.wait()
        self._pending = self._executor.submit(work)

    def wait(self) -> None:
        """Block until the work in flight is done; re-raise its error."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def close(self) -> None:
        try:
            self.wait()
        finally:
            self._executor.shutdown()


class _TableWriter:
    """Bulk INSERT of one table through SQLAlchemy Core, in chunks.

    The statement is compiled once from the model's table, and each value goes through its
    column type's bind processor: UtcDateTime refuses naive datetimes exactly as on the ORM
    path. Rows then reach the driver's executemany as tuples: at a million rows, Core's
    per-row handling of parameter dictionaries costs more than SQLite's insert itself.
    """

    def __init__(self, conn: Connection, table: Table, fields: Sequence[str] | None, flushed: Callable[[int], None],
                 *, autoflush: bool = True) -> None:
        dialect = conn.dialect
        compiled = insert(table).compile(dialect=dialect)
        order = list(compiled.positiontup or ())
        fields = order if fields is None else fields
        unknown = set(fields) - set(order)
        missing = [name for name in order if name not in fields]
        if unknown or missing:
            raise ValueError(f"{table.name}: fields {sorted(unknown)} unknown, {missing} missing")
        self.conn, self.sql, self.flushed, self.autoflush = conn, str(compiled), flushed, autoflush
        self.fields = tuple(fields)
        positions = [self.fields.index(name) for name in order]
        self._arrange = itemgetter(*positions)
        self._in_order = positions == list(range(len(positions)))
        self._by_key = itemgetter(order.index("id")) if "id" in order else None
        instant = UtcDateTime().dialect_impl(dialect).bind_processor(dialect)
        self.instant: Callable[[datetime | None], Any] = instant or (lambda value: value)
        self._process_at = [
            (i, process) for i, name in enumerate(self.fields)
            if (process := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
        ]
        self._buffer: list[tuple[Any, ...]] = []
        self.written = 0

    def add(self, row: Mapping[str, Any]) -> None:
        """One row given as a mapping of plain values (processed here)."""
        values = [row[name] for name in self.fields]
        for i, process in self._process_at:
            values[i] = process(values[i])
        self._buffer.append(self._arrange(values))
        if self.autoflush and len(self._buffer) >= SORTED_ROWS:
            self.flush()

    def add_ready(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Rows already in `fields` order, their instants passed through `instant`."""
        self._buffer.extend(rows if self._in_order else map(self._arrange, rows))
        if self.autoflush and len(self._buffer) >= SORTED_ROWS:
            self.flush()

    @property
    def count(self) -> int:
        """Rows written or waiting in the buffer."""
        return self.written + len(self._buffer)

    def flush(self) -> None:
        """Write the buffered rows in id order, a chunk at a time."""
        rows, self._buffer = self._buffer, []
        if self._by_key is not None:
            # Random UUIDs inserted in key order touch the primary-key index page after page:
            # a third less CPU than in generation order at a million rows.
            rows.sort(key=self._by_key)
        for start in range(0, len(rows), CHUNK_ROWS):
            chunk = rows[start:start + CHUNK_ROWS]
            self.conn.exec_driver_sql(self.sql, chunk)
            self.written += len(chunk)
            self.flushed(len(chunk))


class _Run:
    """One generation: its connection, background work, progress reporting and cancellation."""

    def __init__(self, conn: Connection, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.conn, self.total, self.progress, self.cancelled = conn, total, progress, cancelled
        self.background = _Background()
        self.done = 0

    def __enter__(self) -> _Run:
        return self

    def __exit__(self, *exc: object) -> None:
        # Even when failing: the transaction must not be rolled back under a running statement.
        self.background.close()

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise GenerationCancelled("site generation cancelled")

    def advanced(self, rows: int) -> None:
        self.done += rows
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)
        self.check()

    def writer(self, model: type, fields: Sequence[str] | None = None, *, autoflush: bool = True) -> _TableWriter:
        """A writer of `fields` (every column by default) of the model's table."""
        return _TableWriter(self.conn, model.__table__, fields, self.advanced, autoflush=autoflush)  # type: ignore[attr-defined]

    def write(self, model: type, rows: Sequence[Mapping[str, Any]]) -> None:
        writer = self.writer(model)
        for row in rows:
            writer.add(row)
        writer.flush()


#: Page cache for the load (KiB, negative per SQLite's convention): the primary-key index of a
#: million random UUIDs is ~60 MB and is updated at random places.
LOAD_CACHE_KIB = -262_144


@contextmanager
def _load_transaction(store: Store) -> Iterator[Connection]:
    """A write transaction (BEGIN IMMEDIATE) with a big page cache and no foreign-key checks.

    Every reference is taken from rows written earlier in the same load, and the checks cost
    two index lookups per booking; the tests run `PRAGMA foreign_key_check` on generated sites.
    """
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        # Connection-level pragmas, only settable outside a transaction: set before BEGIN and
        # put back before the pool hands the connection to anyone else.
        saved = {name: raw.execute(f"PRAGMA {name}").fetchone()[0] for name in ("cache_size", "foreign_keys", "temp_store")}
        raw.execute(f"PRAGMA cache_size = {LOAD_CACHE_KIB}")
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("PRAGMA temp_store = MEMORY")  # index builds sort in memory, not in temp files
        try:
            with conn.begin():
                yield conn
        except (OperationalError, DatabaseError) as exc:
            raise translate_error(exc) from exc
        finally:
            for name, value in saved.items():
                raw.execute(f"PRAGMA {name} = {value}")


def _drop_indexes(conn: Connection, *tables: str) -> list[str]:
    """Drop the secondary indexes of `tables`; returns the SQL that builds them again.

    SQLite builds an index by sorting far faster than it inserts a million keys at random
    places, row by row. On failure nothing needs rebuilding: the rollback of the load's
    transaction restores them.
    """
    marks = ", ".join(f"'{t}'" for t in tables)
    indexes = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})"
    ).all()
    for name, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in indexes]


def _build_indexes(conn: Connection, statements: Sequence[str]) -> None:
    for sql in statements:
        conn.exec_driver_sql(sql)


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    """What to generate beyond the site's description."""

    agents: int
    #: Bookings wanted (None: every working day of `window` days either side of today).
    bookings: int | None
    window: int
    visits: int
    series: int
    out_of_service: int
    featured_first_names: tuple[str, ...] = ()
    demo_visits: bool = False
    rates: _Rates = _Rates()


def _today(today: date | None) -> date:
    return today if today is not None else local_date(utc_now(), TIMEZONE)


def _reference_now(today: date) -> datetime:
    """"Now" for statuses: the real instant on the real today, else mid-morning of `today` (reproducible)."""
    now = utc_now()
    return now if local_date(now, TIMEZONE) == today else local_instant(today, time(10, 30), TIMEZONE)


def _site_row(spec: _SiteSpec, site_id: str, now: datetime) -> dict[str, Any]:
    return {
        "id": site_id, "code": spec.code, "name": spec.name, "timezone": TIMEZONE, "locale": "fr_FR",
        "address": spec.address, "holiday_region": "", "visit_retention_days": RETENTION_DAYS,
        "version": 1, "updated_at": now, "deleted_at": None,
    }


def _rule_rows(rng: _Random, site_id: str, now: datetime) -> list[dict[str, Any]]:
    """The site-wide rule and narrower ones for desks and offices (half-days), rooms and leisure."""
    blank = {
        "space_id": None, "unit": None, "opening_time": None, "closing_time": None, "closed_weekdays": None,
        "max_advance_days": None, "max_duration_minutes": None, "max_active_per_agent": None,
        "cancel_cutoff_minutes": None, "no_show_release_minutes": None, "guests_allowed": None, "extra": {},
        "version": 1, "updated_at": now, "deleted_at": None,
    }
    rules = [
        {"space_kind": None, "unit": BookingUnit.SLOT.value, "opening_time": "07:00", "closing_time": "21:00",
         "closed_weekdays": [5, 6], "max_advance_days": 30, "max_duration_minutes": 600, "max_active_per_agent": 20,
         "cancel_cutoff_minutes": 0, "no_show_release_minutes": _NO_SHOW_MINUTES, "guests_allowed": True,
         "notes": "Règles générales du site : ouvert du lundi au vendredi, de 7 h à 21 h."},
        {"space_kind": SpaceKind.DESK.value, "unit": BookingUnit.HALF_DAY.value, "opening_time": "08:00",
         "closing_time": "18:00", "max_advance_days": 14, "notes": "Postes en flex-office : réservation à la demi-journée."},
        {"space_kind": SpaceKind.OFFICE.value, "unit": BookingUnit.HALF_DAY.value, "opening_time": "08:00",
         "closing_time": "18:00", "notes": "Bureaux : réservation à la demi-journée."},
        {"space_kind": SpaceKind.MEETING_ROOM.value, "max_advance_days": 60, "max_duration_minutes": 240,
         "cancel_cutoff_minutes": 60, "notes": "Salles de réunion : créneaux de 30 min à 4 h."},
        {"space_kind": SpaceKind.LEISURE.value, "max_duration_minutes": 120, "max_active_per_agent": 3,
         "guests_allowed": False, "notes": "Salle de sport et salle de cinéma : séances collectives."},
    ]
    return [{**blank, "id": rng.new_id(), "site_id": site_id, **rule} for rule in rules]


def _out_of_service(rng: _Random, layout: _Layout, calendar: _Calendar, today: date, n: int, now: datetime
                    ) -> tuple[list[dict[str, Any]], dict[date, set[int]]]:
    """A few periods of whole days around today, on rooms and desks; returns rows and blocked days."""
    rooms = [r for r in layout.refs if r.bookable and r.kind is SpaceKind.MEETING_ROOM]
    desks = [r for r in layout.refs if r.bookable and r.kind is SpaceKind.DESK]
    rows, blocked = [], {}
    for i in range(n):
        pool = rooms if i % 2 == 0 and rooms else desks
        if not pool:
            break
        ref = rng.choice(pool)
        first = today + timedelta(days=rng.randrange(-2, 3))
        last = first + timedelta(days=rng.randrange(1, 6))
        rows.append({
            "id": rng.new_id(), "space_id": ref.id, "starts_at": local_instant(first, GRID_START, TIMEZONE),
            "ends_at": local_instant(last, cell_time(GRID_CELLS), TIMEZONE),
            "reason": names.OUT_OF_SERVICE_REASONS[0 if ref.kind is SpaceKind.MEETING_ROOM else 1 + i % 3],
            "version": 1, "updated_at": now, "deleted_at": None,
        })
        for day in calendar.between(first, last):
            blocked.setdefault(day, set()).add(ref.index)
    return rows, blocked


def _busyness(day: date, today: date, window: int) -> float:
    """1.0 up to today; bookings thin out with distance into the future (people book late)."""
    ahead = (day - today).days
    return 1.0 if ahead <= 0 else max(0.25, 1.0 - ahead / (window + 7))


def _booking_days(site: _Prepared, plan: _Plan) -> Iterator[date]:
    if plan.bookings is None:
        window = timedelta(days=plan.window)
        return iter(site.calendar.between(site.today - window, site.today + window))
    return site.calendar.around(site.today, plan.window)


def _write_bookings(run: _Run, rng: _Random, site: _Prepared, plan: _Plan) -> int:
    """Bookings day by day until the plan's count (or its window) is reached; returns how many."""
    allocator = _Allocator(rng, site.layout.refs, site.agents, plan.rates)
    allocator.add_series(plan.series)
    writer = run.writer(Booking, BOOKING_FIELDS)
    builder = _BookingRows(rng, site.layout.refs, site.agents, site.now, writer.instant)
    wanted, empty_days = plan.bookings, 0
    for day in _booking_days(site, plan):
        slots = allocator.day(day, _busyness(day, site.today, plan.window), site.blocked.get(day, set()))
        if wanted is not None:
            empty_days = 0 if slots else empty_days + 1
            if empty_days > 30:
                raise ValueError("no booking can be placed: no bookable space or no agent")
            slots = slots[: wanted - writer.count]
        writer.add_ready(builder.rows(day, slots))
        if wanted is not None and writer.count >= wanted:
            break
    writer.flush()
    return writer.written


_DEMO_VISITS = (  # (working days from today, hour, minute, hours on site, category)
    (-8, 9, 30, 2, VisitorCategory.VISITOR), (-6, 14, 0, 3, VisitorCategory.CONTRACTOR),
    (-4, 10, 0, 2, VisitorCategory.OFFICIAL), (-2, 15, 30, 1, VisitorCategory.CANDIDATE),
    (-1, 9, 0, 1, VisitorCategory.DELIVERY), (0, 8, 30, 1, VisitorCategory.DELIVERY),
    (0, 9, 15, 4, VisitorCategory.CONTRACTOR), (0, 11, 0, 2, VisitorCategory.VISITOR),
    (0, 14, 0, 2, VisitorCategory.OFFICIAL), (0, 16, 0, 1, VisitorCategory.CANDIDATE),
    (1, 9, 30, 2, VisitorCategory.VISITOR), (3, 14, 0, 3, VisitorCategory.CONTRACTOR),
)


def _planned_visits(rng: _Random, plan: _Plan, calendar: _Calendar, today: date) -> Iterator[_PlannedVisit]:
    if plan.demo_visits:
        past = calendar.between(today - timedelta(days=21), today - timedelta(days=1))
        future = calendar.between(today + timedelta(days=1), today + timedelta(days=21))
        for offset, hour, minute, hours, category in _DEMO_VISITS:
            day = today if offset == 0 else (past[offset] if offset < 0 else future[offset - 1])
            yield _PlannedVisit(local_instant(day, time(hour, minute), TIMEZONE), hours, category)
        return
    # Past visits stay within the retention period: older ones would have been anonymised.
    days = calendar.between(today - timedelta(days=RETENTION_DAYS - 1), today + timedelta(days=30))
    categories = [category for category, weight in _CATEGORY_WEIGHTS for _ in range(weight)]
    quarters = [timedelta(minutes=15 * q) for q in range(36)]  # 08:00 to 16:45
    random_, opening = rng.random, None
    for i in range(plan.visits):
        day = days[i * len(days) // plan.visits]
        if opening is None or opening[0] != day:
            # Clocks change at night: from 08:00, the day's offset holds until the evening.
            opening = (day, local_instant(day, time(8), TIMEZONE))
        yield _PlannedVisit(opening[1] + quarters[int(random_() * 36)], (1, 1, 2, 2, 3, 4)[int(random_() * 6)],
                            categories[int(random_() * len(categories))])


def _prepare_visits(run: _Run, rng: _Random, site: _Prepared, plan: _Plan) -> tuple[_TableWriter, _TableWriter]:
    """Visitors and visits, processed into writers that write nothing until flushed."""
    builder = _VisitRows(rng, site.site_id, site.agents, site.now, retention_days=RETENTION_DAYS)
    visitors, visits = run.writer(Visitor, autoflush=False), run.writer(Visit, autoflush=False)
    for planned in _planned_visits(rng, plan, site.calendar, site.today):
        visitor, visit = builder.rows(planned)
        visitors.add(visitor)
        visits.add(visit)
    return visitors, visits


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector (process-wide) during a generation.

    A generation allocates millions of tuples and dicts without cycles, and the collector
    would scan them again and again: a third of the CPU time of a large site. Reference
    counting still frees everything; cycles made meanwhile elsewhere wait for the next run.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _generate(store: Store, spec: _SiteSpec, plan: _Plan, *, today: date | None, seed: int,
              progress: Progress | None = None, cancelled: Cancelled | None = None) -> GenerationReport:
    with _collector_paused():
        return _generate_site(store, spec, plan, today=today, seed=seed, progress=progress, cancelled=cancelled)


@dataclass
class _Prepared:
    """Everything known before the first row is written: the site's places and people."""

    today: date
    now: datetime
    calendar: _Calendar
    site_id: str
    layout: _Layout
    agents: list[dict[str, Any]]
    #: Rows written first, table by table, in an order that satisfies the foreign keys.
    fixed: list[tuple[type, list[dict[str, Any]]]]
    blocked: dict[date, set[int]]


def _prepare(rng: _Random, spec: _SiteSpec, plan: _Plan, today: date | None) -> _Prepared:
    day = _today(today)
    now = _reference_now(day)
    calendar = _Calendar()
    site_id = rng.new_id()
    layout = _layout(rng, spec, site_id, now)
    agents = _agents(rng, plan.agents, now, plan.featured_first_names)
    _reserve_spaces(rng, layout, agents)
    periods, blocked = _out_of_service(rng, layout, calendar, day, plan.out_of_service, now)
    fixed = [
        (Site, [_site_row(spec, site_id, now)]), (Building, layout.buildings), (Floor, layout.floors), (Agent, agents),
        (Space, layout.spaces), (OutOfServicePeriod, periods), (BookingRule, _rule_rows(rng, site_id, now)),
    ]
    return _Prepared(day, now, calendar, site_id, layout, agents, fixed, blocked)


def _write_site(run: _Run, rng: _Random, site: _Prepared, plan: _Plan) -> tuple[int, int]:
    """Write every row; returns the numbers of bookings and visits."""
    conn = run.conn
    for model, rows in site.fixed:
        run.write(model, rows)
    booking_indexes = _drop_indexes(conn, "bookings")
    visit_indexes = _drop_indexes(conn, "visits", "visitors")
    bookings = _write_bookings(run, rng, site, plan)
    # Bookings' indexes build in the background while the visits are prepared in Python.
    run.background.run(lambda: _build_indexes(conn, booking_indexes))
    visitors, visits = _prepare_visits(run, rng, site, plan)
    run.background.wait()
    run.check()
    visitors.flush()
    visits.flush()
    _build_indexes(conn, visit_indexes)
    return bookings, visits.written


SITE_EXISTS = "this store already holds a site: generate into a new, empty file"


def _holds_a_site(store: Store) -> bool:
    with store.read() as session:
        return bool(session.scalar(select(func.count()).select_from(Site)))


def _generate_site(store: Store, spec: _SiteSpec, plan: _Plan, *, today: date | None, seed: int,
                   progress: Progress | None, cancelled: Cancelled | None) -> GenerationReport:
    if _holds_a_site(store):  # before minutes of work; checked again inside the transaction
        raise ValueError(SITE_EXISTS)
    rng = _Random(seed)
    site = _prepare(rng, spec, plan, today)
    # Progress counts rows; the final commit comes after `done == total`.
    total = sum(len(rows) for _, rows in site.fixed) + (plan.bookings or 0) + 2 * plan.visits
    with _load_transaction(store) as conn:
        if conn.scalar(select(func.count()).select_from(Site)):
            raise ValueError(SITE_EXISTS)
        with _Run(conn, total, progress, cancelled) as run:
            run.check()
            bookings, visits = _write_site(run, rng, site, plan)
            run.check()
    layout = site.layout
    return GenerationReport(
        site_id=site.site_id, buildings=len(layout.buildings), floors=len(layout.floors), spaces=len(layout.spaces),
        agents=len(site.agents), bookings=bookings, visits=visits,
    )


def generate_demo_site(store: Store, *, today: date | None = None, seed: int = 2026) -> GenerationReport:
    """The demonstration site: two buildings, four floors, ~150 spaces, 60 agents, six weeks of bookings.

    `store` must be freshly migrated and empty (ValueError if it already holds a site).
    `today` defaults to today's date in Paris; bookings cover three weeks either side of it.
    """
    plan = _Plan(
        agents=60, bookings=None, window=21, visits=len(_DEMO_VISITS), series=2, out_of_service=2,
        featured_first_names=("Hélène", "François", "Zoé", "Loïc"), demo_visits=True,
    )
    return _generate(store, _demo_spec(), plan, today=today, seed=seed)


def generate_large_site(
    store: Store, *, today: date | None = None, seed: int = 7, spaces: int = 5000, bookings: int = 1_000_000,
    visits: int = 50_000, progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> GenerationReport:
    """A site of exactly `spaces` spaces, `bookings` bookings and `visits` visits, for benchmarks.

    Floors of ~500 spaces, five to a building; one agent for every 2.5 spaces. Bookings spread
    over working days from today outwards, two past days for one future day, until the count is
    reached. `progress(done, total)` is called after every chunk of rows; when `cancelled()`
    returns True the transaction is rolled back and GenerationCancelled raised.
    """
    if spaces < 100:
        raise ValueError("a large site has at least 100 spaces")
    if bookings < 0 or visits < 0:
        raise ValueError("counts cannot be negative")
    plan = _Plan(
        agents=max(60, round(spaces * 0.4)), bookings=bookings, window=60, visits=visits,
        series=max(2, spaces // 250), out_of_service=max(2, spaces // 500),
        # A headquarters at full steam: few teleworkers, rooms in demand, many half-days.
        rates=_Rates(presence=0.8, meetings=0.5, full_day=0.35),
    )
    return _generate(store, _large_spec(spaces), plan, today=today, seed=seed, progress=progress, cancelled=cancelled)
