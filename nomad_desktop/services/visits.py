"""Visits: registering a visitor, the day's expected list, check-in and check-out."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from nomad_desktop.clock import utc_now
from nomad_desktop.errors import NotFoundError, ValidationError
from nomad_desktop.model import Agent, Visit, Visitor
from nomad_desktop.model.enums import VisitorCategory, VisitStatus
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.outbox import create_row, patch_row
from nomad_desktop.services.records import VisitInfo
from nomad_desktop.services.sites import current_site
from nomad_desktop.sitetime import day_bounds
from nomad_desktop.store.database import Store
from nomad_desktop.text import search_key


def _visit_info(visit: Visit, visitor: Visitor, host: Agent | None) -> VisitInfo:
    return VisitInfo(
        id=visit.id,
        visitor_id=visitor.id,
        visitor_name=f"{visitor.first_name} {visitor.last_name}".strip(),
        company=visitor.company,
        host_agent_id=visit.host_agent_id,
        host_name=f"{host.first_name} {host.last_name}" if host else "",
        expected_at=visit.expected_at,
        purpose=visit.purpose,
        category=visit.category,
        status=visit.status,
        escort_required=visit.escort_required,
        id_check_required=visit.id_check_required,
        id_checked_at=visit.id_checked_at,
        checked_in_at=visit.checked_in_at,
        checked_out_at=visit.checked_out_at,
        badge_number=visit.badge_number,
    )


def register_visit(
    store: Store, *, last_name: str, first_name: str = "", company: str = "", host_agent_id: str | None,
    expected_at: datetime, purpose: str = "", category: str = VisitorCategory.VISITOR.value,
    escort_required: bool = False, id_check_required: bool = False,
) -> Outcome[VisitInfo]:
    if not last_name.strip():
        raise ValidationError("a visitor needs a last name", field="last_name")
    if category not in set(VisitorCategory):
        raise ValidationError(f"unknown category {category!r}", field="category")
    with store.write() as session:
        site = current_site(session)
        host = session.get(Agent, host_agent_id) if host_agent_id else None
        if host_agent_id and host is None:
            raise NotFoundError(host_agent_id, what="agent")
        visitor = create_row(
            session, Visitor, last_name=last_name.strip(), first_name=first_name.strip(), company=company.strip(),
            search_key=search_key(first_name, last_name, company),
        )
        visit = create_row(
            session, Visit, site_id=site.id, visitor_id=visitor.id, host_agent_id=host_agent_id,
            expected_at=expected_at, purpose=purpose, category=category, escort_required=escort_required,
            id_check_required=id_check_required, status=VisitStatus.EXPECTED.value,
            retention_until=expected_at + timedelta(days=site.visit_retention_days),
        )
        return Outcome(_visit_info(visit, visitor, host), Changes(visits=True, outbox=True))


def list_visits_for_day(store: Store, *, day: date) -> list[VisitInfo]:
    with store.read() as session:
        site = current_site(session)
        start, end = day_bounds(day, site.timezone)
        rows = session.execute(
            select(Visit, Visitor, Agent)
            .join(Visitor, Visitor.id == Visit.visitor_id)
            .outerjoin(Agent, Agent.id == Visit.host_agent_id)
            .where(Visit.expected_at >= start, Visit.expected_at < end, Visit.deleted_at.is_(None))
            .order_by(Visit.expected_at, Visitor.last_name)
        )
        return [_visit_info(v, visitor, host) for v, visitor, host in rows]


def _visit(session: Session, visit_id: str) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise NotFoundError(visit_id, what="visit")
    return visit


def check_in_visit(store: Store, *, visit_id: str, badge_number: str = "", id_checked_by: str = "") -> Outcome[str]:
    with store.write() as session:
        visit = _visit(session, visit_id)
        if visit.status != VisitStatus.EXPECTED:
            raise ValidationError(f"visit is {visit.status}", field="status")
        now = utc_now()
        changes: dict[str, object] = {"status": VisitStatus.CHECKED_IN.value, "checked_in_at": now, "badge_number": badge_number}
        if id_checked_by:
            changes.update(id_checked_by=id_checked_by, id_checked_at=now)
        patch_row(session, visit, intent="visit.check_in", **changes)
        return Outcome(visit.id, Changes(visits=True, outbox=True))


def check_out_visit(store: Store, *, visit_id: str) -> Outcome[str]:
    with store.write() as session:
        visit = _visit(session, visit_id)
        if visit.status != VisitStatus.CHECKED_IN:
            raise ValidationError(f"visit is {visit.status}", field="status")
        patch_row(session, visit, intent="visit.check_out", status=VisitStatus.CHECKED_OUT.value, checked_out_at=utc_now())
        return Outcome(visit.id, Changes(visits=True, outbox=True))
