"""Reading a DXF, and turning it into a plan, in a child process: the application's threads keep running.

ezdxf builds about a million Python objects for a 15,000-entity drawing, and the plan of it
hundreds of thousands more (points, lists). In the application they would all be walked by the
garbage collector (on the UI thread: see ui/app/ui_thread_gc.py) and copying them across the pipe
stopped the UI thread too (unpickling is one C call that holds the GIL). So a `DxfReader` child
keeps the drawing: the parent receives a summary (layers and their entity counts, for the layer
wizard), then the plan the chosen roles give, its linework already encoded as the stored bytes:
a few objects instead of a million.

The child is started before it is needed (`DxfReader()` when the person is about to choose a
file): spawning a Python and importing ezdxf costs 1-3 s, paid while the file dialog is open.
A cancel ends the child; a reader serves one drawing.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from nomad_desktop.plans.dxf import (
    DxfDrawing,
    DxfError,
    DxfLayer,
    DxfPlan,
    ProgressFn,
    linework_json,
    plan_from_dxf,
    read_dxf,
)

POLL_SECONDS = 0.05
CHUNK = 500  # lines per message when the whole drawing is asked for
CheckFn = Callable[[], None]


class DxfReader:
    """One child process holding one drawing: `read` it (a summary comes back), then `plan` it."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")  # fork would copy the threads' locks (Qt, SQLite)
        self._conn, child_end = context.Pipe(duplex=True)
        self._child = context.Process(target=_serve, args=(child_end,), daemon=True, name="nomad-dxf-reader")
        self._child.start()
        child_end.close()  # ours: the child holds its own end, EOF tells us it is gone

    def read(self, path: Path, *, progress: ProgressFn | None = None, check_cancelled: CheckFn | None = None) -> DxfDrawing:
        """The drawing's layers with their entity counts, units and bounds (no geometry: it stays in the child)."""
        self._conn.send(("read", str(path)))
        return self._answer(progress, check_cancelled)

    def plan(self, roles: Mapping[str, str], metres_per_unit: float | None = None, *, check_cancelled: CheckFn | None = None) -> DxfPlan:
        """`plan_from_dxf` of the drawing read, computed in the child; its linework comes as the stored bytes."""
        self._conn.send(("plan", dict(roles), metres_per_unit))
        return self._answer(None, check_cancelled)

    def drawing(self, *, check_cancelled: CheckFn | None = None) -> DxfDrawing:
        """The whole drawing read (every line), sent in chunks."""
        self._conn.send(("drawing",))
        return self._answer(None, check_cancelled)

    def close(self) -> None:
        if self._child.is_alive():
            self._child.terminate()  # cancelled, failed or done: nothing of it is kept
        self._child.join(5)
        self._conn.close()

    def _answer(self, progress: ProgressFn | None, check_cancelled: CheckFn | None) -> Any:
        layers: dict[str, DxfLayer] = {}
        try:
            while True:
                if check_cancelled is not None:
                    check_cancelled()
                if not self._conn.poll(POLL_SECONDS):
                    continue
                try:
                    kind, *payload = self._conn.recv()
                except EOFError as exc:
                    raise DxfError("the DXF reader stopped without an answer") from exc
                if kind == "progress":
                    if progress is not None:
                        progress(*payload)
                elif kind == "layer":
                    name, counts, texts, inserts = payload
                    layers[name] = DxfLayer(name, counts, [], [], texts, inserts)
                elif kind in ("lines", "closed"):
                    name, chunk = payload
                    getattr(layers[name], kind).extend(chunk)
                elif kind == "drawing":
                    metres_per_unit, bounds, recovered, entity_count = payload
                    return DxfDrawing(layers, metres_per_unit, bounds, recovered, entity_count)
                elif kind == "answer":
                    return payload[0]
                elif kind == "value_error":
                    raise ValueError(payload[0])
                else:
                    raise DxfError(payload[0])
        except BaseException:
            self.close()
            raise


def read_dxf_isolated(path: Path, *, progress: ProgressFn | None = None, check_cancelled: CheckFn | None = None) -> DxfDrawing:
    """Like `read_dxf` (same result, same `DxfError`s), run in a spawned child process."""
    reader = DxfReader()
    try:
        reader.read(path, progress=progress, check_cancelled=check_cancelled)
        return reader.drawing(check_cancelled=check_cancelled)
    finally:
        reader.close()


def _serve(conn: Connection) -> None:
    """The child: import ezdxf at once (the parent is still choosing a file), then answer requests."""
    try:
        import ezdxf  # noqa: F401 - warms the import read_dxf makes
    except ImportError:
        pass
    drawing: DxfDrawing | None = None
    try:
        while True:
            try:
                request, *args = conn.recv()
            except EOFError:
                return
            try:
                if request == "read":
                    drawing = read_dxf(Path(args[0]), progress=lambda done, total: conn.send(("progress", done, total)))
                    conn.send(("answer", _summary(drawing)))
                elif request == "plan" and drawing is not None:
                    plan = plan_from_dxf(drawing, args[0], args[1])
                    conn.send(("answer", DxfPlan(plan.spaces, {}, plan.width_m, plan.height_m, plan.skipped, linework_json(plan.linework))))
                elif request == "drawing" and drawing is not None:
                    _send_drawing(conn, drawing)
                else:
                    conn.send(("error", f"unexpected request {request!r}"))
            except DxfError as exc:
                conn.send(("error", str(exc)))
            except ValueError as exc:  # plan_from_dxf: units unknown
                conn.send(("value_error", str(exc)))
            except Exception as exc:  # noqa: BLE001 - any failure of the child becomes the clean refusal
                conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _summary(drawing: DxfDrawing) -> DxfDrawing:
    layers = {name: DxfLayer(name, layer.counts) for name, layer in drawing.layers.items()}
    return DxfDrawing(layers, drawing.metres_per_unit, drawing.bounds, drawing.recovered, drawing.entity_count)


def _send_drawing(conn: Connection, drawing: DxfDrawing) -> None:
    for name, layer in drawing.layers.items():
        conn.send(("layer", name, layer.counts, layer.texts, layer.inserts))
        for kind in ("lines", "closed"):
            lines = getattr(layer, kind)
            for start in range(0, len(lines), CHUNK):
                conn.send((kind, name, lines[start:start + CHUNK]))
    conn.send(("drawing", drawing.metres_per_unit, drawing.bounds, drawing.recovered, drawing.entity_count))
