"""DXF import: a plan written by ezdxf becomes rooms named by their labels, desks with their
rotation, zones and backdrop linework in metres; damaged files are refused cleanly."""

from __future__ import annotations

from pathlib import Path

import ezdxf
import pytest

from nomad_desktop.plans.dxf import DxfError, plan_from_dxf, read_dxf, suggest_role
from nomad_desktop.services import floors as floor_services
from nomad_desktop.services import sites as site_services
from nomad_desktop.services import spaces as space_services
from nomad_desktop.store.database import Store


def write_plan(path: Path, *, insunits: int = 6) -> Path:
    doc = ezdxf.new()
    doc.header["$INSUNITS"] = insunits
    msp = doc.modelspace()
    desk = doc.blocks.new("BUREAU-160")
    desk.add_lwpolyline([(-0.8, -0.4), (0.8, -0.4), (0.8, 0.4), (-0.8, 0.4)], close=True)
    msp.add_lwpolyline([(0, 0), (20, 0), (20, 10), (0, 10)], close=True, dxfattribs={"layer": "A-WALL"})
    msp.add_line((10, 0), (10, 10), dxfattribs={"layer": "A-WALL"})
    msp.add_lwpolyline([(0, 6), (5, 6), (5, 10), (0, 10)], close=True, dxfattribs={"layer": "RM-OUTLINE"})
    msp.add_lwpolyline([(5, 6), (10, 6), (10, 10), (5, 10)], close=True, dxfattribs={"layer": "RM-OUTLINE"})
    msp.add_lwpolyline([(0, 0), (3, 0), (3, 3)], dxfattribs={"layer": "RM-OUTLINE"})  # open: skipped
    msp.add_text("Salle Foch", dxfattribs={"layer": "RM-IDEN", "insert": (1, 8)})
    msp.add_text("Bureau 12", dxfattribs={"layer": "RM-IDEN", "insert": (6, 8)})
    msp.add_lwpolyline([(11, 0), (20, 0), (20, 5), (11, 5)], close=True, dxfattribs={"layer": "ZONE-FLEX"})
    msp.add_blockref("BUREAU-160", (13, 2), dxfattribs={"layer": "FURN-DESK", "rotation": 90})
    msp.add_blockref("BUREAU-160", (15, 2), dxfattribs={"layer": "FURN-DESK"})
    msp.add_circle((18, 8), 0.5, dxfattribs={"layer": "A-WALL"})
    msp.add_point((1, 1), dxfattribs={"layer": "A-WALL"})  # not linework: reported
    doc.saveas(path)
    return path


def test_common_layer_names_prefill_the_wizard() -> None:
    assert suggest_role("A-AREA-IDEN") == "labels"
    assert suggest_role("A-AREA") == "rooms"
    assert suggest_role("RM-OUTLINE") == "rooms"
    assert suggest_role("I-FURN-DESK") == "desks"
    assert suggest_role("ZONE-FLEX") == "zones"
    assert suggest_role("A-WALL") == "backdrop"


def test_dxf_plan_becomes_named_rooms_rotated_desks_zones_and_linework(tmp_path: Path) -> None:
    drawing = read_dxf(write_plan(tmp_path / "plan.dxf"))
    assert drawing.metres_per_unit == 1.0 and not drawing.recovered
    roles = {name: suggest_role(name) for name in drawing.layers}
    plan = plan_from_dxf(drawing, roles)
    by_kind: dict[str, list] = {}
    for space in plan.spaces:
        by_kind.setdefault(space.kind, []).append(space)
    assert sorted(s.name for s in by_kind["office"]) == ["Bureau 12", "Salle Foch"]
    foch = next(s for s in by_kind["office"] if s.name == "Salle Foch")
    # y is flipped: the DXF's top (y = 10) is the floor's y = 0.
    assert foch.geometry == [[0.0, 4.0], [5.0, 4.0], [5.0, 0.0], [0.0, 0.0]]
    assert len(by_kind["zone"]) == 1 and len(by_kind["desk"]) == 2
    rotated = next(s for s in by_kind["desk"] if s.rotation != 0)
    assert rotated.rotation == -90.0
    xs = [p[0] for p in rotated.geometry]
    assert max(xs) - min(xs) == pytest.approx(0.8)  # turned a quarter: 80 cm wide now
    assert set(plan.linework) >= {"A-WALL"} and len(plan.linework["A-WALL"]) == 3
    assert plan.skipped["open_outline"] == 1
    assert plan.skipped["unsupported_on_backdrop"] == 1
    assert (plan.width_m, plan.height_m) == (20.0, 10.0)


def test_drawing_in_millimetres_is_converted_and_unitless_needs_a_scale(tmp_path: Path) -> None:
    drawing = read_dxf(write_plan(tmp_path / "mm.dxf", insunits=4))
    assert drawing.metres_per_unit == pytest.approx(0.001)
    assert plan_from_dxf(drawing, {}).width_m == pytest.approx(0.02)
    unitless = read_dxf(write_plan(tmp_path / "none.dxf", insunits=0))
    assert unitless.metres_per_unit is None
    with pytest.raises(ValueError):
        plan_from_dxf(unitless, {})
    assert plan_from_dxf(unitless, {}, metres_per_unit=0.01).width_m == pytest.approx(0.2)


def test_damaged_dxf_is_refused_and_truncated_dxf_recovered_or_refused(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.dxf"
    garbage.write_bytes(b"\x00\x01 this is not a drawing \xff" * 100)
    with pytest.raises(DxfError):
        read_dxf(garbage)
    full = write_plan(tmp_path / "plan.dxf").read_bytes()
    truncated = tmp_path / "truncated.dxf"
    truncated.write_bytes(full[: len(full) // 2])
    try:
        drawing = read_dxf(truncated)
    except DxfError:
        return
    assert drawing.recovered


def test_import_creates_spaces_and_linework_backdrop_in_one_unit_of_work(store: Store, tmp_path: Path) -> None:
    site_services.create_site(store, code="T", name="Test")
    building = site_services.create_building(store, code="A", name="A").value
    floor = site_services.create_floor(store, building_id=building.id, name="RDC").value
    drawing = read_dxf(write_plan(tmp_path / "plan.dxf"))
    plan = plan_from_dxf(drawing, {name: suggest_role(name) for name in drawing.layers})
    assert floor_services.import_dxf_plan(store, floor_id=floor.id, plan=plan).value == 5
    assert len(space_services.list_spaces(store, floor_id=floor.id)) == 5
    backdrop = floor_services.get_backdrop(store, floor_id=floor.id)
    assert backdrop is not None and backdrop.media_type == floor_services.LINEWORK_MEDIA_TYPE
