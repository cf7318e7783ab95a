"""Visits: registering a visitor (ahead or walk-in), the day's list, check-in with badge, check-out.

Personal data is the minimum: names and company. "ID checked" is a fact with who and when,
never a document number. A name on the site's watch list stops registration and check-in
until the person at the desk acknowledges the warning.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from nomad_desktop.clock import utc_now
from nomad_desktop.errors import BadgeInUse, NotFoundError, ValidationError, WatchListMatch
from nomad_desktop.model import Agent, Site, Visit, Visitor, WatchEntry
from nomad_desktop.model.enums import VisitorCategory, VisitStatus
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.outbox import create_row, patch_row, record_mutation
from nomad_desktop.services.records import VisitInfo
from nomad_desktop.services.sites import current_site
from nomad_desktop.sitetime import day_bounds
from nomad_desktop.store.database import Store
from nomad_desktop.text import search_key

#: Badges of the site's visitor pool: V-0001 … V-0999, handed out lowest free first.
BADGE_POOL_PREFIX = "V-"
BADGE_POOL_SIZE = 999
#: Intent queued for the central service, which notifies the host (mail, SMS) when it is online.
HOST_NOTIFICATION_INTENT = "notification.host_arrival"


def _visit_info(visit: Visit, visitor: Visitor, host: Agent | None, site_name: str = "") -> VisitInfo:
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
        id_checked_by=visit.id_checked_by,
        site_name=site_name,
    )


def watch_reasons(session: Session, *, first_name: str, last_name: str) -> list[str]:
    """Notes of the watch-list entries matching this name (accent- and case-insensitive).

    An entry without a first name matches every first name with that last name.
    """
    last = search_key(last_name)
    if not last:
        return []
    full = search_key(first_name, last_name)
    rows = session.execute(
        select(WatchEntry.name_key, WatchEntry.first_name, WatchEntry.reason).where(
            WatchEntry.deleted_at.is_(None), WatchEntry.name_key.like(f"%{last}")
        )
    )
    return [reason or "" for key, first, reason in rows if key == full or (not first and key == last)]


def _check_watch(session: Session, visitor: Visitor | None, *, first_name: str = "", last_name: str = "") -> None:
    if visitor is not None:
        first_name, last_name = visitor.first_name, visitor.last_name
    reasons = watch_reasons(session, first_name=first_name, last_name=last_name)
    if reasons:
        raise WatchListMatch("name on the watch list", reasons=reasons, name=f"{first_name} {last_name}".strip())


def _validate(last_name: str, category: str) -> None:
    if not last_name.strip():
        raise ValidationError("a visitor needs a last name", field="last_name")
    if category not in set(VisitorCategory):
        raise ValidationError(f"unknown category {category!r}", field="category")


def _create_visit(
    session: Session, site: Site, *, last_name: str, first_name: str, company: str, host_agent_id: str | None,
    expected_at: datetime, purpose: str, category: str, escort_required: bool, id_check_required: bool,
    acknowledge_watch: bool,
) -> tuple[Visit, Visitor, Agent | None]:
    host = session.get(Agent, host_agent_id) if host_agent_id else None
    if host_agent_id and host is None:
        raise NotFoundError(host_agent_id, what="agent")
    if not acknowledge_watch:
        _check_watch(session, None, first_name=first_name, last_name=last_name)
    visitor = create_row(
        session, Visitor, last_name=last_name.strip(), first_name=first_name.strip(), company=company.strip(),
        search_key=search_key(first_name, last_name, company),
    )
    visit = create_row(
        session, Visit, site_id=site.id, visitor_id=visitor.id, host_agent_id=host_agent_id,
        expected_at=expected_at, purpose=purpose.strip(), category=category, escort_required=escort_required,
        id_check_required=id_check_required, status=VisitStatus.EXPECTED.value,
        retention_until=expected_at + timedelta(days=site.visit_retention_days),
    )
    return visit, visitor, host


def register_visit(
    store: Store, *, last_name: str, first_name: str = "", company: str = "", host_agent_id: str | None,
    expected_at: datetime, purpose: str = "", category: str = VisitorCategory.VISITOR.value,
    escort_required: bool = False, id_check_required: bool = False, acknowledge_watch: bool = False,
) -> Outcome[VisitInfo]:
    """Pre-register a visit. Raises WatchListMatch unless `acknowledge_watch`."""
    _validate(last_name, category)
    with store.write() as session:
        site = current_site(session)
        visit, visitor, host = _create_visit(
            session, site, last_name=last_name, first_name=first_name, company=company, host_agent_id=host_agent_id,
            expected_at=expected_at, purpose=purpose, category=category, escort_required=escort_required,
            id_check_required=id_check_required, acknowledge_watch=acknowledge_watch,
        )
        return Outcome(_visit_info(visit, visitor, host, site.name), Changes(visits=True, outbox=True))


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
        return [_visit_info(v, visitor, host, site.name) for v, visitor, host in rows]


def get_visit(store: Store, *, visit_id: str) -> VisitInfo:
    with store.read() as session:
        visit = _visit(session, visit_id)
        visitor = session.get(Visitor, visit.visitor_id)
        assert visitor is not None
        host = session.get(Agent, visit.host_agent_id) if visit.host_agent_id else None
        return _visit_info(visit, visitor, host, current_site(session).name)


def _visit(session: Session, visit_id: str) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise NotFoundError(visit_id, what="visit")
    return visit


def _badges_in_use(session: Session) -> set[str]:
    return set(session.scalars(
        select(Visit.badge_number).where(
            Visit.status == VisitStatus.CHECKED_IN.value, Visit.badge_number != "", Visit.deleted_at.is_(None)
        )
    ))


def next_free_badge(store: Store) -> str:
    """The lowest badge of the pool nobody on site holds ("" when the pool is exhausted)."""
    with store.read() as session:
        used = _badges_in_use(session)
    for n in range(1, BADGE_POOL_SIZE + 1):
        number = f"{BADGE_POOL_PREFIX}{n:04d}"
        if number not in used:
            return number
    return ""


def _check_in(
    session: Session, visit: Visit, *, badge_number: str, id_checked_by: str, notify_host: bool,
    acknowledge_watch: bool,
) -> None:
    if visit.status != VisitStatus.EXPECTED:
        raise ValidationError(f"visit is {visit.status}", field="status")
    if visit.id_check_required and not id_checked_by.strip():
        raise ValidationError("this visit requires an identity check", field="id_checked")
    if not acknowledge_watch:
        _check_watch(session, session.get(Visitor, visit.visitor_id))
    badge_number = badge_number.strip()
    if badge_number and session.scalar(select(Visit.id).where(
        Visit.status == VisitStatus.CHECKED_IN.value, Visit.badge_number == badge_number, Visit.deleted_at.is_(None)
    ).limit(1)):
        raise BadgeInUse(badge_number, badge=badge_number)
    now = utc_now()
    changes: dict[str, object] = {"status": VisitStatus.CHECKED_IN.value, "checked_in_at": now, "badge_number": badge_number}
    if id_checked_by.strip():
        changes.update(id_checked_by=id_checked_by.strip(), id_checked_at=now)
    patch_row(session, visit, intent="visit.check_in", **changes)
    if notify_host and visit.host_agent_id:
        # No personal data of the visitor in the notification: the server resolves it from the visit.
        record_mutation(
            session, intent=HOST_NOTIFICATION_INTENT, entity="visit", entity_id=visit.id,
            fields={"host_agent_id": visit.host_agent_id, "arrived_at": now}, base_version=None,
        )


def check_in_visit(
    store: Store, *, visit_id: str, badge_number: str = "", id_checked_by: str = "", notify_host: bool = True,
    acknowledge_watch: bool = False,
) -> Outcome[str]:
    """Mark an expected visitor arrived: badge, "ID checked" by whom, and the host's notification queued.

    Raises ValidationError when the visit needs an ID check and none is given, BadgeInUse when
    someone on site already holds the badge, WatchListMatch unless `acknowledge_watch`.
    """
    with store.write() as session:
        visit = _visit(session, visit_id)
        _check_in(session, visit, badge_number=badge_number, id_checked_by=id_checked_by,
                  notify_host=notify_host, acknowledge_watch=acknowledge_watch)
        return Outcome(visit.id, Changes(visits=True, outbox=True))


def register_walk_in(
    store: Store, *, last_name: str, first_name: str = "", company: str = "", host_agent_id: str | None,
    category: str = VisitorCategory.VISITOR.value, purpose: str = "", badge_number: str = "",
    id_checked_by: str = "", notify_host: bool = True, acknowledge_watch: bool = False,
) -> Outcome[VisitInfo]:
    """Someone arrives unannounced: register the visit and check it in, in one unit of work."""
    _validate(last_name, category)
    with store.write() as session:
        site = current_site(session)
        visit, visitor, host = _create_visit(
            session, site, last_name=last_name, first_name=first_name, company=company, host_agent_id=host_agent_id,
            expected_at=utc_now(), purpose=purpose, category=category, escort_required=False,
            id_check_required=bool(id_checked_by.strip()), acknowledge_watch=acknowledge_watch,
        )
        _check_in(session, visit, badge_number=badge_number, id_checked_by=id_checked_by,
                  notify_host=notify_host, acknowledge_watch=True)
        return Outcome(_visit_info(visit, visitor, host, site.name), Changes(visits=True, outbox=True))


def check_out_visit(store: Store, *, visit_id: str) -> Outcome[str]:
    with store.write() as session:
        visit = _visit(session, visit_id)
        if visit.status != VisitStatus.CHECKED_IN:
            raise ValidationError(f"visit is {visit.status}", field="status")
        patch_row(session, visit, intent="visit.check_out", status=VisitStatus.CHECKED_OUT.value, checked_out_at=utc_now())
        return Outcome(visit.id, Changes(visits=True, outbox=True))


def check_out_everyone(store: Store, *, visit_ids: list[str] | None = None) -> Outcome[int]:
    """Closing time: check out every visitor still on site (or only `visit_ids`). Returns how many."""
    with store.write() as session:
        statement = select(Visit).where(Visit.status == VisitStatus.CHECKED_IN.value, Visit.deleted_at.is_(None))
        if visit_ids is not None:
            statement = statement.where(Visit.id.in_(visit_ids))
        now = utc_now()
        count = 0
        for visit in session.scalars(statement):
            patch_row(session, visit, intent="visit.check_out", status=VisitStatus.CHECKED_OUT.value, checked_out_at=now)
            count += 1
        return Outcome(count, Changes(visits=True, outbox=True) if count else Changes())
