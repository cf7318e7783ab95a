"""Reading a DXF in a child process, so the application's threads keep running.

ezdxf builds about a million Python objects for a 15,000-entity drawing: in a thread of the
application, the garbage collector's full passes over them stop every thread — the UI's too —
for 100-300 ms at a time. In a child process they live and die apart; only the plain result
(`DxfDrawing`) comes back, pickled. Progress comes back on the same pipe; a cancel ends the child.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from nomad_desktop.plans.dxf import DxfDrawing, DxfError, ProgressFn, read_dxf

POLL_SECONDS = 0.05


def read_dxf_isolated(path: Path, *, progress: ProgressFn | None = None, check_cancelled: Callable[[], None] | None = None) -> DxfDrawing:
    """Like `read_dxf` (same result, same `DxfError`s), run in a spawned child process."""
    context = multiprocessing.get_context("spawn")  # fork would copy the threads' locks (Qt, SQLite)
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_read_in_child, args=(str(path), sender), daemon=True, name="nomad-dxf-reader")
    child.start()
    sender.close()  # ours: the child holds its own end, EOF tells us it is gone
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
            elif kind == "done":
                return payload[0]
            else:
                raise DxfError(payload[0])
    finally:
        if child.is_alive():
            child.terminate()  # cancelled or failed: nothing of it is kept
        child.join(5)
        receiver.close()


def _read_in_child(path: str, sender: Connection) -> None:
    try:
        drawing = read_dxf(Path(path), progress=lambda done, total: sender.send(("progress", done, total)))
        sender.send(("done", drawing))
    except DxfError as exc:
        sender.send(("error", str(exc)))
    except Exception as exc:  # noqa: BLE001 - any failure of the child becomes the clean refusal
        sender.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        sender.close()
