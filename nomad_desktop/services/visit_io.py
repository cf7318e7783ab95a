"""Visit lists in and out: importing pre-registrations from CSV/XLSX, exporting the visitor log.

Exported cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR)
are prefixed with an apostrophe. Imported files are treated as hostile: size-capped, type
checked, every row validated; a bad row is reported, never half-written.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from nomad_desktop.errors import ImportUnreadable, NomadError
from nomad_desktop.model import Agent, Visit, Visitor
from nomad_desktop.model.enums import VisitorCategory
from nomad_desktop.services import visits as visit_services
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.sites import current_site
from nomad_desktop.sitetime import day_bounds, local_instant, to_local
from nomad_desktop.store.database import Store
from nomad_desktop.text import search_key

MAX_IMPORT_BYTES = 5 * 1024 * 1024
MAX_IMPORT_ROWS = 5_000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: Accepted column titles (folded) → field. French and English titles are both accepted.
COLUMNS = {
    "nom": "last_name", "last name": "last_name", "last_name": "last_name",
    "prenom": "first_name", "first name": "first_name", "first_name": "first_name",
    "societe": "company", "entreprise": "company", "company": "company",
    "hote": "host", "host": "host",
    "date": "date", "heure": "time", "time": "time",
    "motif": "purpose", "purpose": "purpose",
    "categorie": "category", "category": "category",
    "accompagnement": "escort", "escort": "escort",
    "controle identite": "id_check", "id check": "id_check",
}
EXPORT_HEADER = ("Date", "Heure prévue", "Nom", "Prénom", "Société", "Hôte", "Catégorie", "Motif",
                 "Statut", "Arrivée", "Départ", "Badge")


def safe_cell(value: Any) -> Any:
    """A value a spreadsheet shows as text, never runs as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@dataclass(frozen=True)
class ImportReport:
    created: int
    #: (line number in the file, error code) for each refused row.
    errors: tuple[tuple[int, str], ...]


def _read_rows(path: Path) -> list[list[str]]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportUnreadable(str(exc), reason="unreadable") from exc
    if size > MAX_IMPORT_BYTES:
        raise ImportUnreadable("file too large", reason="too_large")
    if path.suffix.lower() == ".xlsx":
        return _read_xlsx(path)
    if path.suffix.lower() in (".csv", ".txt"):
        return _read_csv(path)
    raise ImportUnreadable("not a CSV or XLSX file", reason="type")


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise ImportUnreadable("binary content", reason="type")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise ImportUnreadable("unknown encoding", reason="encoding")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
        dialect.delimiter = ";"  # type: ignore[misc]
    try:
        return [row for row in csv.reader(io.StringIO(text), dialect)][: MAX_IMPORT_ROWS + 1]
    except csv.Error as exc:
        raise ImportUnreadable(str(exc), reason="type") from exc


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ImportUnreadable(str(exc), reason="type") from exc
    try:
        rows: list[list[str]] = []
        for row in workbook.worksheets[0].iter_rows(values_only=True):
            rows.append(["" if c is None else (c.isoformat() if isinstance(c, (datetime, date, time)) else str(c)) for c in row])
            if len(rows) > MAX_IMPORT_ROWS:
                break
        return rows
    except Exception as exc:
        raise ImportUnreadable(str(exc), reason="type") from exc
    finally:
        workbook.close()


def _parse_date(text: str) -> date:
    text = text.strip()[:10]
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def _parse_time(text: str) -> time:
    text = text.strip()
    if "T" in text:
        text = text.split("T", 1)[1]
    for fmt in ("%H:%M", "%H:%M:%S", "%Hh%M", "%Hh"):
        try:
            return datetime.strptime(text, fmt).time()
        except ValueError:
            continue
    raise ValueError(text)


def _yes(text: str) -> bool:
    return search_key(text) in ("oui", "yes", "1", "true", "vrai", "x")


