"""Availability: the grid of spaces × periods the Bookings page shows, and the ranked search.

Hot paths (every space of a site for a day, a 500-space floor for a week): rows are read with
driver SQL and instants compared as the stored UTC text, so no datetime is parsed per booking.
Every booking query is bounded on `starts_at` so SQLite uses the (space|start) indexes. The
parsed spaces and rules are kept between calls (see `_catalogue`, `site_rules`): a search then
costs in proportion to the day's bookings, not to the site's spaces.
"""

from __future__ import annotations

import json
import math
import sqlite3
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from operator import attrgetter
from typing import Any, NamedTuple

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from nomad_desktop.errors import NotFoundError
from nomad_desktop.model import Agent, Booking, Building, Floor, Space
from nomad_desktop.model.enums import BookingUnit
from nomad_desktop.rules.check import day_refusals, places
from nomad_desktop.rules.effective import EffectiveRules
from nomad_desktop.rules.units import AFTERNOON, MORNING
from nomad_desktop.services.booking_checks import LONGEST_BOOKING, raw, site_facts
from nomad_desktop.services.site_rules import SiteRules, site_rules
from nomad_desktop.sitetime import local_instant
from nomad_desktop.store.database import Store

FREE, PARTIAL, BOOKED, FULL, OUT_OF_SERVICE, CLOSED, NOT_BOOKABLE = (
    "free", "partial", "booked", "full", "out_of_service", "closed", "not_bookable",
)


def stored(instant: datetime) -> str:
    """An instant as SQLite holds it (naive UTC text), for comparisons without parsing."""
    return instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass(frozen=True)
class GridSpace:
    id: str
    name: str
    kind: str
    capacity: int
    floor_id: str


@dataclass(frozen=True)
class GridColumn:
    """One period of the grid: its local day, its label kind ("morning", "afternoon", "hour") and instants."""

    day: date
    part: str
    local_start: time
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class GridCell:
    state: str
    taken: int
    capacity: int
    #: Names of the people booked, for the cell's text ("" when free).
    people: str = ""
    booking_ids: tuple[str, ...] = ()
    #: Why the cell is unavailable when closed / out of service (a holiday's name, a reason).
    note: str = ""


@dataclass(frozen=True)
class BookingGrid:
    timezone: str
    spaces: tuple[GridSpace, ...]
    columns: tuple[GridColumn, ...]
    #: cells[row][column]
    cells: tuple[tuple[GridCell, ...], ...]


@dataclass(frozen=True, slots=True)
class _SpaceRow:
    id: str
    name: str
    kind: str
    capacity: int
    #: Bookings it holds at once (capacity for leisure spaces, 1 elsewhere).
    places: int
    floor_id: str
    bookable: bool
    equipment: tuple[str, ...]
    accessibility: tuple[str, ...]
    centre: tuple[float, float]
    building_id: str
    zone_id: str | None
    equipment_set: frozenset[str]
    accessibility_set: frozenset[str]
    #: This space's search result when it is wholly free, or wholly taken, and no one is searched
    #: near: built once, shared by every search (most spaces are in one of these states).
    when_free: AvailableSpace
    when_taken: AvailableSpace


def _centre(geometry: Sequence[Sequence[float]]) -> tuple[float, float]:
    if not geometry:
        return (0.0, 0.0)
    return (sum(p[0] for p in geometry) / len(geometry), sum(p[1] for p in geometry) / len(geometry))


@dataclass(frozen=True, slots=True)
class _Selection:
    """The bookable spaces one search filter keeps, in name order and in the order results rank."""

    spaces: tuple[_SpaceRow, ...]
    by_id: dict[str, _SpaceRow]
    #: Smallest first, then by name: the ranking when no one is searched near (it does not
    #: depend on the day: a space's score is its size).
    ranked: tuple[_SpaceRow, ...]
    kinds: frozenset[str]


