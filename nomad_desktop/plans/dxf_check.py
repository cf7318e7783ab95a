"""A self-check of DXF reading as the application does it: in a child process.

The packaged application starts that child from its own executable (multiprocessing's
freeze_support in build/entry.py): `nomad-desktop --check-dxf` proves it works there, on a small
drawing written by ezdxf, so a packaging mistake shows in the build's smoke test, not in a
person's first DXF import.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from nomad_desktop.plans.dxf import DxfError, suggest_role
from nomad_desktop.plans.dxf_process import DxfReader, read_dxf_isolated

ENTITIES = 4


def check_dxf_reading() -> str:
    """Write a small DXF, read it isolated and plan it in a reader process; raises DxfError if anything differs."""
    import ezdxf

    with tempfile.TemporaryDirectory(prefix="nomad-dxf-check-") as folder:
        path = Path(folder) / "self-check.dxf"
        doc = ezdxf.new()
        doc.header["$INSUNITS"] = 6  # metres
        msp = doc.modelspace()
        msp.add_lwpolyline([(0, 0), (4, 0), (4, 3), (0, 3)], close=True, dxfattribs={"layer": "RM-OUTLINE"})
        msp.add_text("Salle", dxfattribs={"layer": "RM-IDEN", "insert": (1, 1)})
        msp.add_line((0, 0), (10, 0), dxfattribs={"layer": "A-WALL"})
        msp.add_circle((5, 5), 1, dxfattribs={"layer": "A-WALL"})
        doc.saveas(path)
        drawing = read_dxf_isolated(path)
        reader = DxfReader()
        try:
            summary = reader.read(path)
            plan = reader.plan({name: suggest_role(name) for name in summary.layers})
        finally:
            reader.close()
    names = [space.name for space in plan.spaces]
    linework = plan.stored_linework()
    if drawing.entity_count != ENTITIES or names != ["Salle"] or b'"A-WALL"' not in linework:
        raise DxfError(f"unexpected reading: {drawing.entity_count} entities, spaces {names}")
    return f"DXF check ok: {drawing.entity_count} entities read in a child process, {len(names)} room, {len(linework)} bytes of linework"
