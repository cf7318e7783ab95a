"""ORM rows → plain records. Kept in one place so every service returns the same shapes."""

from __future__ import annotations

from nomad_desktop.model import Agent, Building, Floor, Site, Space
from nomad_desktop.services.records import AgentInfo, BuildingInfo, FloorInfo, SiteInfo, SpaceInfo


def site_info(site: Site) -> SiteInfo:
    return SiteInfo(
        id=site.id,
        code=site.code,
        name=site.name,
        timezone=site.timezone,
        locale=site.locale,
        address=site.address,
        visit_retention_days=site.visit_retention_days,
    )


def floor_info(floor: Floor, space_count: int = 0) -> FloorInfo:
    return FloorInfo(
        id=floor.id,
        building_id=floor.building_id,
        name=floor.name,
        level=floor.level,
        width_m=floor.width_m,
        height_m=floor.height_m,
        backdrop_sha256=floor.backdrop_sha256,
        space_count=space_count,
    )


def building_info(building: Building, floors: tuple[FloorInfo, ...] = ()) -> BuildingInfo:
    return BuildingInfo(id=building.id, code=building.code, name=building.name, floors=floors)


def space_info(space: Space) -> SpaceInfo:
    return SpaceInfo(
        id=space.id,
        floor_id=space.floor_id,
        kind=space.kind,
        name=space.name,
        geometry=tuple((float(x), float(y)) for x, y in space.geometry),
        rotation=space.rotation,
        capacity=space.capacity,
        equipment=tuple(space.equipment),
        accessibility=tuple(space.accessibility),
        bookable=space.bookable,
        zone_id=space.zone_id,
        owner_agent_id=space.owner_agent_id,
        label_code=space.label_code,
        version=space.version,
    )


def agent_info(agent: Agent) -> AgentInfo:
    return AgentInfo(
        id=agent.id,
        first_name=agent.first_name,
        last_name=agent.last_name,
        unit=agent.unit,
        email=agent.email,
    )