class _Catalogue:
    """The parsed spaces of one site file, and the selection of each search filter met so far."""

    def __init__(self, rows: list[_SpaceRow]) -> None:
        self.rows = rows
        self._selections: dict[tuple[object, ...], _Selection] = {}
        #: Few keys: one per floor and kind (the grid's choosers).
        self._grid_rows: dict[tuple[str | None, str | None], tuple[tuple[_SpaceRow, ...], tuple[GridSpace, ...]]] = {}

    def rows_of(self, floor_id: str | None, kind: str | None) -> tuple[tuple[_SpaceRow, ...], tuple[GridSpace, ...]]:
        """The spaces of a grid (bookable or not), by name, and their rows as the grid shows them."""
        key = (floor_id, kind)
        found = self._grid_rows.get(key)
        if found is None:
            rows = tuple(s for s in self.rows if (floor_id is None or s.floor_id == floor_id)
                         and (kind is None or s.kind == kind))
            found = self._grid_rows[key] = (rows, tuple(GridSpace(s.id, s.name, s.kind, s.capacity, s.floor_id)
                                                         for s in rows))
        return found

    def select(self, *, floor_id: str | None, kind: str | None, building_id: str | None, zone_id: str | None,
               min_capacity: int, equipment: frozenset[str], accessibility: frozenset[str]) -> _Selection:
        key = (floor_id, kind, building_id, zone_id, min_capacity, equipment, accessibility)
        found = self._selections.get(key)
        if found is None:
            spaces = tuple(
                s for s in self.rows
                if s.bookable and s.capacity >= min_capacity and (floor_id is None or s.floor_id == floor_id)
                and (kind is None or s.kind == kind) and (building_id is None or s.building_id == building_id)
                and (zone_id is None or s.zone_id == zone_id)
                and (not equipment or equipment <= s.equipment_set)
                and (not accessibility or accessibility <= s.accessibility_set)
            )
            ranked = tuple(sorted(spaces, key=lambda s: s.when_free.score))  # stable: ties stay by name
            found = _Selection(spaces, {s.id: s for s in spaces}, ranked, frozenset(s.kind for s in spaces))
            if len(self._selections) >= 64:  # searches vary little; keep memory bounded all the same
                self._selections.clear()
            self._selections[key] = found
        return found


#: Parsed spaces of each site file, reused while no space or floor changes (the JSON columns
#: cost more to decode than the day's bookings cost to read).
_SPACE_CACHE: dict[str, tuple[tuple[object, ...], _Catalogue]] = {}

_SPACES_SQL = (
    "SELECT s.id, s.name, s.kind, s.capacity, s.floor_id, s.bookable, s.equipment, s.accessibility, s.geometry,"
    " f.building_id, s.zone_id FROM spaces s JOIN floors f ON f.id = s.floor_id"
    " WHERE s.deleted_at IS NULL AND s.kind NOT IN ('zone', 'circulation', 'service') ORDER BY s.name"
)


def _catalogue(session: Session) -> _Catalogue:
    conn = session.connection()
    # Nothing written since this connection last checked (no row changed through it, no commit
    # by any other connection or process: SQLite's data_version): the same catalogue, without
    # scanning the spaces for the key below.
    pooled = conn.connection
    stamp = pooled.driver_connection.execute(  # type: ignore[union-attr]
        "SELECT total_changes(), (SELECT data_version FROM pragma_data_version())").fetchone()
    checked = pooled.info.get("nomad.space_catalogue")
    if checked is not None and checked[0] == stamp:
        return checked[1]  # type: ignore[no-any-return]
    catalogue = _catalogue_by_key(conn)
    pooled.info["nomad.space_catalogue"] = (stamp, catalogue)
    return catalogue


