"""Reception desk, end to end on a real demo site: register, scan, badge, check-out, walk-in, keyboard only."""

from __future__ import annotations

from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from reception_fixtures import board_names, entry, register, type_text

from nomad_desktop.clock import utc_now
from nomad_desktop.services import agents, bookings, spaces, visits
from nomad_desktop.services import reception as reception_services
from nomad_desktop.services import sites as site_services
from ui.app import settings as options
from ui.reception.view import ReceptionView


def _pdf_text(path: object) -> str:
    return " ".join(PdfReader(path).pages[0].extract_text().split())  # type: ignore[arg-type]


def test_reception_registers_a_visit_then_scanner_checks_in_badge_pdf_and_check_out(qtbot: QtBot, reception: ReceptionView) -> None:
    board = reception.board
    # Register with the form, from the keyboard.
    qtbot.keyClick(board, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: board.visit_dialog is not None)
    dialog = board.visit_dialog
    assert dialog is not None and not dialog.walk_in
    type_text(qtbot, dialog.last_name, "Dupré")
    type_text(qtbot, dialog.first_name, "Hélène")
    qtbot.keyClicks(dialog.company, "Thales")
    qtbot.keyClick(dialog.company, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Hélène Dupré" in board_names(reception))
    visit_id = entry(reception, "Hélène Dupré").id

    # A scanner types the QR text and Enter into the search field.
    board.search.setFocus()
    qtbot.keyClicks(board.search, f"NOMAD:visit:{visit_id}")
    qtbot.keyClick(board.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry(reception, "Hélène Dupré").state == "arrived")
    assert board.search.text() == ""
    checked = visits.get_visit(reception.app.store, visit_id=visit_id)
    assert checked.status == "checked_in" and checked.badge_number.startswith("V-")

    # Badge as PDF, read back.
    board.search.setText("helene dupre")
    assert board.selected_entry() is not None and board.selected_entry().id == visit_id  # type: ignore[union-attr]
    qtbot.keyClick(board.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: board.last_badge_pdf is not None, timeout=5000)
    text = _pdf_text(board.last_badge_pdf)
    assert "Hélène Dupré" in text and "Thales" in text and checked.badge_number in text

    # Check out.
    qtbot.keyClick(board.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: entry(reception, "Hélène Dupré").state == "left")
    assert visits.get_visit(reception.app.store, visit_id=visit_id).checked_out_at is not None


def test_reception_checks_in_walk_in_by_keyboard_only(qtbot: QtBot, reception: ReceptionView) -> None:
    board = reception.board
    qtbot.keyClick(board, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: board.visit_dialog is not None)
    dialog = board.visit_dialog
    assert dialog is not None and dialog.walk_in
    assert QApplication.focusWidget() is dialog.last_name
    qtbot.keyClicks(dialog.last_name, "Zamora")
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "Loïc")  # first name
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Chronopost")  # company
    badge = dialog.badge.text()
    assert badge.startswith("V-")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Loïc Zamora" in board_names(reception) and board.last_badge_pdf is not None, timeout=5000)
    walk_in = entry(reception, "Loïc Zamora")
    assert walk_in.state == "arrived" and walk_in.badge_number == badge
    assert "Loïc Zamora" in _pdf_text(board.last_badge_pdf)


def test_search_as_you_type_ignores_accents_and_case(qtbot: QtBot, reception: ReceptionView) -> None:
    register(reception, "Dupré", "Hélène", company="Thalès")
    register(reception, "Durand", "Paul", company="Safran")
    board = reception.board
    qtbot.waitUntil(lambda: "Paul Durand" in board_names(reception))
    board.search.setFocus()
    qtbot.keyClicks(board.search, "HELENE dupre")
    assert board_names(reception) == ["Hélène Dupré"]
    board.search.clear()
    qtbot.keyClicks(board.search, "thales")
    assert board_names(reception) == ["Hélène Dupré"]
    board.search.clear()
    board.kind_filter.setCurrentIndex(1)  # visitors only
    assert {e.kind for e in board.model.entries} == {"visitor"}
    board.kind_filter.setCurrentIndex(2)  # agents only
    assert {e.kind for e in board.model.entries} <= {"agent"}


def test_scanned_visit_needing_an_id_check_opens_the_dialog_confirmed_by_keyboard(qtbot: QtBot, reception: ReceptionView) -> None:
    visit_id = register(reception, "Martin", "Marc", id_check_required=True)
    board = reception.board
    qtbot.waitUntil(lambda: "Marc Martin" in board_names(reception))
    board.search.setFocus()
    qtbot.keyClicks(board.search, visit_id)
    qtbot.keyClick(board.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: board.check_in_dialog is not None)
    dialog = board.check_in_dialog
    assert dialog is not None and not dialog.ok.isEnabled()  # the ID check is required first
    dialog.print_badge.setChecked(False)
    assert QApplication.focusWidget() is dialog.id_checked
    qtbot.keyClick(dialog.id_checked, Qt.Key.Key_Space)
    assert dialog.ok.isEnabled()
    qtbot.keyClick(dialog.badge, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry(reception, "Marc Martin").state == "arrived")
    checked = visits.get_visit(reception.app.store, visit_id=visit_id)
    assert checked.id_checked_by == "Accueil Nord" and checked.id_checked_at is not None