def import_visits(store: Store, *, path: Path, acknowledge_watch: bool = False) -> Outcome[ImportReport]:
    """Register every valid row of a CSV/XLSX list (columns Nom, Prénom, Société, Hôte, Date, Heure…)."""
    rows = _read_rows(Path(path))
    if not rows:
        raise ImportUnreadable("empty file", reason="empty")
    header = [COLUMNS.get(search_key(h or "").replace("_", " "), "") for h in rows[0]]
    if "last_name" not in header or "date" not in header:
        raise ImportUnreadable("missing columns", reason="columns")
    if len(rows) > MAX_IMPORT_ROWS + 1:
        raise ImportUnreadable("too many rows", reason="too_large")
    with store.read() as session:
        tz = current_site(session).timezone
        hosts: dict[str, str] = {}
        for agent_id, first, last in session.execute(
            select(Agent.id, Agent.first_name, Agent.last_name).where(Agent.deleted_at.is_(None))
        ):
            hosts[search_key(first, last)] = agent_id
            hosts[search_key(last, first)] = agent_id
    created = 0
    errors: list[tuple[int, str]] = []
    for line, row in enumerate(rows[1:], start=2):
        values = {field: (row[i].strip() if i < len(row) and row[i] else "") for i, field in enumerate(header) if field}
        if not any(values.values()):
            continue
        try:
            day = _parse_date(values.get("date", ""))
            at = _parse_time(values["time"]) if values.get("time") else time(9, 0)
        except ValueError:
            errors.append((line, "bad_date"))
            continue
        host_id = hosts.get(search_key(values.get("host", ""))) if values.get("host") else None
        if values.get("host") and host_id is None:
            errors.append((line, "unknown_host"))
            continue
        category = _category(values.get("category", ""))
        try:
            visit_services.register_visit(
                store, last_name=values.get("last_name", ""), first_name=values.get("first_name", ""),
                company=values.get("company", ""), host_agent_id=host_id, expected_at=local_instant(day, at, tz),
                purpose=values.get("purpose", ""), category=category, escort_required=_yes(values.get("escort", "")),
                id_check_required=_yes(values.get("id_check", "")), acknowledge_watch=acknowledge_watch,
            )
            created += 1
        except NomadError as exc:
            errors.append((line, exc.code))
    return Outcome(ImportReport(created, tuple(errors)), Changes(visits=True, outbox=True) if created else Changes())


_CATEGORY_WORDS = {
    "visiteur": VisitorCategory.VISITOR, "visitor": VisitorCategory.VISITOR,
    "prestataire": VisitorCategory.CONTRACTOR, "contractor": VisitorCategory.CONTRACTOR,
    "officiel": VisitorCategory.OFFICIAL, "official": VisitorCategory.OFFICIAL,
    "livraison": VisitorCategory.DELIVERY, "livreur": VisitorCategory.DELIVERY, "delivery": VisitorCategory.DELIVERY,
    "candidat": VisitorCategory.CANDIDATE, "candidate": VisitorCategory.CANDIDATE,
}


def _category(text: str) -> str:
    return _CATEGORY_WORDS.get(search_key(text), VisitorCategory.VISITOR).value


def visitor_log(store: Store, *, first_day: date, last_day: date) -> list[tuple[Any, ...]]:
    """Rows of the visitor log between two local days (inclusive), in site time, anonymised visits included."""
    with store.read() as session:
        tz = current_site(session).timezone
        start, _ = day_bounds(first_day, tz)
        _, end = day_bounds(last_day, tz)
        rows = session.execute(
            select(Visit, Visitor, Agent.first_name, Agent.last_name)
            .join(Visitor, Visitor.id == Visit.visitor_id)
            .outerjoin(Agent, Agent.id == Visit.host_agent_id)
            .where(Visit.expected_at >= start, Visit.expected_at < end, Visit.deleted_at.is_(None))
            .order_by(Visit.expected_at)
        )

        def hm(instant: datetime | None) -> str:
            return to_local(instant, tz).strftime("%H:%M") if instant else ""

        return [
            (to_local(v.expected_at, tz).date().isoformat(), hm(v.expected_at), p.last_name, p.first_name, p.company,
             f"{hf} {hl}" if hl else "", v.category, v.purpose, v.status, hm(v.checked_in_at), hm(v.checked_out_at),
             v.badge_number)
            for v, p, hf, hl in rows
        ]


def export_visitor_log(store: Store, *, path: Path, first_day: date, last_day: date) -> int:
    """Write the visitor log to `path` (.csv with ';' for French Excel, or .xlsx). Returns the row count."""
    rows = [tuple(safe_cell(c) for c in row) for row in visitor_log(store, first_day=first_day, last_day=last_day)]
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Visites")
        sheet.append(list(EXPORT_HEADER))
        for row in rows:
            sheet.append(list(row))
        workbook.save(path)
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(EXPORT_HEADER)
            writer.writerows(rows)
    return len(rows)
