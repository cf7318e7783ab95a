"""Reading a DXF in a child process, so the application's threads keep running.

ezdxf builds about a million Python objects for a 15,000-entity drawing: in a thread of the
application, the garbage collector's full passes over them stop every thread — the UI's too —
for 100-300 ms at a time. In a child process they live and die apart; only the plain result
(`DxfDrawing`) comes back, pickled in chunks of lines: unpickling it whole is one C call that holds
the GIL for 100+ ms. The collector is paused while the chunks arrive, and what exists then is
frozen (`gc.freeze`): its full passes over the 300,000 new tuples plus the whole application's
objects stopped the UI thread 130-220 ms; with this, 25-65 ms. Frozen objects are still freed by
reference counting (the drawing's lists and tuples are); only cycles among them wait, until the
next DXF read unfreezes them. Progress comes back on the same pipe; a cancel ends the child.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from nomad_desktop.plans.dxf import DxfDrawing, DxfError, DxfLayer, ProgressFn, read_dxf

POLL_SECONDS = 0.05
CHUNK = 500  # lines per message


def read_dxf_isolated(path: Path, *, progress: ProgressFn | None = None, check_cancelled: Callable[[], None] | None = None) -> DxfDrawing:
    """Like `read_dxf` (same result, same `DxfError`s), run in a spawned child process."""
    gc.unfreeze()  # the previous read's freeze: those objects may be collected again
    context = multiprocessing.get_context("spawn")  # fork would copy the threads' locks (Qt, SQLite)
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_read_in_child, args=(str(path), sender), daemon=True, name="nomad-dxf-reader")
    child.start()
    sender.close()  # ours: the child holds its own end, EOF tells us it is gone
    layers: dict[str, DxfLayer] = {}
    collector_was_on = gc.isenabled()
    try:
        while True:
            if check_cancelled is not None:
                check_cancelled()
            if not receiver.poll(POLL_SECONDS):
                continue
            try:
                kind, *payload = receiver.recv()
            except EOFError as exc:
                raise DxfError("the DXF reader stopped without an answer") from exc
            if kind == "progress":
                if progress is not None:
                    progress(*payload)
            elif kind == "layer":
                gc.disable()  # from the first chunk to the last: a fraction of a second
                name, counts, texts, inserts = payload
                layers[name] = DxfLayer(name, counts, [], [], texts, inserts)
            elif kind in ("lines", "closed"):
                name, chunk = payload
                getattr(layers[name], kind).extend(chunk)
            elif kind == "done":
                metres_per_unit, bounds, recovered, entity_count = payload
                gc.freeze()
                return DxfDrawing(layers, metres_per_unit, bounds, recovered, entity_count)
            else:
                raise DxfError(payload[0])
    finally:
        if collector_was_on:
            gc.enable()
        if child.is_alive():
            child.terminate()  # cancelled or failed: nothing of it is kept
        child.join(5)
        receiver.close()


def _read_in_child(path: str, sender: Connection) -> None:
    try:
        drawing = read_dxf(Path(path), progress=lambda done, total: sender.send(("progress", done, total)))
        for name, layer in drawing.layers.items():
            sender.send(("layer", name, layer.counts, layer.texts, layer.inserts))
            for kind in ("lines", "closed"):
                lines = getattr(layer, kind)
                for start in range(0, len(lines), CHUNK):
                    sender.send((kind, name, lines[start:start + CHUNK]))
        sender.send(("done", drawing.metres_per_unit, drawing.bounds, drawing.recovered, drawing.entity_count))
    except DxfError as exc:
        sender.send(("error", str(exc)))
    except Exception as exc:  # noqa: BLE001 - any failure of the child becomes the clean refusal
        sender.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        sender.close()
