"""Visit lists: importing pre-registrations from CSV/XLSX, hostile files, formula-safe visitor log export."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from reception_helpers import TODAY, small_site

from nomad_desktop.errors import ImportUnreadable
from nomad_desktop.services import visit_io, visits
from nomad_desktop.store.database import Store

HOSTILE = ["=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(A1)", "=1+1", "@x"]


def test_visitor_log_export_neutralises_formulas_in_csv_and_xlsx(store: Store, tmp_path: Path) -> None:
    small_site(store)
    for i, name in enumerate(HOSTILE):
        visits.register_visit(store, last_name=name, company=name, host_agent_id=None,
                              expected_at=visits.utc_now().replace(hour=10 + i % 5))
    csv_path, xlsx_path = tmp_path / "log.csv", tmp_path / "log.xlsx"
    assert visit_io.export_visitor_log(store, path=csv_path, first_day=TODAY, last_day=TODAY) == 8
    assert visit_io.export_visitor_log(store, path=xlsx_path, first_day=TODAY, last_day=TODAY) == 8
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    sheet = load_workbook(xlsx_path).active
    xlsx_rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][2] == "Nom" and xlsx_rows[0][2] == "Nom"
    for table in (rows[1:], xlsx_rows[1:]):
        for row in table:
            for cell in row:
                if isinstance(cell, str) and cell:
                    assert cell[0] not in "=+-@\t\r", cell
        assert {"'" + h for h in HOSTILE} <= {row[2] for row in table}
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_cells_starting_with_tab_or_carriage_return_are_neutralised_too() -> None:
    # Names are trimmed on registration, but rows arriving by sync are not: the export guards anyway.
    assert visit_io.safe_cell("\tcmd") == "'\tcmd"
    assert visit_io.safe_cell("\r=1") == "'\r=1"
    assert visit_io.safe_cell("Dupré") == "Dupré"
    assert visit_io.safe_cell(12) == 12


def test_importing_a_csv_registers_valid_rows_and_reports_bad_ones(store: Store, tmp_path: Path) -> None:
    small_site(store)
    path = tmp_path / "visites.csv"
    path.write_text(
        "Nom;Prénom;Société;Hôte;Date;Heure;Catégorie;Contrôle identité\n"
        "Lefèvre;Anaïs;Safran;François Lemaître;02/12/2026;10:30;Prestataire;oui\n"
        "Roux;Paul;;Lemaître François;2026-12-02;14h00;;non\n"
        ";SansNom;;;02/12/2026;;;\n"
        "Bad;Date;;;31/31/2026;;;\n"
        "Inconnu;Hôte;;Jean Personne;02/12/2026;;;\n",
        encoding="utf-8",
    )
    report = visit_io.import_visits(store, path=path).value
    assert report.created == 2
    assert report.errors == ((4, "invalid"), (5, "bad_date"), (6, "unknown_host"))
    from datetime import date

    day = visits.list_visits_for_day(store, day=date(2026, 12, 2))
    assert [(v.visitor_name, v.category, v.id_check_required, v.host_name) for v in day] == [
        ("Anaïs Lefèvre", "contractor", True, "François Lemaître"),
        ("Paul Roux", "visitor", False, "François Lemaître"),
    ]


def test_importing_an_xlsx_list(store: Store, tmp_path: Path) -> None:
    small_site(store)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nom", "Prénom", "Date", "Heure"])
    sheet.append(["Bernard", "Léa", "03/12/2026", "09:00"])
    path = tmp_path / "visites.xlsx"
    workbook.save(path)
    assert visit_io.import_visits(store, path=path).value.created == 1


@pytest.mark.parametrize("name,content", [
    ("corrupt.xlsx", b"PK\x03\x04 not really a zip"),
    ("binary.csv", b"\x00\x01\x02garbage"),
    ("notes.pdf", b"%PDF-1.4"),
    ("columns.csv", b"Foo;Bar\n1;2\n"),
    ("empty.csv", b""),
])
def test_hostile_import_files_are_refused_and_nothing_is_written(store: Store, tmp_path: Path, name: str, content: bytes) -> None:
    small_site(store)
    path = tmp_path / name
    path.write_bytes(content)
    before = len(visits.list_visits_for_day(store, day=TODAY))
    with pytest.raises(ImportUnreadable):
        visit_io.import_visits(store, path=path)
    assert len(visits.list_visits_for_day(store, day=TODAY)) == before
