"""Visit lists from the Management tab: a good CSV is imported, a hostile file is refused with a clear message."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from reception_fixtures import board_names

from nomad_desktop.clock import utc_now
from ui.reception.view import ReceptionView


def test_manager_imports_a_csv_and_the_visitors_appear_on_today_board(qtbot: QtBot, reception: ReceptionView, tmp_path: Path) -> None:
    today = utc_now().astimezone(ZoneInfo("Europe/Paris")).strftime("%d/%m/%Y")  # the demo site's day
    path = tmp_path / "visites.csv"
    path.write_text(f"Nom;Prénom;Société;Date;Heure\nCaron;Inès;Naval Group;{today};23:59\n", encoding="utf-8")
    reception.admin.import_file(path)
    qtbot.waitUntil(lambda: "Inès Caron" in board_names(reception), timeout=5000)
    assert "1" in reception.status.text()


def test_hostile_file_is_refused_with_a_message_and_nothing_is_imported(qtbot: QtBot, reception: ReceptionView, tmp_path: Path) -> None:
    path = tmp_path / "visites.xlsx"
    path.write_bytes(b"PK\x03\x04\x14\x00garbage that is not a workbook")
    before = list(reception.board.board.entries)  # type: ignore[union-attr]
    reception.admin.import_file(path)
    qtbot.waitUntil(lambda: reception.admin.findChild(QMessageBox, "receptionMessage") is not None, timeout=5000)
    box = reception.admin.findChild(QMessageBox, "receptionMessage")
    assert "XLSX" in box.text() and box.icon() == QMessageBox.Icon.Warning
    box.accept()
    assert list(reception.board.board.entries) == before  # type: ignore[union-attr]
