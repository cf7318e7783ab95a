"""Exports painted off the UI thread: the scene is recorded on it, a worker writes the file; the
PDF opens back in QtPdf with its page size and text, a backdrop is kept, a cancel leaves no file."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from plan_support import plan, wait_saved
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument

from ui.plan.backdrop import decode
from ui.plan.export import PlanPrinter, prepare_png, write_pdf, write_png
from ui.tasks.taskman import TaskCancelled, TaskContext

__all__ = ["plan"]


@pytest.fixture
def playing_threads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the threads that play the recorded plan onto the page (the painting)."""
    import ui.plan.export as export

    threads: list[str] = []
    original = export.play

    def spying_play(*args: Any) -> None:
        threads.append(threading.current_thread().name)
        original(*args)

    monkeypatch.setattr(export, "play", spying_play)
    return threads


def a3_landscape_text(path: Path) -> str:
    """The text of the one A3 landscape page of the PDF at `path` (checked as it is opened)."""
    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready and document.pageCount() == 1
    size = document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (1191, 842)  # A3 landscape, in points
    return document.getAllText(0).text()


def test_pdf_export_runs_in_a_worker_and_opens_back_with_its_page_size_and_text(
    qtbot: Any, plan: Any, tmp_path: Path, playing_threads: list[str]
) -> None:
    view, _store, _ids = plan
    path = tmp_path / "rdc-a3.pdf"
    view.export_floor(path, page="A3")
    wait_saved(qtbot, view)
    assert playing_threads and threading.main_thread().name not in playing_threads  # painted off the UI thread
    text = a3_landscape_text(path)
    assert "RDC" in text and ("Scale 1:" in text or "Échelle 1:" in text)
    assert "Salle" in text and "Foch" in text  # a room label, recorded and played back
    assert "Floor exported" in view.status_line.text() or "exporté" in view.status_line.text()


def test_png_export_keeps_the_backdrop_under_the_plan(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    view, _store, _ids = plan
    backdrop = QImage(240, 100, QImage.Format.Format_RGB32)
    backdrop.fill(QColor("#FF0000"))  # a red plan: easy to find in the export
    view.scene.set_backdrop(backdrop, 10.0)  # 10 px per metre: covers the 24 × 10 m floor
    path = tmp_path / "rdc.png"
    view.export_floor(path)
    wait_saved(qtbot, view)
    image = decode(path.read_bytes(), "image/png").image
    # Inside the floor, away from any space: the backdrop shows through at its 55 % opacity.
    pixel = image.pixelColor(round(image.width() * 0.5), round(image.height() * 0.85))
    assert pixel.red() > 200 and pixel.green() < 160
    assert view.scene.backdrop_item.isVisible()  # hidden only while the scene was recorded


def test_a_cancelled_export_stops_and_leaves_no_file(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    view, _store, _ids = plan
    context = TaskContext(lambda *_a: None)
    context.cancel()
    job = PlanPrinter(view).prepare_pdf(view.scene, title="RDC", page="A4")
    with pytest.raises(TaskCancelled):
        write_pdf(job, tmp_path / "never.pdf", context.check_cancelled)
    with pytest.raises(TaskCancelled):
        write_png(prepare_png(view.scene), tmp_path / "never.png", context.check_cancelled)
    assert not (tmp_path / "never.pdf").exists() and not (tmp_path / "never.png").exists()


def test_played_back_png_matches_the_scene_painted_directly(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    """The recording loses nothing: same picture as QGraphicsScene.render into the image."""
    from PySide6.QtGui import QPainter

    view, _store, _ids = plan
    snap = prepare_png(view.scene)
    write_png(snap, tmp_path / "played.png")
    played = QImage(str(tmp_path / "played.png")).convertToFormat(QImage.Format.Format_ARGB32)
    direct = QImage(snap.target.size().toSize(), QImage.Format.Format_ARGB32)
    direct.fill(Qt.GlobalColor.white)
    painter = QPainter(direct)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.scene.render(painter, snap.target, snap.source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    assert played.size() == direct.size() == QSize(round(snap.target.width()), round(snap.target.height()))
    differing = sum(1 for x in range(0, played.width(), 3) for y in range(0, played.height(), 3) if played.pixel(x, y) != direct.pixel(x, y))
    assert differing / ((played.width() // 3 + 1) * (played.height() // 3 + 1)) < 0.01


def test_printing_paints_the_printer_off_the_ui_thread_with_page_size_and_text(
    qtbot: Any, plan: Any, tmp_path: Path, playing_threads: list[str]
) -> None:
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    view, _store, _ids = plan
    # A real printer, printing to a PDF file (what the dialog's "print to file" does): readable back.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    path = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))  # as if chosen in the print dialog
    assert view.print_on(printer) is not None
    wait_saved(qtbot, view)
    assert playing_threads and threading.main_thread().name not in playing_threads  # painted off the UI thread
    text = a3_landscape_text(path)
    assert "RDC" in text and "Salle" in text and "Foch" in text
    assert "printer" in view.status_line.text() or "imprimante" in view.status_line.text()


def test_a_cancelled_print_leaves_nothing_half_printed(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from ui.plan.export import print_page

    view, _store, _ids = plan
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cancelled.pdf"))
    job = PlanPrinter(view).prepare_print(printer, view.scene, title="RDC")
    calls = [0]

    def cancel_after_the_plan() -> None:
        calls[0] += 1
        if calls[0] > 1:  # the first check passes: the page is begun, the plan painted
            raise TaskCancelled()

    with pytest.raises(TaskCancelled):
        print_page(job, printer, cancel_after_the_plan)
    assert calls[0] == 2 and not (tmp_path / "cancelled.pdf").exists()  # nothing half-drawn left


@pytest.mark.qt_log_ignore("QPainter::begin")  # the fault itself, which Qt reports as a warning
def test_a_printer_that_cannot_start_gives_a_clear_message(qtbot: Any, plan: Any, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    view, _store, _ids = plan
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no-such-folder" / "page.pdf"))  # cannot be opened
    view.print_on(printer)
    wait_saved(qtbot, view)
    assert "could not be printed" in view.last_message or "pas pu être imprimé" in view.last_message
    assert not (tmp_path / "no-such-folder").exists()
