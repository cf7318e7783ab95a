"""The plan's live mode knows when the whole site is closed, from the site-wide rule."""

from __future__ import annotations

from datetime import date

from nomad_desktop.services import sites, space_status
from nomad_desktop.store.database import Store


def test_floor_status_says_why_the_site_is_closed_that_day(demo_store: Store) -> None:
    floor = sites.list_buildings(demo_store)[0].floors[0]

    def closed(day: date) -> list[str]:
        return [r.code for r in space_status.floor_status(demo_store, floor_id=floor.id, day=day).closed]

    assert closed(date(2026, 11, 29)) == ["closed_weekday"]  # a Sunday: the demo opens Monday to Friday
    assert closed(date(2026, 11, 30)) == []
    assert closed(date(2026, 12, 25)) == ["public_holiday"]  # a Friday, Christmas
    assert space_status.floor_status(demo_store, floor_id=floor.id, day=date(2026, 12, 25)).closed[0].params["holiday"] == "Noël"
