"""Benchmarks of the floor plan: the large floor (5,000 desks + 300 rooms + a DXF of ~15,000 entities).

    uv run python tests/bench/bench_plan.py [--quick]

Prints one JSON object per line: {"name", "value", "unit"} and, where a naive approach is the
natural floor, "baseline" and "ratio" measured in the same run. Rendering is measured into an
offscreen image (QT_QPA_PLATFORM=offscreen), the way the view paints its viewport.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

TARGETS = {
    "open_large_floor": 1000, "frame_p95_zoomed_in": 16, "frame_p95_zoom_to_fit": 33, "drag_200_desks_per_move": 8,
    "recolour_5000_desks": 50, "overlap_check_whole_floor": 200, "dxf_import_15000_entities": 5000,
    "dxf_import_max_event_loop_block": 100, "live_check_move_1_desk": 5, "live_check_move_200_desks": 5,
    "live_check_move_1_room": 5, "page_nudge_1_desks_max_ui_block": 50, "page_nudge_200_desks_max_ui_block": 50,
}


def emit(name: str, value: float, unit: str = "ms", baseline: float | None = None) -> None:
    record: dict[str, object] = {"name": name, "value": round(value, 2), "unit": unit}
    if name in TARGETS:
        record["target"] = TARGETS[name]
    if baseline is not None:
        record["baseline"] = round(baseline, 2)
        record["ratio"] = round(baseline / value, 1) if value else None
    print(json.dumps(record), flush=True)


def build_large_floor(store: object, desks: int, rooms: int) -> str:
    """Rooms along two façades, open-plan zones in the middle filled with desk rows."""
    from nomad_desktop.model import Space
    from nomad_desktop.services import sites as site_services

    site_services.create_site(store, code="BIG", name="Grand site")
    building = site_services.create_building(store, code="A", name="Bâtiment A").value
    per_row = 50
    rows = -(-desks // per_row)
    width = max(rooms // 2 * 4.0, per_row * 1.8 + 4)
    height = 12 + rows * 2.0 + 4
    floor = site_services.create_floor(store, building_id=building.id, name="Plateau", width_m=width, height_m=height).value
    rows_data = []
    for i in range(rooms):
        x = (i % (rooms // 2)) * 4.0
        y = 0.0 if i < rooms // 2 else height - 5
        rows_data.append({"floor_id": floor.id, "kind": "office" if i % 5 else "meeting_room", "name": f"Local {i + 1:03d}",
                          "geometry": [[x, y], [x + 4, y], [x + 4, y + 5], [x, y + 5]], "capacity": 1})
    for n in range(desks):
        row, col = divmod(n, per_row)
        x, y = 2 + col * 1.8, 7 + row * 2.0
        rows_data.append({"floor_id": floor.id, "kind": "desk", "name": f"Poste {n + 1:04d}",
                          "geometry": [[x, y], [x + 1.6, y], [x + 1.6, y + 0.8], [x, y + 0.8]], "capacity": 1})
    # A bulk load (the generator's way, SQLAlchemy Core): the benchmark measures opening, not drawing.
    import uuid

    from nomad_desktop.clock import utc_now

    now = utc_now()
    with store.write() as session:  # type: ignore[attr-defined]
        session.execute(Space.__table__.insert(), [
            {"id": str(uuid.uuid4()), "rotation": 0.0, "equipment": [], "accessibility": [], "bookable": True,
             "zone_id": None, "owner_agent_id": None, "restricted_units": [], "label_code": "", "notes": "", "extra": {},
             "version": 1, "updated_at": now, "deleted_at": None, **r} for r in rows_data
        ])
    return floor.id


def write_large_dxf(path: Path, entities: int, width: float, height: float) -> None:
    import ezdxf

    doc = ezdxf.new()
    doc.header["$INSUNITS"] = 6
    msp = doc.modelspace()
    per_layer = entities // 3
    for i in range(per_layer):
        x = (i * 0.37) % width
        msp.add_line((x, 0), (x, height * ((i % 7) + 1) / 8), dxfattribs={"layer": "A-WALL"})
    for i in range(per_layer):
        x, y = (i * 1.3) % width, (i * 0.7) % height
        msp.add_lwpolyline([(x, y), (x + 0.5, y), (x + 0.5, y + 0.5), (x, y + 0.5)], close=True, dxfattribs={"layer": "A-FURN-SYMB"})
    for i in range(entities - 2 * per_layer):
        x, y = (i * 2.1) % width, (i * 1.1) % height
        msp.add_circle((x, y), 0.2, dxfattribs={"layer": "A-DOOR"})
    doc.saveas(path)


def frame_times(view: object, image: object, frames: int, step: int) -> list[float]:
    from PySide6.QtGui import QPainter

    times = []
    for i in range(frames):
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + step * (1 if i % 20 < 10 else -1))  # type: ignore[attr-defined]
        start = time.perf_counter()
        image.fill(0xFFFFFFFF)  # type: ignore[attr-defined]
        painter = QPainter(image)
        painter.setRenderHints(view.renderHints())  # type: ignore[attr-defined]  # antialiased, as on screen
        view.render(painter)  # type: ignore[attr-defined]
        painter.end()
        times.append((time.perf_counter() - start) * 1000)
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def main() -> None:
    quick = "--quick" in sys.argv
    desks, rooms, entities = (1500, 100, 4000) if quick else (5000, 300, 15000)

    from PySide6.QtCore import QEvent, QEventLoop, QPointF, Qt
    from PySide6.QtGui import QImage, QMouseEvent
    from PySide6.QtWidgets import QApplication

    from nomad_desktop.plans.checks import check_floor, check_pairwise_naive
    from nomad_desktop.plans.dxf import linework_json, plan_from_dxf, read_dxf, suggest_role
    from nomad_desktop.plans.dxf_process import DxfReader, read_dxf_isolated
    from nomad_desktop.plans.floor_checker import FloorChecker
    from nomad_desktop.services import sites as site_services
    from nomad_desktop.services import spaces as space_services
    from nomad_desktop.store.database import Store
    from nomad_desktop.store.migrate import migrate
    from ui.plan.canvas import PlanCanvas
    from ui.plan.linework import linework_paths
    from ui.plan.scene import SCALE, FloorPlanScene
    from ui.tasks.taskman import TaskManager

    app = QApplication.instance() or QApplication(sys.argv)
    work = Path(tempfile.mkdtemp(prefix="bench-plan-"))
    store = Store(work / "big.sqlite")
    migrate(store)
    floor_id = build_large_floor(store, desks, rooms)
    floor = next(f for b in site_services.list_buildings(store) for f in b.floors if f.id == floor_id)

    # 1. Open the large floor: read its spaces and build the scene.
    scene = FloorPlanScene()
    start = time.perf_counter()
    spaces = space_services.list_spaces(store, floor_id=floor_id)
    scene.show_floor(floor, spaces)
    emit("open_large_floor", (time.perf_counter() - start) * 1000)

    # The DXF backdrop of the large floor (also measured below as an import).
    dxf_path = work / "large.dxf"
    write_large_dxf(dxf_path, entities, floor.width_m, floor.height_m)
    drawing = read_dxf(dxf_path)
    roles = {name: "backdrop" for name in drawing.layers}
    plan = plan_from_dxf(drawing, roles)
    paths = linework_paths(json.dumps(plan.linework).encode())
    scene.set_linework(paths)

    class Editor:
        def move_spaces(self, *args: object, **kwargs: object) -> None: ...

    view = PlanCanvas(scene, Editor())
    view.resize(1600, 1000)
    view.show()
    app.processEvents()
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)

    # 2. Pan/zoom frames, zoomed in (a few rooms across) and at zoom-to-fit.
    view.zoom_to_fit()
    fit = frame_times(view, image, 30 if quick else 60, 0)
    view.resetTransform()
    view.scale(1.0, 1.0)  # 1 px per cm: a few metres across, labels legible
    view.centerOn(QPointF(floor.width_m * SCALE / 2, floor.height_m * SCALE / 2))
    zoomed = frame_times(view, image, 30 if quick else 60, 40)
    emit("frame_p95_zoomed_in", p95(zoomed))

    # Naive backdrop: one item per CAD entity, same drawing, same zoom-to-fit.
    from PySide6.QtGui import QColor, QPen

    naive_scene = FloorPlanScene()
    naive_scene.show_floor(floor, spaces)
    pen = QPen(QColor("#929292"), 1)
    pen.setCosmetic(True)
    for layer_lines in plan.linework.values():
        for flat in layer_lines:
            from PySide6.QtGui import QPainterPath, QPolygonF

            path = QPainterPath()
            path.addPolygon(QPolygonF([QPointF(flat[i] * SCALE, flat[i + 1] * SCALE) for i in range(0, len(flat) - 1, 2)]))
            naive_scene.addPath(path, pen).setZValue(-0.4)
    naive_view = PlanCanvas(naive_scene, Editor())
    naive_view.resize(1600, 1000)
    naive_view.show()
    app.processEvents()
    naive_view.zoom_to_fit()
    naive_fit = frame_times(naive_view, image, 10 if quick else 20, 0)
    emit("frame_p95_zoom_to_fit", p95(fit), baseline=p95(naive_fit))
    naive_view.close()
    # The baseline's 15,000 items and the set-up's parsed drawing must not weigh on the next
    # measures: the garbage collector walks every live object, and would stall them for them.
    del naive_view, naive_scene, path, drawing, plan
    import gc

    gc.collect()

    # 3. Drag 200 selected desks: mouse moves with the button held, each followed by a repaint.
    view.zoom_to_fit()
    desk_items = [scene.items_by_id[s.id] for s in spaces if s.kind == "desk"][:200]
    for item in desk_items:
        item.setSelected(True)
    viewport = view.viewport()
    start_pos = view.mapFromScene(desk_items[0].polygon().boundingRect().center())

    def send(kind: QEvent.Type, pos: object, button: Qt.MouseButton, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, start_pos, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton)
    moves, handling = [], []
    for i in range(1, 41):
        pos = start_pos + type(start_pos)(i * 3, i)
        t = time.perf_counter()
        send(QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)
        handling.append((time.perf_counter() - t) * 1000)
        viewport.repaint()
        moves.append((time.perf_counter() - t) * 1000)
    view.tool.cancel()
    emit("drag_200_desks_per_move", statistics.median(moves))  # event + full repaint at zoom-to-fit
    emit("drag_200_desks_event_only", statistics.median(handling))

    # 4. Recolour every desk for another date.
    statuses = {s.id: ("free", "booked", "occupied", "out_of_service")[i % 4] for i, s in enumerate(spaces) if s.kind == "desk"}
    scene.set_live(True, statuses)
    start = time.perf_counter()
    scene.set_live(True, {k: ("booked" if v == "free" else "free") for k, v in statuses.items()})
    emit("recolour_5000_desks" if not quick else "recolour_1500_desks", (time.perf_counter() - start) * 1000)

    # 5. Whole-floor overlap check; naive pairwise on a 1,000-space sample (quadratic: the full floor takes minutes).
    start = time.perf_counter()
    check_floor(spaces)
    whole = (time.perf_counter() - start) * 1000
    sample = spaces[:1000]
    start = time.perf_counter()
    check_pairwise_naive(sample)
    naive = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    check_floor(sample)
    fast_sample = (time.perf_counter() - start) * 1000
    emit("overlap_check_whole_floor", whole)
    emit("overlap_check_1000_spaces", fast_sample, baseline=naive)

    # 5b. Live checks per edit: the floor's kept findings updated for what an edit touched,
    # against checking the whole floor again after each edit (the baseline).
    checker = FloorChecker(spaces)
    desk_list = [s for s in spaces if s.kind == "desk"]
    room = next(s for s in spaces if s.kind in ("office", "meeting_room"))
    gestures = {
        "live_check_move_1_desk": [desk_list[7]],
        "live_check_move_200_desks": desk_list[100:300],
        "live_check_move_1_room": [room],
    }
    for name, moved in gestures.items():
        times = []
        for step in range(20):
            offset = 0.1 if step % 2 == 0 else -0.1
            edited = [dataclasses.replace(s, geometry=tuple((x + offset, y) for x, y in s.geometry)) for s in moved]
            start = time.perf_counter()
            checker.update(edited)
            checker.issues()
            checker.summary()
            times.append((time.perf_counter() - start) * 1000)
            moved = edited
        emit(name, statistics.median(times), baseline=whole)

    # 6. DXF import off the UI thread while a 10 ms timer watches the event loop. As in the application,
    # Python's collector runs on the UI thread only (so whatever the import leaves behind is walked there).
    from ui.app.ui_thread_gc import UiThreadCollector

    collector = UiThreadCollector()
    tasks = TaskManager()
    name = f"dxf_import_{entities}_entities" if quick else "dxf_import_15000_entities"

    def watched(job: Callable[[object], object]) -> tuple[float, float]:
        """Total ms (until the linework is on the scene) and the longest event-loop gap in ms."""
        watch = LoopWatch(interval_ms=10)
        done: list[object] = []
        # The application's event loop: it sleeps until an event comes (a busy processEvents() loop would
        # take the GIL from the worker a thousand times a second and slow the import it measures).
        loop = QEventLoop()

        def finished(future: Future[object]) -> None:
            done.append(future.result())
            loop.quit()

        start = time.perf_counter()
        watch.start()
        tasks.run(job, on_done=finished, on_db=False)
        loop.exec()
        scene.set_linework(done[0])  # type: ignore[arg-type]
        app.processEvents()
        elapsed = (time.perf_counter() - start) * 1000
        watch.stop()
        return elapsed, max(watch.gaps, default=0.0)

    def import_job(reader_at_start: DxfReader | None) -> Callable[[object], object]:
        def job(ctx: object) -> object:
            # What the page does: read in the reader process, map the layers, plan there, draw the stored linework.
            reader = reader_at_start or DxfReader()
            try:
                d = reader.read(dxf_path, progress=ctx.progress, check_cancelled=ctx.check_cancelled)  # type: ignore[attr-defined]
                p = reader.plan({name: suggest_role(name) for name in d.layers}, check_cancelled=ctx.check_cancelled)  # type: ignore[attr-defined]
            finally:
                reader.close()
            return linework_paths(p.stored_linework(), ctx.check_cancelled)  # type: ignore[attr-defined]
        return job

    def naive_job(ctx: object) -> object:
        # Naive: the whole drawing pickled back to this process, planned and encoded here (the previous way).
        d = read_dxf_isolated(dxf_path, progress=ctx.progress, check_cancelled=ctx.check_cancelled)  # type: ignore[attr-defined]
        p = plan_from_dxf(d, {name: suggest_role(name) for name in d.layers})
        return linework_paths(linework_json(p.linework))

    naive, naive_block = watched(naive_job)
    collector.collect_if_due()
    # The page starts the reader when the file dialog opens: its imports pass while the person chooses the file.
    reader = DxfReader()
    time.sleep(3.0)
    prestarted, prestarted_block = watched(import_job(reader))
    cold, cold_block = watched(import_job(None))  # a reader started with the import: its start-up counted too
    emit(name, prestarted, baseline=naive)
    emit(name + "_reader_started_with_import", cold, baseline=naive)
    emit("dxf_import_max_event_loop_block", max(prestarted_block, cold_block), baseline=naive_block)
    tasks.shutdown()
    collector.timer.stop()
    app.removeEventFilter(collector)
    view.close()
    store.close()
    bench_page_edit(work, desks, rooms)


class LoopWatch:
    """How long the event loop was kept from running: the gaps between the ticks of a short timer."""

    def __init__(self, interval_ms: int) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = 0
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = self._clock.elapsed()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.elapsed()
        self.gaps.append(now - self._last)
        self._last = now


def bench_page_edit(work: Path, desks: int, rooms: int) -> None:
    """7. An edit on the large floor through the plan page, as a person makes it: arrow-key nudges
    of 1 and of 200 selected desks. The figure is the longest the UI thread is busy at once, from
    the key press until the edit is saved and the checks, list and map show it (a 2 ms timer
    watches the event loop)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from nomad_desktop.workspace import Workspace
    from ui.app.context import AppContext
    from ui.app.settings import Settings
    from ui.app.ui_thread_gc import UiThreadCollector
    from ui.plan.view import PlanView

    app = QApplication.instance()
    collector = UiThreadCollector(app)  # the application's collection policy (see ui_thread_gc.py)
    collector.freeze_startup()
    workspace = Workspace.open(work / "workspace")
    build_large_floor(workspace.open_site("big"), desks, rooms)
    context = AppContext(workspace, Settings(work / "settings.ini"))
    view = PlanView(context)
    view.resize(1440, 900)
    view.show()
    view.refresh()
    view.set_live(False)

    # Waiting as the application's event loop does: asleep until an event comes (a busy loop would
    # take the GIL from the worker saving the edit). A 10 ms timer wakes it to look at `done`.
    wake = QTimer()
    wake.start(10)

    def settle(done: object) -> None:
        while not done():  # type: ignore[operator]
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # type: ignore[union-attr]

    settle(lambda: view.checker is not None and len(view.spaces) >= desks and context.tasks.running == 0)
    start = time.perf_counter()
    gc.collect()
    emit("full_garbage_collection_large_floor_open", (time.perf_counter() - start) * 1000)
    desk_ids = [s.id for s in view.spaces.values() if s.kind == "desk"]
    for count in (1, 200):
        view.scene.select_ids(desk_ids[:count])
        view.canvas.setFocus()
        settle(lambda: context.tasks.running == 0)
        watch = LoopWatch(interval_ms=2)
        blocks = watch.gaps
        totals: list[float] = []
        for step in range(6):
            watch.start()
            start = time.perf_counter()
            QTest.keyClick(view.canvas, Qt.Key.Key_Right if step % 2 == 0 else Qt.Key.Key_Left)
            blocks.append((time.perf_counter() - start) * 1000)  # the key press itself, on the UI thread
            settle(lambda: view.pending_edits == 0 and context.tasks.running == 0)
            app.processEvents()  # type: ignore[union-attr]
            totals.append((time.perf_counter() - start) * 1000)
            watch.stop()
        if "--blocks" in sys.argv:  # diagnosis: the longest gaps, not only the longest one
            print(sorted(blocks)[-8:], file=sys.stderr)
        emit(f"page_nudge_{count}_desks_max_ui_block", max(blocks))
        emit(f"page_nudge_{count}_desks_saved_and_shown", statistics.median(totals))
    wake.stop()
    view.close()
    context.shutdown()
    collector.timer.stop()


if __name__ == "__main__":
    main()
