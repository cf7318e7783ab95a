"""Wire types and constants of the NOMAD sync protocol, shared by the client engine and the reference server.

Rows travel as their wire dict (`nomad_desktop.services.wire.row_to_wire`): id, version,
updated_at, deleted_at (tombstone) and every business field. A change-feed item adds the
entity name, the server sequence number and the op id that produced it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Protocol versions this code speaks; the client sends its own in PROTOCOL_HEADER, and steps
#: down to the newest version the server lists in /v1/meta when the server answers 426.
#: 2 = pages of columnar tables (`sync.columnar`) instead of one item per row.
PROTOCOL_VERSION = 2
SUPPORTED_VERSIONS = (1, 2)
PROTOCOL_HEADER = "X-Nomad-Protocol"
API_PREFIX = "/v1"

#: Limits the server announces in /meta (the client adapts its batches to them).
MAX_BATCH = 1000
PAGE_SIZE = 5000
MAX_PAGE_SIZE = 50_000
MAX_BLOB_BYTES = 50 * 1024 * 1024

#: Clock difference above which the person is warned (never blocked).
CLOCK_SKEW_WARNING_S = 300

#: Result statuses of one mutation.
APPLIED = "applied"
REJECTED = "rejected"
DUPLICATE = "duplicate"

#: Roles of a token, widest first.
ROLE_SITE_MANAGER = "site_manager"
ROLE_RECEPTION = "reception"
ROLE_READ_ONLY = "read_only"
ROLES = (ROLE_SITE_MANAGER, ROLE_RECEPTION, ROLE_READ_ONLY)
#: What reception staff may change; site managers change everything, read-only nothing.
RECEPTION_ENTITIES = frozenset({"booking", "visit", "visitor"})

#: Entities whose conflicting edits are merged field by field against the base version;
#: bookings are decided by the server (capacity, overlap).
SERVER_DECIDES = frozenset({"booking"})


@dataclass(frozen=True)
class Op:
    """One outbox mutation as sent to the server."""

    op_id: str
    intent: str
    entity: str
    entity_id: str
    fields: dict[str, Any] = field(default_factory=dict)
    base_version: int | None = None

    @property
    def kind(self) -> str:
        """"create", "delete" or "patch" (every other intent is a patch with its own validation)."""
        action = self.intent.split(".", 1)[-1]
        return action if action in ("create", "delete") else "patch"

    def to_json(self) -> dict[str, Any]:
        return {
            "op_id": self.op_id, "intent": self.intent, "entity": self.entity, "entity_id": self.entity_id,
            "fields": self.fields, "base_version": self.base_version,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Op:
        return cls(
            op_id=str(data["op_id"]), intent=str(data["intent"]), entity=str(data["entity"]),
            entity_id=str(data["entity_id"]), fields=dict(data.get("fields") or {}),
            base_version=data.get("base_version"),
        )


@dataclass(frozen=True)
class OpResult:
    """The server's answer to one op. `row` is the current server row (after the op, or the one that won)."""

    op_id: str
    status: str
    version: int | None = None
    reason: str = ""
    row: dict[str, Any] | None = None
    fields: tuple[str, ...] = ()  # the fields in conflict, for a three-way merge refusal
    original: str = ""  # for a duplicate: the status first given

    def to_json(self) -> dict[str, Any]:
        return {
            "op_id": self.op_id, "status": self.status, "version": self.version, "reason": self.reason,
            "row": self.row, "fields": list(self.fields), "original": self.original,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OpResult:
        return cls(
            op_id=str(data["op_id"]), status=str(data["status"]), version=data.get("version"),
            reason=str(data.get("reason") or ""), row=data.get("row"), fields=tuple(data.get("fields") or ()),
            original=str(data.get("original") or ""),
        )

    @property
    def effective_status(self) -> str:
        """Applied or rejected, looking through a duplicate to the original answer."""
        return (self.original or APPLIED) if self.status == DUPLICATE else self.status
