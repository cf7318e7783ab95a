"""An agent's calendar as an .ics file, and desk labels whose QR codes scanners can read."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from booking_site import make_site
from icalendar import Calendar

from nomad_desktop.services import bookings, spaces
from nomad_desktop.services.exports import agent_calendar_ics, space_labels
from nomad_desktop.sitetime import local_instant
from nomad_desktop.store.database import Store

PARIS = "Europe/Paris"


def test_agent_calendar_exports_bookings_in_utc_with_stable_uids(store: Store) -> None:
    s = make_site(store, now=datetime(2026, 3, 20, 7, 0, tzinfo=UTC))
    monday = date(2026, 3, 30)  # the day after the change to summer time
    morning = bookings.book_space(store, space_id=s.desk, agent_id=s.helene, starts_at=local_instant(monday, time(8), PARIS),
                                  ends_at=local_instant(monday, time(12), PARIS)).value
    room = bookings.book_space(store, space_id=s.room, agent_id=s.helene, starts_at=local_instant(monday, time(14), PARIS),
                               ends_at=local_instant(monday, time(15), PARIS)).value
    bookings.cancel_booking(store, booking_id=room.id, reason="Annulée")
    bookings.book_space(store, space_id=s.desk2, agent_id=s.francois, starts_at=local_instant(monday, time(8), PARIS),
                        ends_at=local_instant(monday, time(12), PARIS))
    calendar = Calendar.from_ical(agent_calendar_ics(store, agent_id=s.helene))
    events = [c for c in calendar.walk("VEVENT")]
    assert [str(e["uid"]) for e in events] == [f"{morning.id}@nomad", f"{room.id}@nomad"]
    assert events[0].decoded("dtstart") == datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
    assert str(events[0]["summary"]) == "Poste A1" and "Bâtiment A, RDC, Poste A1" in str(events[0]["location"])
    assert [str(e["status"]) for e in events] == ["CONFIRMED", "CANCELLED"]


def test_desk_labels_carry_a_readable_qr_code_of_the_label(store: Store) -> None:
    s = make_site(store)
    spaces.update_space(store, space_id=s.desk, label_code="A0-B12")
    labels = space_labels(store, floor_id=s.floor_id)
    assert [(label.name, label.code) for label in labels] == [("Poste A1", "A0-B12")]
    assert labels[0].qr_svg.startswith("<svg") and "path" in labels[0].qr_svg
    # Decode it back as a scanner would.
    import segno
    import zxingcpp

    qr = segno.make(labels[0].code, error="m", micro=False)
    assert labels[0].qr_svg == qr.svg_inline(scale=4)
    matrix = [[255 if not bit else 0 for bit in row] for row in qr.matrix_iter(scale=4, border=4)]
    import numpy as np  # zxing-cpp's array input

    found = zxingcpp.read_barcodes(np.array(matrix, dtype=np.uint8))
    assert [f.text for f in found] == ["A0-B12"]
