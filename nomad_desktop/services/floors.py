"""A floor's backdrop (the architect's plan under the drawing) and its scale.

The backdrop is stored once as a content-addressed blob; the floor points at it with the number
of backdrop units (pixels, or drawing units for CAD linework) per metre and the position of the
backdrop's origin in metres. Decoding images is the UI's business (Qt); this module keeps bytes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from nomad_desktop.errors import NotFoundError, ValidationError
from nomad_desktop.model import Blob, Floor, Space
from nomad_desktop.plans.dxf import DxfPlan
from nomad_desktop.plans.reimport import PlanDiff
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.convert import floor_info
from nomad_desktop.services.outbox import create_row, delete_row, patch_row
from nomad_desktop.services.records import FloorInfo
from nomad_desktop.store.database import Store

#: Largest backdrop file accepted (bytes): a plan bigger than this is not a plan.
MAX_BACKDROP_BYTES = 64 * 1024 * 1024
#: Media type of CAD linework extracted from a DXF (JSON: {layer: [[x, y, …], …]} in metres).
LINEWORK_MEDIA_TYPE = "application/vnd.nomad.linework+json"


@dataclass(frozen=True)
class Backdrop:
    sha256: str
    media_type: str
    data: bytes
    units_per_metre: float
    origin_x: float
    origin_y: float


def _floor(session: object, floor_id: str) -> Floor:
    floor = session.get(Floor, floor_id)  # type: ignore[attr-defined]
    if floor is None or floor.deleted_at is not None:
        raise NotFoundError(floor_id, what="floor")
    return floor


def set_backdrop(
    store: Store, *, floor_id: str, data: bytes, media_type: str, units_per_metre: float,
    origin_x: float = 0.0, origin_y: float = 0.0,
) -> Outcome[FloorInfo]:
    """Put a backdrop under the floor (replacing any previous one; the old blob stays for undo/sync)."""
    if not data:
        raise ValidationError("empty backdrop", field="backdrop")
    if len(data) > MAX_BACKDROP_BYTES:
        raise ValidationError("backdrop too large", field="backdrop")
    if not units_per_metre > 0:
        raise ValidationError("scale must be positive", field="scale")
    sha = hashlib.sha256(data).hexdigest()
    with store.write() as session:
        floor = _floor(session, floor_id)
        if session.get(Blob, sha) is None:
            session.add(Blob(sha256=sha, media_type=media_type, size=len(data), data=data))
            session.flush()
        patch_row(session, floor, backdrop_sha256=sha, backdrop_scale=float(units_per_metre),
                  backdrop_origin_x=float(origin_x), backdrop_origin_y=float(origin_y))
        return Outcome(floor_info(floor), Changes(floors=True, outbox=True))


def calibrate_floor(store: Store, *, floor_id: str, units_per_metre: float) -> Outcome[FloorInfo]:
    """Set the backdrop's scale, from two points a person clicked and the distance they typed."""
    if not units_per_metre > 0:
        raise ValidationError("scale must be positive", field="scale")
    with store.write() as session:
        floor = _floor(session, floor_id)
        patch_row(session, floor, backdrop_scale=float(units_per_metre))
        return Outcome(floor_info(floor), Changes(floors=True, outbox=True))


def get_backdrop(store: Store, *, floor_id: str) -> Backdrop | None:
    with store.read() as session:
        floor = _floor(session, floor_id)
        if floor.backdrop_sha256 is None:
            return None
        blob = session.get(Blob, floor.backdrop_sha256)
        if blob is None:
            return None
        return Backdrop(blob.sha256, blob.media_type, bytes(blob.data), floor.backdrop_scale or 1.0,
                        floor.backdrop_origin_x, floor.backdrop_origin_y)


