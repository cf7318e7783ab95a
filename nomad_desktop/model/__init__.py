"""The domain model (SQLAlchemy 2 declarative). Importing this package registers every table."""

from nomad_desktop.model.base import Base, SyncedMixin, UtcDateTime, new_id
from nomad_desktop.model.booking import Booking, BookingRule, WaitlistEntry
from nomad_desktop.model.people import Agent
from nomad_desktop.model.reception import PurgeJournalEntry, WatchEntry
from nomad_desktop.model.site import Blob, Building, Floor, Site
from nomad_desktop.model.space import OutOfServicePeriod, Space
from nomad_desktop.model.sync_state import Conflict, OutboxMutation, ServerRow, SyncState
from nomad_desktop.model.visit import Visit, Visitor

#: Synced entity name (as used in outbox intents and the sync protocol) → mapped class.
SYNCED_ENTITIES = {
    "site": Site,
    "building": Building,
    "floor": Floor,
    "space": Space,
    "out_of_service": OutOfServicePeriod,
    "agent": Agent,
    "booking": Booking,
    "booking_rule": BookingRule,
    "visitor": Visitor,
    "visit": Visit,
    "watch_entry": WatchEntry,
    "waitlist_entry": WaitlistEntry,
}

__all__ = [
    "SYNCED_ENTITIES",
    "Agent",
    "Base",
    "Blob",
    "Booking",
    "BookingRule",
    "Building",
    "Conflict",
    "Floor",
    "OutOfServicePeriod",
    "OutboxMutation",
    "PurgeJournalEntry",
    "ServerRow",
    "Site",
    "Space",
    "SyncState",
    "SyncedMixin",
    "UtcDateTime",
    "Visit",
    "Visitor",
    "WaitlistEntry",
    "WatchEntry",
    "new_id",
]