def test_unknown_code_is_explained_and_nothing_changes(qtbot: QtBot, reception: ReceptionView) -> None:
    board = reception.board
    before = [(e.id, e.state) for e in board.board.entries]  # type: ignore[union-attr]
    board.search.setFocus()
    qtbot.keyClicks(board.search, "00000000-0000-4000-8000-000000000000")
    qtbot.keyClick(board.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: board.status.text() != "")
    assert "Unknown code" in board.status.text() or "inconnu" in board.status.text()
    assert [(e.id, e.state) for e in board.board.entries] == before  # type: ignore[union-attr]


def test_closing_time_checks_out_every_visitor_still_in(qtbot: QtBot, reception: ReceptionView) -> None:
    store = reception.app.store
    for name in ("Alpha", "Bravo"):
        visits.check_in_visit(store, visit_id=register(reception, name), badge_number="")
    qtbot.waitUntil(lambda: entry(reception, "Bravo").state == "arrived")
    reception.board.closing_button.click()
    box = reception.board.findChild(QMessageBox, "receptionQuestion")
    assert box is not None and "Alpha" in box.text() and "Bravo" in box.text()  # who is still in, by name
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    qtbot.waitUntil(lambda: entry(reception, "Bravo").state == "left" and entry(reception, "Alpha").state == "left")
    assert all(e.state != "arrived" for e in reception.board.board.entries if e.kind == "visitor")  # type: ignore[union-attr]


def test_badge_label_size_is_chosen_at_the_desk_and_remembered(qtbot: QtBot, reception: ReceptionView) -> None:
    board = reception.board
    visit_id = register(reception, "Petit", "Léa", company="Dassault")
    visits.check_in_visit(reception.app.store, visit_id=visit_id, badge_number="B-7")
    qtbot.waitUntil(lambda: entry(reception, "Léa Petit").state == "arrived")
    board.label_choice.setCurrentIndex(board.label_choice.findData("a6"))
    board.search.setText("lea petit")
    qtbot.keyClick(board.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: board.last_badge_pdf is not None, timeout=5000)
    box = PdfReader(board.last_badge_pdf).pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (148, 105)
    assert reception.app.settings.get(options.BADGE_LABEL) == "a6"


def test_agent_with_a_booking_today_is_checked_in_with_enter(qtbot: QtBot, reception: ReceptionView) -> None:
    store = reception.app.store
    floor = site_services.list_buildings(store)[0].floors[0]
    agent = agents.create_agent(store, first_name="Yannick", last_name="Quéméner", unit="DGA").value
    # The first desk and working-day morning the demo's rules accept; the test then runs at
    # 08:30 that morning, whatever the real day and hour.
    from nomad_desktop.clock import set_clock

    slot = next(
        slot
        for offset in range(0, 10)
        for desk in spaces.list_spaces(store, floor_id=floor.id)
        if desk.kind == "desk"
        and not (slot := bookings.propose_slot(store, space_id=desk.id, day=utc_now().date() + timedelta(days=offset), part="morning")).refusals
    )
    set_clock(lambda: slot.starts_at + timedelta(minutes=30))
    bookings.book_space(store, space_id=slot.space_id, agent_id=agent.id, starts_at=slot.starts_at, ends_at=slot.ends_at)
    reception.app.broadcast_everything()
    board = reception.board
    qtbot.waitUntil(lambda: "Yannick Quéméner" in board_names(reception))
    board.search.setFocus()
    qtbot.keyClicks(board.search, "quemener")
    qtbot.keyClick(board.search, Qt.Key.Key_Return)  # not a code: moves to the list
    assert board.table.hasFocus() and board.selected_entry().kind == "agent"  # type: ignore[union-attr]
    qtbot.keyClick(board.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry(reception, "Yannick Quéméner").state == "arrived")
    assert any(p.name == "Yannick Quéméner" for p in reception_services.on_site_now(store))

    # Leaving early: check-out ends the booking now, frees the rest of the slot, and the board says so.
    set_clock(lambda: slot.starts_at + timedelta(hours=2))
    qtbot.keyClick(board.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: entry(reception, "Yannick Quéméner").state == "left")
    left = next(b for b in bookings.list_bookings_for_day(store, day=slot.starts_at.date()) if b.agent_id == agent.id)
    assert left.ends_at == slot.starts_at + timedelta(hours=2) < slot.ends_at
    assert "Yannick Quéméner" in board.status.text()
    assert not any(p.name == "Yannick Quéméner" for p in reception_services.on_site_now(store))
