"""Plain data handed to the UI and the sync engine: no ORM object ever leaves a service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class SiteInfo:
    id: str
    code: str
    name: str
    timezone: str
    locale: str
    address: str
    visit_retention_days: int


@dataclass(frozen=True)
class FloorInfo:
    id: str
    building_id: str
    name: str
    level: int
    width_m: float
    height_m: float
    backdrop_sha256: str | None
    space_count: int = 0


@dataclass(frozen=True)
class BuildingInfo:
    id: str
    code: str
    name: str
    floors: tuple[FloorInfo, ...] = ()


@dataclass(frozen=True)
class SpaceInfo:
    id: str
    floor_id: str
    kind: str
    name: str
    geometry: tuple[tuple[float, float], ...]
    rotation: float
    capacity: int
    equipment: tuple[str, ...]
    accessibility: tuple[str, ...]
    bookable: bool
    zone_id: str | None
    owner_agent_id: str | None
    label_code: str
    version: int | None


@dataclass(frozen=True)
class AgentInfo:
    id: str
    first_name: str
    last_name: str
    unit: str
    email: str

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class BookingInfo:
    id: str
    space_id: str
    space_name: str
    agent_id: str | None
    person_name: str
    starts_at: datetime
    ends_at: datetime
    status: str
    series_id: str | None
    checked_in_at: datetime | None
    checked_out_at: datetime | None


@dataclass(frozen=True)
class VisitInfo:
    id: str
    visitor_id: str
    visitor_name: str
    company: str
    host_agent_id: str | None
    host_name: str
    expected_at: datetime
    purpose: str
    category: str
    status: str
    escort_required: bool
    id_check_required: bool
    id_checked_at: datetime | None
    checked_in_at: datetime | None
    checked_out_at: datetime | None
    badge_number: str
    id_checked_by: str = ""
    site_name: str = ""


@dataclass(frozen=True)
class SiteSummary:
    """What the status bar and dashboard headline show."""

    site: SiteInfo | None
    building_count: int
    floor_count: int
    space_count: int
    bookable_count: int
    agent_count: int
    pending_changes: int
    pending_by_entity: dict[str, int] = field(default_factory=dict)
    open_conflicts: int = 0
    last_sync: str = ""


@dataclass(frozen=True)
class DayOccupancy:
    day: date
    bookable: int
    booked: int
    checked_in: int
    visits_expected: int
    visits_on_site: int
