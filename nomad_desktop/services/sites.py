"""Sites, buildings and floors: creating them and the queries the shell's views need."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nomad_desktop.errors import NotFoundError, ValidationError
from nomad_desktop.model import Agent, Building, Conflict, Floor, Site, Space, SyncState
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.convert import building_info, floor_info, site_info
from nomad_desktop.services.outbox import create_row, patch_row, pending_by_entity
from nomad_desktop.services.records import BuildingInfo, FloorInfo, SiteInfo, SiteSummary
from nomad_desktop.sitetime import zone
from nomad_desktop.store.database import Store


def current_site(session: Session) -> Site:
    """The site this file holds (one site per file)."""
    site = session.scalars(select(Site).where(Site.deleted_at.is_(None)).limit(1)).first()
    if site is None:
        raise NotFoundError("no site in this file", what="site")
    return site


def get_site(store: Store) -> SiteInfo | None:
    with store.read() as session:
        site = session.scalars(select(Site).where(Site.deleted_at.is_(None)).limit(1)).first()
        return site_info(site) if site else None


def create_site(
    store: Store, *, code: str, name: str, timezone: str = "Europe/Paris", address: str = "",
    holiday_region: str = "", visit_retention_days: int = 90,
) -> Outcome[SiteInfo]:
    if not code.strip() or not name.strip():
        raise ValidationError("code and name are required", field="name")
    try:
        zone(timezone)
    except Exception as exc:
        raise ValidationError(f"unknown time zone {timezone!r}", field="timezone") from exc
    with store.write() as session:
        site = create_row(
            session, Site, code=code.strip(), name=name.strip(), timezone=timezone, address=address,
            holiday_region=holiday_region, visit_retention_days=visit_retention_days,
        )
        return Outcome(site_info(site), Changes(site=True, outbox=True))


def create_building(store: Store, *, code: str, name: str, address: str = "") -> Outcome[BuildingInfo]:
    with store.write() as session:
        site = current_site(session)
        building = create_row(session, Building, site_id=site.id, code=code, name=name, address=address)
        return Outcome(building_info(building), Changes(floors=True, outbox=True))


def create_floor(
    store: Store, *, building_id: str, name: str, level: int = 0, width_m: float = 0.0, height_m: float = 0.0
) -> Outcome[FloorInfo]:
    if not name.strip():
        raise ValidationError("a floor needs a name", field="name")
    with store.write() as session:
        if session.get(Building, building_id) is None:
            raise NotFoundError(building_id, what="building")
        floor = create_row(
            session, Floor, building_id=building_id, name=name.strip(), level=level, width_m=width_m, height_m=height_m
        )
        return Outcome(floor_info(floor), Changes(floors=True, outbox=True))


def rename_floor(store: Store, *, floor_id: str, name: str) -> Outcome[FloorInfo]:
    with store.write() as session:
        floor = session.get(Floor, floor_id)
        if floor is None or floor.deleted_at is not None:
            raise NotFoundError(floor_id, what="floor")
        patch_row(session, floor, name=name.strip())
        return Outcome(floor_info(floor), Changes(floors=True, outbox=True))


def list_buildings(store: Store) -> list[BuildingInfo]:
    """Buildings with their floors (lowest level first) and each floor's number of spaces."""
    with store.read() as session:
        counts = dict(
            session.execute(
                select(Space.floor_id, func.count()).where(Space.deleted_at.is_(None)).group_by(Space.floor_id)
            ).all()
        )
        floors_by_building: dict[str, list[FloorInfo]] = {}
        for floor in session.scalars(
            select(Floor).where(Floor.deleted_at.is_(None)).order_by(Floor.level, Floor.name)
        ):
            floors_by_building.setdefault(floor.building_id, []).append(floor_info(floor, counts.get(floor.id, 0)))
        return [
            building_info(b, tuple(floors_by_building.get(b.id, ())))
            for b in session.scalars(select(Building).where(Building.deleted_at.is_(None)).order_by(Building.code))
        ]


def site_summary(store: Store) -> SiteSummary:
    """Counts for the status bar and the dashboard headline, in one read."""
    with store.read() as session:
        site = session.scalars(select(Site).where(Site.deleted_at.is_(None)).limit(1)).first()

        def count(model: type, *where: object) -> int:
            return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

        by_entity = pending_by_entity(session)
        last_sync = session.get(SyncState, "last_success")
        return SiteSummary(
            site=site_info(site) if site else None,
            building_count=count(Building, Building.deleted_at.is_(None)),
            floor_count=count(Floor, Floor.deleted_at.is_(None)),
            space_count=count(Space, Space.deleted_at.is_(None)),
            bookable_count=count(Space, Space.deleted_at.is_(None), Space.bookable.is_(True)),
            agent_count=count(Agent, Agent.deleted_at.is_(None)),
            pending_changes=sum(by_entity.values()),
            pending_by_entity=by_entity,
            open_conflicts=count(Conflict, Conflict.resolved_at.is_(None)),
            last_sync=last_sync.value if last_sync else "",
        )