def _catalogue_by_key(conn: Connection) -> _Catalogue:
    # A change made here moves max(updated_at); one applied by sync carries the server's
    # timestamp (maybe older) but a higher version: the key sees both.
    key = tuple(conn.exec_driver_sql(
        "SELECT (SELECT count(*) FROM spaces), (SELECT max(updated_at) FROM spaces), (SELECT total(version) FROM spaces),"
        " (SELECT count(*) FROM floors), (SELECT max(updated_at) FROM floors), (SELECT total(version) FROM floors)"
    ).one())
    path = str(conn.engine.url.database)
    cached = _SPACE_CACHE.get(path)
    if cached is not None and cached[0] == key:
        return cached[1]
    rows = []
    for i, n, k, c, f, b, e, a, g, bid, z in conn.exec_driver_sql(_SPACES_SQL):
        capacity, held = max(c or 1, 1), places(k, c or 1)
        equipment, accessibility = tuple(json.loads(e or "[]")), tuple(json.loads(a or "[]"))
        when_free = AvailableSpace(i, n, k, capacity, f, held, equipment, accessibility, None, capacity / 1000)
        rows.append(_SpaceRow(i, n, k, capacity, held, f, bool(b), equipment, accessibility, _centre(json.loads(g or "[]")),
                              bid, z, frozenset(equipment), frozenset(accessibility), when_free,
                              when_free._replace(free_places=0)))
    catalogue = _Catalogue(rows)
    _SPACE_CACHE[path] = (key, catalogue)
    return catalogue


def _all_spaces(session: Session) -> list[_SpaceRow]:
    return _catalogue(session).rows


#: (space id, starts, ends, booking id, person or None) as read, instants as stored text.
_BookingRow = tuple[str, str, str, str, str | None]


def _active_rows(conn: sqlite3.Connection, columns: str, start: datetime, end: datetime,
                 space_ids: Sequence[str] | None, join: str = "") -> list[tuple[Any, ...]]:
    """`columns` of the active bookings (alias b) overlapping [start, end), instants as stored text.

    `space_ids` None reads every space's (the day's range of the covering index); a list reads
    each space's own index range, best for a floor or a few spaces. Plain driver SQL, rows kept as
    the cursor built them: this runs for every grid and search, over thousands of rows, where
    SQLAlchemy's row objects cost more than the read itself.
    """
    params: list[object] = [stored(end), stored(start - LONGEST_BOOKING), stored(start)]
    where = ""
    if space_ids is not None:
        if not space_ids:
            return []
        where = " AND b.space_id IN (" + ", ".join("?" * len(space_ids)) + ")"
        params += space_ids
    sql = (
        f"SELECT {columns} FROM bookings b{join}"
        " WHERE b.starts_at < ? AND b.starts_at > ? AND b.ends_at > ?"
        " AND b.status IN ('confirmed', 'checked_in') AND b.deleted_at IS NULL" + where
    )
    return conn.execute(sql, params).fetchall()


def _by_space_ids(ids: Sequence[str], floor_id: str | None, few: int) -> Sequence[str] | None:
    """The spaces whose index ranges to read (a floor's, or fewer than `few`), or None to read the
    whole period's range (a long period holds more rows per space than a day: `few` is lower)."""
    return ids if (floor_id is not None and len(ids) <= 5000) or len(ids) < few else None


def _bookings_between(session: Session, start: datetime, end: datetime,
                      space_ids: Sequence[str] | None) -> dict[str, list[_BookingRow]]:
    """Active bookings overlapping [start, end) with who holds them: {space_id: [(space_id, starts, ends, id, person)]}."""
    rows = _active_rows(
        raw(session), "b.space_id, b.starts_at, b.ends_at, b.id, coalesce(a.first_name || ' ' || a.last_name, b.guest_name)",
        start, end, space_ids, join=" LEFT JOIN agents a ON a.id = b.agent_id")
    found: dict[str, list[_BookingRow]] = {}
    for row in rows:
        held = found.get(row[0])
        if held is None:
            found[row[0]] = [row]
        else:
            held.append(row)
    return found


