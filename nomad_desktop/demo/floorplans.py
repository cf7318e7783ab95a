"""Floor plans drawn from data: rooms around a corridor, open-plan zones furnished with desk clusters.

A floor is a 22 m deep office plate of the "noyau central" type, in metres, origin top-left,
y downwards (like the screen)::

    y  0.0 ┌─────────────────────────────────────────────────┐
           │ north façade row: offices, meeting rooms, zones │  4.5 m
    y  4.5 ├─────────────────────────────────────────────────┤
           │ corridor (one U-shaped polygon)                 │  1.8 m
    y  6.3 │  ┌──────────────────────────────────────────────┤
           │  │ core: stairs, lifts, toilets, big rooms      │  9.4 m (two 4.7 m halves)
    y 15.7 │  └──────────────────────────────────────────────┤
           │ corridor                                        │  1.8 m
    y 17.5 ├─────────────────────────────────────────────────┤
           │ south façade row                                │  4.5 m
    y 22.0 └─────────────────────────────────────────────────┘

A `FloorProgram` lists the blocks of each row from west to east; `plan_floor` turns it into
polygons. Whatever a row leaves over at its east end becomes a storage room, so every square
metre of the plate belongs to some space and the plan reads like a real floor.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from nomad_desktop.model.enums import SpaceKind

Polygon = list[list[float]]

FACADE_DEPTH = 4.5
CORRIDOR_WIDTH = 1.8
CORE_DEPTH = 9.4
#: The corridor turns around the core's west end through a passage this wide.
PASSAGE_WIDTH = 2.0
FLOOR_DEPTH = 2 * FACADE_DEPTH + 2 * CORRIDOR_WIDTH + CORE_DEPTH  # 22.0

OFFICE_WIDTH = 3.6
DESK_WIDTH = 1.6
DESK_DEPTH = 0.8
#: Room on a cluster's long sides for the chairs.
CHAIR_CLEARANCE = 1.0
#: Leftovers narrower than this stay a gap (a thick wall) rather than become a room.
MIN_FILLER_WIDTH = 1.2


class Role(StrEnum):
    """What a planned space is for; the generator names, equips and books it by role."""

    OFFICE = "office"
    MANAGER_OFFICE = "manager_office"
    MEETING = "meeting"
    CONFERENCE = "conference"
    VISIO = "visio"
    TRAINING = "training"
    ZONE = "zone"
    DESK = "desk"
    CORRIDOR = "corridor"
    HALL = "hall"
    STAIRS = "stairs"
    LIFT = "lift"
    TOILETS = "toilets"
    KITCHEN = "kitchen"
    TECHNICAL = "technical"
    REPROGRAPHY = "reprography"
    STORAGE = "storage"
    RECEPTION = "reception"
    LOCKERS = "lockers"
    CAFETERIA = "cafeteria"
    GYM = "gym"
    CINEMA = "cinema"


ROLE_KIND: dict[Role, SpaceKind] = {
    Role.OFFICE: SpaceKind.OFFICE,
    Role.MANAGER_OFFICE: SpaceKind.OFFICE,
    Role.MEETING: SpaceKind.MEETING_ROOM,
    Role.CONFERENCE: SpaceKind.MEETING_ROOM,
    Role.VISIO: SpaceKind.MEETING_ROOM,
    Role.TRAINING: SpaceKind.MEETING_ROOM,
    Role.ZONE: SpaceKind.ZONE,
    Role.DESK: SpaceKind.DESK,
    Role.CORRIDOR: SpaceKind.CIRCULATION,
    Role.HALL: SpaceKind.CIRCULATION,
    Role.STAIRS: SpaceKind.CIRCULATION,
    Role.LIFT: SpaceKind.CIRCULATION,
    Role.TOILETS: SpaceKind.SERVICE,
    Role.KITCHEN: SpaceKind.SERVICE,
    Role.TECHNICAL: SpaceKind.SERVICE,
    Role.REPROGRAPHY: SpaceKind.SERVICE,
    Role.STORAGE: SpaceKind.SERVICE,
    Role.RECEPTION: SpaceKind.SERVICE,
    Role.LOCKERS: SpaceKind.SERVICE,
    Role.CAFETERIA: SpaceKind.SERVICE,
    Role.GYM: SpaceKind.LEISURE,
    Role.CINEMA: SpaceKind.LEISURE,
}


@dataclass(frozen=True)
class Rooms:
    """`count` identical rooms side by side, each `width` metres along the façade."""

    role: Role
    count: int = 1
    width: float = OFFICE_WIDTH
    seats: int = 1

    @property
    def total_width(self) -> float:
        return self.count * self.width


@dataclass(frozen=True)
class FlexZone:
    """An open-plan zone `width` metres long holding desk clusters of the given sizes."""

    width: float
    clusters: tuple[int, ...]

    @property
    def total_width(self) -> float:
        return self.width


@dataclass(frozen=True)
class Split:
    """Core only: one block in the north half of the core over another in the south half."""

    north: Rooms | FlexZone
    south: Rooms | FlexZone

    @property
    def total_width(self) -> float:
        return max(self.north.total_width, self.south.total_width)


Block = Rooms | FlexZone | Split


@dataclass(frozen=True)
class FloorProgram:
    """The blocks of each row, west to east. The core row starts after the west passage."""

    north: tuple[Block, ...]
    core: tuple[Block, ...]
    south: tuple[Block, ...]
    width_m: float = 60.0


@dataclass(frozen=True)
class PlannedSpace:
    """One space of a plan. `polygon` is its footprint on the floor, already turned; `rotation`
    is where a person at a desk faces, in degrees clockwise from north (up on the plan)."""

    role: Role
    polygon: Polygon
    rotation: float = 0.0
    seats: int = 1
    #: Index in the plan of the zone holding this desk.
    zone: int | None = None

    @property
    def kind(self) -> SpaceKind:
        return ROLE_KIND[self.role]


@dataclass(frozen=True)
class FloorPlan:
    width_m: float
    height_m: float
    spaces: tuple[PlannedSpace, ...]


def rectangle(x: float, y: float, width: float, height: float) -> Polygon:
    """Clockwise (on screen) corners, rounded to the centimetre so plans compare exactly."""
    x0, y0, x1, y1 = (round(v, 2) for v in (x, y, x + width, y + height))
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]


def centroid(polygon: Polygon) -> tuple[float, float]:
    """Mean of the corners: the centre of the rectangles and convex shapes used here."""
    return (sum(p[0] for p in polygon) / len(polygon), sum(p[1] for p in polygon) / len(polygon))


def contains(polygon: Polygon, x: float, y: float) -> bool:
    """Even-odd rule point-in-polygon test (points on an edge may go either way)."""
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def corridor_polygon(width: float) -> Polygon:
    """The U-shaped corridor: north corridor, west passage, south corridor."""
    top, core_top = FACADE_DEPTH, FACADE_DEPTH + CORRIDOR_WIDTH
    core_bottom, bottom = core_top + CORE_DEPTH, core_top + CORE_DEPTH + CORRIDOR_WIDTH
    return [
        [0.0, top], [width, top], [width, core_top], [PASSAGE_WIDTH, core_top],
        [PASSAGE_WIDTH, core_bottom], [width, core_bottom], [width, bottom], [0.0, bottom],
    ]


class _Drawing:
    """Accumulates the spaces of one floor; zones are appended before their desks."""

    def __init__(self) -> None:
        self.spaces: list[PlannedSpace] = []

    def add(self, space: PlannedSpace) -> int:
        self.spaces.append(space)
        return len(self.spaces) - 1

    def block(self, block: Block, x: float, y: float, depth: float) -> None:
        if isinstance(block, Split):
            half = depth / 2
            self.block(block.north, x, y, half)
            self.block(block.south, x, y + half, half)
        elif isinstance(block, FlexZone):
            self.zone(block, x, y, depth)
        else:
            for i in range(block.count):
                polygon = rectangle(x + i * block.width, y, block.width, depth)
                self.add(PlannedSpace(block.role, polygon, seats=block.seats))

    def zone(self, zone: FlexZone, x: float, y: float, depth: float) -> None:
        zone_index = self.add(PlannedSpace(Role.ZONE, rectangle(x, y, zone.width, depth), seats=sum(zone.clusters)))
        for desk in desk_clusters(zone, x, y, depth):
            self.add(PlannedSpace(Role.DESK, desk.polygon, rotation=desk.rotation, zone=zone_index))


@dataclass(frozen=True)
class _Desk:
    polygon: Polygon
    rotation: float


#: Walking room at the ends of a cluster (chairs are on its long sides).
END_CLEARANCE = 0.6


def _footprint(size: int, *, along: bool) -> tuple[float, float]:
    """Width and height of a back-to-back cluster of `size` desks, with room for chairs and walking.

    `along`: the two rows of desks run west-east (chairs north and south of the cluster);
    otherwise north-south (chairs east and west).
    """
    length, thickness = math.ceil(size / 2) * DESK_WIDTH, 2 * DESK_DEPTH
    if along:
        return length + 2 * END_CLEARANCE, thickness + 2 * CHAIR_CLEARANCE
    return thickness + 2 * CHAIR_CLEARANCE, length + 2 * END_CLEARANCE


def desk_clusters(zone: FlexZone, x: float, y: float, depth: float) -> list[_Desk]:
    """Desks of `zone`: clusters on a grid of equal cells, each centred in its cell.

    Deep zones (the core) take two rows of clusters, façade zones one. Clusters stand
    perpendicular to the façade when they fit that way (light falls from the side, as the
    French workplace rules advise), otherwise they run along it.
    """
    two_rows = depth >= 2 * _footprint(2, along=True)[1] and len(zone.clusters) > 1
    rows = 2 if two_rows else 1
    cols = math.ceil(len(zone.clusters) / rows)
    cell_w, cell_h = zone.width / cols, depth / rows
    desks: list[_Desk] = []
    for n, size in enumerate(zone.clusters):
        row, col = divmod(n, cols)
        along = _footprint(size, along=False)[1] > cell_h
        width, height = _footprint(size, along=along)
        if width > cell_w + 1e-9 or height > cell_h + 1e-9:
            raise ValueError(f"a zone {zone.width} m x {depth} m cannot hold clusters {zone.clusters}")
        desks.extend(_cluster(size, x + (col + 0.5) * cell_w, y + (row + 0.5) * cell_h, along=along))
    return desks


def _cluster(size: int, cx: float, cy: float, *, along: bool) -> list[_Desk]:
    """Two facing rows of desks centred on (cx, cy); the rows face each other (180° apart)."""
    first = math.ceil(size / 2)
    desks = []
    for side, count in ((0, first), (1, size - first)):
        for i in range(count):
            offset = (i - first / 2) * DESK_WIDTH
            if along:  # north row faces south (180°), south row faces north (0°)
                polygon = rectangle(cx + offset, cy - DESK_DEPTH + side * DESK_DEPTH, DESK_WIDTH, DESK_DEPTH)
                desks.append(_Desk(polygon, 180.0 if side == 0 else 0.0))
            else:  # west row faces east (90°), east row faces west (270°)
                polygon = rectangle(cx - DESK_DEPTH + side * DESK_DEPTH, cy + offset, DESK_DEPTH, DESK_WIDTH)
                desks.append(_Desk(polygon, 90.0 if side == 0 else 270.0))
    return desks


def _row(drawing: _Drawing, blocks: tuple[Block, ...], x0: float, x1: float, y: float, depth: float) -> None:
    """Lay `blocks` west to east from x0; the rest up to x1 becomes a storage room."""
    x = x0
    for block in blocks:
        drawing.block(block, x, y, depth)
        x += block.total_width
    left = round(x1 - x, 2)
    if left < -1e-6:
        raise ValueError(f"row blocks are {x - x0:.2f} m long, the row only {x1 - x0:.2f} m")
    if left >= MIN_FILLER_WIDTH:
        drawing.block(Rooms(Role.STORAGE, 1, left), x, y, depth)


def plan_floor(program: FloorProgram) -> FloorPlan:
    """Polygons of every space of a floor built to `program` (corridor first)."""
    width = program.width_m
    drawing = _Drawing()
    drawing.add(PlannedSpace(Role.CORRIDOR, corridor_polygon(width), seats=0))
    core_top = FACADE_DEPTH + CORRIDOR_WIDTH
    south_top = core_top + CORE_DEPTH + CORRIDOR_WIDTH
    _row(drawing, program.north, 0.0, width, 0.0, FACADE_DEPTH)
    _row(drawing, program.core, PASSAGE_WIDTH, width, core_top, CORE_DEPTH)
    _row(drawing, program.south, 0.0, width, south_top, FACADE_DEPTH)
    return FloorPlan(width_m=width, height_m=FLOOR_DEPTH, spaces=tuple(drawing.spaces))
