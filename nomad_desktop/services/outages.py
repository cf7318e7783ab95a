"""Putting spaces out of service (works, broken equipment) and back, as dated periods."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from nomad_desktop.errors import NotFoundError, ValidationError
from nomad_desktop.model import OutOfServicePeriod, Space
from nomad_desktop.services.changes import Changes, Outcome
from nomad_desktop.services.outbox import create_row, delete_row, patch_row
from nomad_desktop.store.database import Store


def put_out_of_service(
    store: Store, *, space_ids: Sequence[str], starts_at: datetime, ends_at: datetime, reason: str = ""
) -> Outcome[list[str]]:
    """One period per space; returns the periods' ids (an undo deletes exactly those)."""
    if ends_at <= starts_at:
        raise ValidationError("the period ends before it starts", field="ends_at")
    with store.write() as session:
        made = []
        for space_id in space_ids:
            space = session.get(Space, space_id)
            if space is None or space.deleted_at is not None:
                raise NotFoundError(space_id, what="space")
            made.append(create_row(session, OutOfServicePeriod, space_id=space_id, starts_at=starts_at, ends_at=ends_at, reason=reason).id)
        return Outcome(made, Changes(spaces=True, bookings=True, outbox=True))


def remove_outages(store: Store, *, period_ids: Sequence[str]) -> Outcome[int]:
    with store.write() as session:
        for period_id in period_ids:
            period = session.get(OutOfServicePeriod, period_id)
            if period is not None and period.deleted_at is None:
                delete_row(session, period)
        return Outcome(len(period_ids), Changes(spaces=True, bookings=True, outbox=True))


def return_to_service(store: Store, *, space_ids: Sequence[str], at: datetime) -> Outcome[dict[str, datetime]]:
    """End the periods running at `at`; returns {period id: previous end} so that an undo can restore them."""
    with store.write() as session:
        ended: dict[str, datetime] = {}
        periods = session.scalars(
            select(OutOfServicePeriod).where(
                OutOfServicePeriod.space_id.in_(list(space_ids)), OutOfServicePeriod.deleted_at.is_(None),
                OutOfServicePeriod.starts_at <= at, OutOfServicePeriod.ends_at > at,
            )
        )
        for period in periods:
            ended[period.id] = period.ends_at
            patch_row(session, period, ends_at=at)
        return Outcome(ended, Changes(spaces=True, bookings=True, outbox=True))


def restore_outage_ends(store: Store, *, ends: dict[str, datetime]) -> Outcome[int]:
    with store.write() as session:
        for period_id, ends_at in ends.items():
            period = session.get(OutOfServicePeriod, period_id)
            if period is not None:
                patch_row(session, period, ends_at=ends_at)
        return Outcome(len(ends), Changes(spaces=True, bookings=True, outbox=True))


def out_of_service_now(store: Store, *, space_ids: Sequence[str], at: datetime) -> set[str]:
    with store.read() as session:
        return set(session.scalars(
            select(OutOfServicePeriod.space_id).where(
                OutOfServicePeriod.space_id.in_(list(space_ids)), OutOfServicePeriod.deleted_at.is_(None),
                OutOfServicePeriod.starts_at <= at, OutOfServicePeriod.ends_at > at,
            )
        ))