def _out_of_service(conn: sqlite3.Connection, start: datetime, end: datetime) -> dict[str, list[tuple[str, str, str]]]:
    """{space_id: [(starts, ends, reason)]} of the periods overlapping [start, end), instants as stored text."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for space_id, s, e, reason in conn.execute(
        "SELECT space_id, starts_at, ends_at, reason FROM out_of_service_periods"
        " WHERE starts_at < ? AND ends_at > ? AND deleted_at IS NULL", (stored(end), stored(start))
    ):
        found.setdefault(space_id, []).append((s, e, reason))
    return found


def _peak(intervals: list[tuple[str, str]]) -> int:
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals])
    peak = current = 0
    for _at, delta in events:
        current += delta
        peak = max(peak, current)
    return peak


def _closed_notes(days: Sequence[date], columns: Sequence[GridColumn], rules: EffectiveRules,
                  region: str) -> list[str | None]:
    """Per column: None when open that day, else why closed (a holiday's name, or "")."""
    by_day = {}
    for day in days:
        refusals = day_refusals(day, rules, region)
        by_day[day] = refusals[0].params.get("holiday", "") if refusals else None
    return [by_day[c.day] for c in columns]


@lru_cache(maxsize=4096)
def _plain_cell(state: str, places: int, note: str = "") -> GridCell:
    """The one shared cell of a state that names nobody (free, closed, out of service, not bookable)."""
    return GridCell(state, 0, places, note=note)


def _cell(space: _SpaceRow, col_start: str, col_end: str, closed_note: str | None,
          here: Sequence[_BookingRow], outages: Sequence[tuple[str, str, str]]) -> GridCell:
    """The cell of `space` in the column [col_start, col_end), given the bookings and outages overlapping it."""
    if not space.bookable:
        return _plain_cell(NOT_BOOKABLE, space.places)
    if closed_note is not None:
        return _plain_cell(CLOSED, space.places, closed_note)
    if outages:
        return _plain_cell(OUT_OF_SERVICE, space.places, outages[0][2])
    if not here:
        return _plain_cell(FREE, space.places)
    if len(here) == 1:  # the usual case: one person on a desk
        _, _, _, booking_id, who = here[0]
        state = BOOKED if space.places == 1 else PARTIAL
        return GridCell(state, 1, space.places, who or "", (booking_id,))
    taken = _peak([(max(s, col_start), min(e, col_end)) for _, s, e, _, _ in here])
    people = ", ".join(sorted({who or "" for *_, who in here}))
    ids = tuple(row[3] for row in here)
    if taken >= space.places:
        return GridCell(FULL if space.places > 1 else BOOKED, taken, space.places, people, ids)
    return GridCell(PARTIAL, taken, space.places, people, ids)


#: A grid cell's bookings and outages (those overlapping its column).
_CellContent = tuple[list[_BookingRow], list[tuple[str, str, str]]]


def _cells_touched(column_starts: list[str], column_ends: list[str], bookings: dict[str, list[_BookingRow]],
                   outages: dict[str, list[tuple[str, str, str]]]) -> dict[str, dict[int, _CellContent]]:
    """{space id: {column index: (bookings, outages) overlapping it}} for the columns (sorted, not
    overlapping) that a booking or an outage of the space overlaps; the others stay as they were."""
    found: dict[str, dict[int, _CellContent]] = {}
    last = len(column_starts)
    for space_id, held in bookings.items():
        cells: dict[int, _CellContent] = {}
        for row in held:
            starts, ends = row[1], row[2]
            i = max(bisect_right(column_starts, starts) - 1, 0)
            while i < last and column_starts[i] < ends:
                if column_ends[i] > starts:
                    cell = cells.get(i)
                    if cell is None:
                        cells[i] = ([row], [])
                    else:
                        cell[0].append(row)
                i += 1
        found[space_id] = cells
    for space_id, periods in outages.items():
        cells = found.setdefault(space_id, {})
        for period in periods:
            i = max(bisect_right(column_starts, period[0]) - 1, 0)
            while i < last and column_starts[i] < period[1]:
                if column_ends[i] > period[0]:
                    cells.setdefault(i, ([], []))[1].append(period)
                i += 1
    return found


def _columns(days: Sequence[date], rules: EffectiveRules, tz: str, hourly: bool) -> list[GridColumn]:
    columns = []
    for day in days:
        if hourly:
            opening = rules.opening.hour
            closing = 24 if rules.closing == time.max else rules.closing.hour + (1 if rules.closing.minute else 0)
            for hour in range(opening, closing):
                start = local_instant(day, time(hour), tz)
                end = local_instant(day + timedelta(days=1), time(0), tz) if hour == 23 else local_instant(day, time(hour + 1), tz)
                columns.append(GridColumn(day, "hour", time(hour), start, end))
        else:
            # Half-day columns cover the whole day (split where afternoons start), so a session
            # at 12:00 or an evening film still shows in a week of mixed kinds.
            midday = local_instant(day, rules.afternoon_start, tz)
            columns.append(GridColumn(day, MORNING, time(0), local_instant(day, time(0), tz), midday))
            columns.append(GridColumn(day, AFTERNOON, rules.afternoon_start, midday,
                                      local_instant(day + timedelta(days=1), time(0), tz)))
    return columns


def booking_grid(store: Store, *, first_day: date, days: int = 1, floor_id: str | None = None,
                 kind: str | None = None, hourly: bool | None = None) -> BookingGrid:
    """Spaces × periods of `days` local days from `first_day`: half-days, or hours for slot-booked kinds.

    `hourly` None: hours for a one-day grid of a kind booked by 15-minute slots, half-days otherwise.
    """
    with store.read() as session:
        conn = raw(session)
        site = site_facts(conn)
        tz, region = site.timezone, site.holiday_region
        spaces, grid_spaces = _catalogue(session).rows_of(floor_id, kind)
        book = site_rules(conn, site.id)
        grid_rules = book.rules(kind or "desk", "")
        if hourly is None:
            hourly = days == 1 and grid_rules.unit == BookingUnit.SLOT
        day_list = [first_day + timedelta(days=i) for i in range(days)]
        columns = _columns(day_list, grid_rules, tz, hourly)
        if not columns:
            return BookingGrid(tz, (), (), ())
        start, end = columns[0].starts_at, columns[-1].ends_at
        bookings = _bookings_between(session, start, end, _by_space_ids([s.id for s in spaces], floor_id, few=50))
        outages = _out_of_service(conn, start, end)
    text_bounds = [(stored(c.starts_at), stored(c.ends_at)) for c in columns]
    # One pass over the period's bookings and outages: each joins the cells it overlaps.
    touched_cells = _cells_touched([s for s, _ in text_bounds], [e for _, e in text_bounds], bookings, outages)
    # Cells are immutable: a free, closed or unbookable cell is one shared object, and a space
    # with nothing booked or out of service gets the row shared by its rules and capacity. A space
    # holding bookings gets that row with only the cells its bookings touch recomputed.
    closed_notes: dict[object, list[str | None]] = {}
    empty_rows: dict[tuple[object, int, bool], tuple[GridCell, ...]] = {}
    own_rules = book.spaces_with_own_rules
    rows = []
    for space in spaces:
        key = (space.kind, space.id) if space.id in own_rules else space.kind
        notes = closed_notes.get(key)
        if notes is None:
            notes = closed_notes[key] = _closed_notes(day_list, columns, book.rules(space.kind, space.id), region)
        row_key = (key, space.places, space.bookable)
        empty = empty_rows.get(row_key)
        if empty is None:
            empty = empty_rows[row_key] = tuple(_cell(space, s, e, note, (), ()) for (s, e), note in zip(
                text_bounds, notes, strict=True))
        touched = touched_cells.get(space.id)
        if touched is None or not space.bookable:
            rows.append(empty)
            continue
        row = list(empty)
        for i, (held, out) in touched.items():
            s, e = text_bounds[i]
            row[i] = _cell(space, s, e, notes[i], held, out)
        rows.append(tuple(row))
    return BookingGrid(tz, grid_spaces, tuple(columns), tuple(rows))


class AvailableSpace(NamedTuple):
    """One space of a search result. A named tuple: thousands are built per search, a tuple is built fastest."""

    id: str
    name: str
    kind: str
    capacity: int
    floor_id: str
    free_places: int
    equipment: tuple[str, ...]
    accessibility: tuple[str, ...]
    #: Metres from the agent's place when searching near someone (None otherwise or on another floor).
    distance_m: float | None
    score: float


def day_availability(store: Store, *, day: date, floor_id: str | None = None, kind: str | None = None
                     ) -> list[AvailableSpace]:
    """Every bookable space of the site (or floor, or kind) with its free places over the local `day`'s opening hours."""
    return search_availability(store, day=day, floor_id=floor_id, kind=kind, only_free=False, limit=None)


def search_availability(
    store: Store, *, day: date, start: time | None = None, end: time | None = None, kind: str | None = None,
    min_capacity: int = 1, equipment: Sequence[str] = (), accessibility: Sequence[str] = (),
    building_id: str | None = None, floor_id: str | None = None, zone_id: str | None = None,
    near_agent_id: str | None = None, near_space_id: str | None = None, only_free: bool = True,
    limit: int | None = 50,
) -> list[AvailableSpace]:
    """Spaces free on the local `day` from `start` to `end` (default: the whole opening day), ranked.

    Ranking: nearest to the agent's place that day (or last known place) when `near_agent_id`
    is given (or to the space `near_space_id`: where a moved booking was), then the smallest space that fits (a two-person need gets no 12-seat room), then name.
    """
    with store.read() as session:
        conn = raw(session)
        site = site_facts(conn)
        tz, region = site.timezone, site.holiday_region
        selection = _catalogue(session).select(
            floor_id=floor_id, kind=kind, building_id=building_id, zone_id=zone_id, min_capacity=min_capacity,
            equipment=frozenset(equipment), accessibility=frozenset(accessibility))
        book = site_rules(conn, site.id)
        day_start = local_instant(day, time(0), tz)
        day_end = local_instant(day + timedelta(days=1), time(0), tz)
        rows = _active_rows(conn, "b.space_id, b.starts_at, b.ends_at", day_start, day_end,
                            _by_space_ids(list(selection.by_id), floor_id, few=500))
        outages = _out_of_service(conn, day_start, day_end)
        anchor = _agent_anchor(session, near_agent_id, day_start) if near_agent_id else None
        if near_space_id is not None:
            anchor = next(((s.floor_id, s.centre) for s in _all_spaces(session) if s.id == near_space_id), None)
    free = _not_wholly_free(selection, book, rows, outages, day, start, end, tz, region)
    get = free.get
    if anchor is None:
        # The ranking is the selection's own (by size, then name): no sort, and the shared result
        # of each wholly free or wholly taken space.
        if only_free:
            results = [s.when_free if f is None else s.when_free._replace(free_places=f)
                       for s in selection.ranked if (f := get(s.id)) is None or f > 0]
        else:
            results = [s.when_free if (f := get(s.id)) is None else s.when_taken if f == 0
                       else s.when_free._replace(free_places=f) for s in selection.ranked]
        return results[:limit] if limit else results
    results = []
    for space in selection.spaces:
        places_free = get(space.id, space.places)
        if only_free and places_free <= 0:
            continue
        distance = math.dist(anchor[1], space.centre) if anchor[0] == space.floor_id else None
        score = (1e6 if distance is None else distance) + space.capacity / 1000
        results.append(AvailableSpace(space.id, space.name, space.kind, space.capacity, space.floor_id, places_free,
                                      space.equipment, space.accessibility, distance, score))
    # Spaces come sorted by name and the sort is stable: ties on the score stay by name.
    results.sort(key=attrgetter("score"))
    return results[:limit] if limit else results


def _not_wholly_free(selection: _Selection, book: SiteRules, rows: Sequence[tuple[str, str, str]],
                     outages: dict[str, list[tuple[str, str, str]]], day: date, start: time | None,
                     end: time | None, tz: str, region: str) -> dict[str, int]:
    """Free places over the searched period of each selected space not wholly free then.

    Work in proportion to the day's bookings, not to the spaces: a space absent from the answer
    is wholly free (most of them).
    """
    by_id = selection.by_id
    kind_bounds = {kind: _day_bounds(book.rules(kind, ""), day, start, end, tz, region) for kind in selection.kinds}
    own_bounds = {space_id: _day_bounds(book.rules(by_id[space_id].kind, space_id), day, start, end, tz, region)
                  for space_id in book.spaces_with_own_rules if space_id in by_id}
    free: dict[str, int] = {}
    shared: dict[str, list[tuple[str, str]]] = {}
    for space_id, starts, ends in rows:
        space = by_id.get(space_id)
        if space is None:
            continue
        bounds = own_bounds[space_id] if space_id in own_bounds else kind_bounds[space.kind]
        if bounds is None or starts >= bounds[1] or ends <= bounds[0]:
            continue
        if space.places == 1:  # a desk, an office, a room: taken or not
            free[space_id] = 0
        else:
            shared.setdefault(space_id, []).append((max(starts, bounds[0]), min(ends, bounds[1])))
    for space_id, intervals in shared.items():
        free[space_id] = max(by_id[space_id].places - _peak(intervals), 0)
    for space_id, periods in outages.items():
        space = by_id.get(space_id)
        if space is None:
            continue
        bounds = own_bounds[space_id] if space_id in own_bounds else kind_bounds[space.kind]
        if bounds is not None and any(s < bounds[1] and e > bounds[0] for s, e, _ in periods):
            free[space_id] = 0
    if None in kind_bounds.values() or None in own_bounds.values():
        # Closed that day (a weekend, a public holiday) for some kinds: no place at all there.
        for space in selection.spaces:
            if (own_bounds[space.id] if space.id in own_bounds else kind_bounds[space.kind]) is None:
                free[space.id] = 0
    return free


def _day_bounds(rules: EffectiveRules, day: date, start: time | None, end: time | None, tz: str,
                region: str) -> tuple[str, str] | None:
    """The searched period of `day` under `rules` as stored text, or None when the space is closed then."""
    if day_refusals(day, rules, region):
        return None
    s_i = local_instant(day, start or rules.opening, tz)
    if end:
        e_i = local_instant(day, end, tz)
    elif rules.closing == time.max:
        e_i = local_instant(day + timedelta(days=1), time(0), tz)
    else:
        e_i = local_instant(day, rules.closing, tz)
    return (stored(s_i), stored(e_i)) if e_i > s_i else None


def _agent_anchor(session: Session, agent_id: str, day_start: datetime) -> tuple[str, tuple[float, float]] | None:
    """Where the agent sits: their booking nearest to that day (before first), as (floor, centre)."""
    if session.get(Agent, agent_id) is None:
        raise NotFoundError(agent_id, what="agent")
    row = session.execute(
        select(Space.floor_id, Space.geometry).join(Booking, Booking.space_id == Space.id)
        .where(Booking.agent_id == agent_id, Booking.deleted_at.is_(None),
               Booking.starts_at < day_start + timedelta(days=1))
        .order_by(Booking.starts_at.desc()).limit(1)
    ).first()
    if row is None:
        return None
    return row[0], _centre(row[1] or ())


def floors_and_kinds(store: Store) -> list[tuple[str, str, str]]:
    """(floor id, building name, floor name) of the site, lowest level first, for the page's floor chooser."""
    with store.read() as session:
        rows = session.execute(
            select(Floor.id, Building.name, Floor.name).join(Building, Building.id == Floor.building_id)
            .where(Floor.deleted_at.is_(None)).order_by(Building.code, Floor.level)
        ).all()
        return [(i, b, f) for i, b, f in rows]
