"""Who is on site now, evacuation roll call and its printout; watch-list warnings at registration and check-in."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from reception_fixtures import board_names, entry, register, type_text

from nomad_desktop.services import reception as reception_services
from nomad_desktop.services import visits
from ui.reception.view import ReceptionView


def test_evacuation_list_roll_call_counts_down_and_prints(qtbot: QtBot, reception: ReceptionView) -> None:
    store = reception.app.store
    for last in ("Arnaud", "Bélanger"):
        visits.check_in_visit(store, visit_id=register(reception, last, "Zoé"), badge_number="")
    expected = len(reception_services.on_site_now(store))  # the visitors, plus agents checked in on the demo site
    page = reception.on_site
    qtbot.keyClick(reception.board.table, Qt.Key.Key_F2)
    assert reception.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.list.count() == expected and expected >= 2)
    names = [page.list.item(i).text() for i in range(page.list.count())]
    assert any(n.startswith("Zoé Arnaud") for n in names) and any(n.startswith("Zoé Bélanger") for n in names)

    page.roll_call_button.click()
    assert page.list.hasFocus() and page.remaining() == expected
    page.list.setCurrentRow(0)
    qtbot.keyClick(page.list, Qt.Key.Key_Space)
    assert page.remaining() == expected - 1
    assert str(expected - 1) in page.count.text() and str(expected) in page.count.text()
    assert page.list.item(0).checkState() == Qt.CheckState.Checked
    assert page.list.item(0).text() != names[0]  # "safe" is written, not only ticked
    qtbot.keyClick(page.list, Qt.Key.Key_Space)
    assert page.remaining() == expected

    page.print_button.click()  # offscreen: no printer, the list goes to a PDF in the data folder
    assert page.last_printout is not None
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(page.last_printout).pages)
    assert "Zoé Arnaud" in text and "Zoé Bélanger" in text


def test_watch_list_warns_at_registration_and_at_check_in(qtbot: QtBot, reception: ReceptionView) -> None:
    admin = reception.admin
    reception.tabs.setCurrentWidget(admin)
    type_text(qtbot, admin.watch_last, "Lefèvre")
    type_text(qtbot, admin.watch_reason, "Accès refusé")
    admin.watch_add.click()
    qtbot.waitUntil(lambda: admin.watch_list.count() == 1)
    assert "Accès refusé" in admin.watch_list.item(0).text()

    # Registration: the form is refused with a warning until the person confirms.
    board = reception.board
    reception.tabs.setCurrentWidget(board)
    board.open_register()
    qtbot.waitUntil(lambda: board.visit_dialog is not None)
    dialog = board.visit_dialog
    type_text(qtbot, dialog.last_name, "LEFEVRE")  # type: ignore[union-attr]
    type_text(qtbot, dialog.first_name, "Anaïs")  # type: ignore[union-attr]
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Return)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: board.findChild(QMessageBox, "receptionQuestion") is not None)
    box = board.findChild(QMessageBox, "receptionQuestion")
    assert "Accès refusé" in box.text()
    assert "Anaïs LEFEVRE" not in board_names(reception)
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    qtbot.waitUntil(lambda: "Anaïs LEFEVRE" in board_names(reception))

    # Check-in: the dialog shows the warning and cannot be confirmed before it is acknowledged.
    board.search.setText("anais lefevre")
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: board.check_in_dialog is not None)
    check_in = board.check_in_dialog
    assert check_in is not None and check_in.watch_confirm is not None
    assert not check_in.ok.isEnabled()
    check_in.print_badge.setChecked(False)
    check_in.watch_confirm.setChecked(True)
    assert check_in.ok.isEnabled()
    check_in.ok.click()
    qtbot.waitUntil(lambda: entry(reception, "Anaïs LEFEVRE").state == "arrived")