def import_dxf_plan(store: Store, *, floor_id: str, plan: DxfPlan) -> Outcome[int]:
    """Create the spaces a DXF import found and put its linework under the floor, all or nothing."""
    linework = plan.stored_linework()
    sha = hashlib.sha256(linework).hexdigest()
    with store.write() as session:
        floor = _floor(session, floor_id)
        for space in plan.spaces:
            create_row(
                session, Space, floor_id=floor_id, kind=space.kind, name=space.name, geometry=space.geometry,
                rotation=space.rotation, capacity=0 if space.kind == "zone" else 1, bookable=space.kind != "zone",
            )
        if session.get(Blob, sha) is None:
            session.add(Blob(sha256=sha, media_type=LINEWORK_MEDIA_TYPE, size=len(linework), data=linework))
            session.flush()
        patch_row(
            session, floor, backdrop_sha256=sha, backdrop_scale=1.0, backdrop_origin_x=0.0, backdrop_origin_y=0.0,
            width_m=max(floor.width_m, plan.width_m), height_m=max(floor.height_m, plan.height_m),
        )
        return Outcome(len(plan.spaces), Changes(floors=True, spaces=True, outbox=True))


def export_floor_geojson(store: Store, *, floor_id: str) -> bytes:
    """The floor and its spaces as GeoJSON (IMDF feature types), ready to write to a file."""
    from nomad_desktop.plans import geojson
    from nomad_desktop.services.spaces import list_spaces

    with store.read() as session:
        floor = floor_info(_floor(session, floor_id))
    return geojson.dumps(geojson.export_floor(floor, list_spaces(store, floor_id=floor_id)))


def import_floor_geojson(store: Store, *, floor_id: str, data: bytes) -> Outcome[int]:
    """Create the spaces of a GeoJSON file on the floor, all or nothing (ValidationError if malformed)."""
    from nomad_desktop.plans import geojson

    planned = geojson.import_features(data)
    with store.write() as session:
        _floor(session, floor_id)
        for space in planned:
            if space.kind not in {"desk", "office", "meeting_room", "leisure", "zone", "circulation", "service"}:
                raise ValidationError(f"unknown kind {space.kind!r}", field="kind")
            create_row(session, Space, floor_id=floor_id, kind=space.kind, name=space.name, geometry=space.geometry,
                       rotation=space.rotation, capacity=0 if space.kind in ("zone", "circulation", "service") else 1,
                       bookable=space.kind in ("desk", "office", "meeting_room", "leisure"))
        return Outcome(len(planned), Changes(spaces=True, outbox=True))


def apply_revised_plan(store: Store, *, floor_id: str, diff: PlanDiff, plan: DxfPlan | None = None) -> Outcome[int]:
    """Apply a confirmed re-import: changed spaces keep their ids (and bookings), all in one unit of
    work; with the DXF `plan`, its linework becomes the floor's backdrop too."""
    with store.write() as session:
        floor = _floor(session, floor_id)
        if plan is not None:
            linework = plan.stored_linework()
            sha = hashlib.sha256(linework).hexdigest()
            if session.get(Blob, sha) is None:
                session.add(Blob(sha256=sha, media_type=LINEWORK_MEDIA_TYPE, size=len(linework), data=linework))
                session.flush()
            patch_row(session, floor, backdrop_sha256=sha, backdrop_scale=1.0)
        for old, new in diff.changed:
            space = session.get(Space, old.id)
            if space is None or space.deleted_at is not None:
                raise NotFoundError(old.id, what="space")
            patch_row(session, space, geometry=[list(p) for p in new.geometry], name=new.name or space.name)
        for new in diff.added:
            create_row(session, Space, floor_id=floor_id, kind=new.kind, name=new.name, geometry=new.geometry,
                       rotation=new.rotation, capacity=0 if new.kind == "zone" else 1, bookable=new.kind != "zone")
        for old in diff.removed:
            space = session.get(Space, old.id)
            if space is not None and space.deleted_at is None:
                delete_row(session, space)
        return Outcome(len(diff.changed) + len(diff.added) + len(diff.removed), Changes(floors=True, spaces=True, outbox=True))
