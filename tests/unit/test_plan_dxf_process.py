"""The DXF is read in a child process (the UI keeps running): same drawing as read in-process,
same clean refusal of a damaged file, a cancel ends the child; the linework is stored byte for
byte as one json.dumps would write it, but encoded line by line."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest
from test_plan_dxf import write_plan

from nomad_desktop.plans.dxf import DxfError, linework_json, plan_from_dxf, read_dxf, suggest_role
from nomad_desktop.plans.dxf_process import read_dxf_isolated


class Cancelled(Exception):
    pass


def test_drawing_read_in_a_child_process_is_the_one_read_in_process(tmp_path: Path) -> None:
    path = write_plan(tmp_path / "plan.dxf")
    seen: list[tuple[int, int]] = []
    isolated = read_dxf_isolated(path, progress=lambda done, total: seen.append((done, total)))
    assert isolated == read_dxf(path)
    assert seen and seen[0][1] > 0  # progress crossed the pipe


def test_damaged_dxf_is_refused_the_same_way_from_the_child(tmp_path: Path) -> None:
    path = tmp_path / "damaged.dxf"
    path.write_bytes(write_plan(tmp_path / "good.dxf").read_bytes()[:700] + b"\n  0\nGARBAGE\n")
    with pytest.raises(DxfError):
        read_dxf_isolated(path)


def test_cancel_ends_the_child_process(tmp_path: Path) -> None:
    path = write_plan(tmp_path / "plan.dxf")
    with pytest.raises(Cancelled):
        read_dxf_isolated(path, check_cancelled=lambda: (_ for _ in ()).throw(Cancelled()))
    assert not [p for p in multiprocessing.active_children() if p.name == "nomad-dxf-reader"]


def test_linework_is_stored_exactly_as_one_json_dumps_would_write_it(tmp_path: Path) -> None:
    drawing = read_dxf(write_plan(tmp_path / "plan.dxf"))
    plan = plan_from_dxf(drawing, {name: suggest_role(name) for name in drawing.layers})
    assert plan.linework
    assert linework_json(plan.linework) == json.dumps(plan.linework, separators=(",", ":")).encode()
    assert linework_json({}) == b"{}"


def test_plan_made_in_the_reader_process_is_the_one_made_in_process(tmp_path: Path) -> None:
    from nomad_desktop.plans.dxf_process import DxfReader

    path = write_plan(tmp_path / "plan.dxf")
    drawing = read_dxf(path)
    roles = {name: suggest_role(name) for name in drawing.layers}
    roles["A-WALL"] = "rooms"  # a person's choice in the wizard, not the suggestion
    reader = DxfReader()
    try:
        summary = reader.read(path)
        # The wizard's summary: every layer and its counts, but no geometry crossed the pipe.
        assert {n: layer.counts for n, layer in summary.layers.items()} == {n: layer.counts for n, layer in drawing.layers.items()}
        assert not any(layer.lines or layer.closed for layer in summary.layers.values())
        assert (summary.metres_per_unit, summary.bounds, summary.entity_count) == (drawing.metres_per_unit, drawing.bounds, drawing.entity_count)
        planned = reader.plan(roles)
    finally:
        reader.close()
    expected = plan_from_dxf(drawing, roles)
    assert planned.spaces == expected.spaces and planned.skipped == expected.skipped
    assert (planned.width_m, planned.height_m) == (expected.width_m, expected.height_m)
    assert planned.stored_linework() == linework_json(expected.linework)  # the blob stored, byte for byte


def test_reader_refuses_a_plan_without_units_like_plan_from_dxf(tmp_path: Path) -> None:
    from nomad_desktop.plans.dxf_process import DxfReader

    reader = DxfReader()
    try:
        reader.read(write_plan(tmp_path / "unitless.dxf", insunits=0))
        with pytest.raises(ValueError):
            reader.plan({})
    finally:
        reader.close()
    assert not reader._child.is_alive()


def test_round_mm_is_pythons_round_to_three_decimals_bit_for_bit() -> None:
    import math
    import random
    import struct

    import numpy as np

    from nomad_desktop.plans.dxf import round_mm

    rng = random.Random(3)
    values = [rng.uniform(-m, m) for m in (1, 100, 1e4, 1e6, 1e9, 1e13) for _ in range(5000)]
    for k in range(-3000, 3000):  # halves (ties), their neighbours, exact thousandths
        half = (k + 0.5) / 1000
        values += [half, math.nextafter(half, math.inf), math.nextafter(half, -math.inf), k / 1000]
    values += [0.0, -0.0, -0.0004, 2.675, 1.0005, 1e300, -math.inf, math.inf, 2.0**53 + 1]
    rounded = round_mm(np.array(values)).tolist()
    assert [struct.pack("<d", v) for v in rounded] == [struct.pack("<d", round(v, 3)) for v in values]
