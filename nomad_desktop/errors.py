"""Errors the core raises. Each carries a stable `code` that the UI maps to a translated message,
plus `params` for the message; the core itself holds no user-facing wording."""

from __future__ import annotations

from typing import Any


class NomadError(Exception):
    """Base of every error the core reports to a person."""

    code = "error"

    def __init__(self, detail: str = "", **params: Any) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.params = params


class StoreError(NomadError):
    code = "store_error"


class DiskFullError(StoreError):
    """The disk (or the database's page limit) is full; the transaction was rolled back."""

    code = "disk_full"


class DatabaseCorruptError(StoreError):
    code = "database_corrupt"


class DatabaseLockedError(StoreError):
    """Another writer held the database longer than the busy timeout."""

    code = "database_busy"


class InstanceLockedError(StoreError):
    """Another NOMAD Desktop process already uses this data folder."""

    code = "instance_locked"


class MigrationError(StoreError):
    code = "migration_failed"


class NotFoundError(NomadError):
    code = "not_found"


class ValidationError(NomadError):
    """Input a person gave is not acceptable; `params["field"]` names the field when known."""

    code = "invalid"


class BookingRefused(NomadError):
    """A booking rule or capacity forbids the request; `code` says which rule."""

    code = "booking_refused"

    def __init__(self, reason: str, detail: str = "", **params: Any) -> None:
        super().__init__(detail or reason, **params)
        self.code = reason


class WatchListMatch(NomadError):
    """The visitor's name is on the site's watch list; the person at the desk must acknowledge it.

    `params["reasons"]` lists the managers' notes of the matching entries.
    """

    code = "watch_list_match"


class BadgeInUse(NomadError):
    """The badge number is already held by someone on site."""

    code = "badge_in_use"


class ImportUnreadable(NomadError):
    """A visit list to import is not a readable CSV or XLSX file (corrupt, wrong type, too large)."""

    code = "import_unreadable"
