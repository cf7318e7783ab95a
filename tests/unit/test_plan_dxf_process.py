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
