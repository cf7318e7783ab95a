"""The booking rules of a site, read at every use and resolved once per distinct content.

Every booking, grid and availability search needs the rules in force for its spaces. The rule
table is tiny: reading its rows costs microseconds (driver SQL), while turning them into
`EffectiveRules` (JSON, times, layering) costs far more. So the rows are read inside the
caller's transaction each time, and the parsed rules are kept per exact content of those rows:
any change to a rule, from this station or from sync, gives other rows and thus fresh rules.
Never stale, and no invalidation to forget.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from nomad_desktop.rules.effective import EffectiveRules, resolve

_COLUMNS = (
    "unit", "opening_time", "closing_time", "closed_weekdays", "max_advance_days", "max_duration_minutes",
    "max_active_per_agent", "cancel_cutoff_minutes", "no_show_release_minutes", "guests_allowed", "extra",
)
_JSON_COLUMNS = frozenset({"closed_weekdays", "extra"})
# ORDER BY rowid: the order SQLite returned them in before, made explicit so the cache key is stable.
_SQL = (f"SELECT space_kind, space_id, {', '.join(_COLUMNS)} FROM booking_rules"
        " WHERE site_id = ? AND deleted_at IS NULL ORDER BY rowid")

#: Parsed rules by (site, rows as read). A handful of distinct contents ever exist in a session.
_BY_CONTENT: dict[tuple[object, ...], SiteRules] = {}
_MAX_KEPT = 16


def _layer(values: tuple[Any, ...]) -> dict[str, Any]:
    layer = {}
    for name, value in zip(_COLUMNS, values, strict=True):
        if name in _JSON_COLUMNS and isinstance(value, str):
            value = json.loads(value)
        elif name == "guests_allowed" and value is not None:
            value = bool(value)
        layer[name] = value
    return layer


class SiteRules:
    """One content of a site's rule table: the site's, each kind's and each space's own layers.

    Immutable once built; the resolved rules of a (kind, own space) pair are computed on first use
    (the same value whichever thread computes it first).
    """

    def __init__(self, rows: tuple[tuple[Any, ...], ...]) -> None:
        self._site: list[dict[str, Any]] = []
        self._kind: dict[str, list[dict[str, Any]]] = {}
        self._space: dict[str, list[dict[str, Any]]] = {}
        for kind, space_id, *values in rows:
            layer = _layer(tuple(values))
            if space_id is not None:
                self._space.setdefault(space_id, []).append(layer)
            elif kind is not None:
                self._kind.setdefault(kind, []).append(layer)
            else:
                self._site.append(layer)
        self._resolved: dict[tuple[str, str | None], EffectiveRules] = {}
        #: The few spaces with a rule of their own; every other space has its kind's rules.
        self.spaces_with_own_rules = frozenset(self._space)

    def key(self, kind: str, space_id: str) -> tuple[str, str | None]:
        """Spaces sharing a key share their rules: the kind's, unless the space has its own."""
        return (kind, space_id if space_id in self._space else None)

    def layers(self, kind: str, space_id: str) -> list[dict[str, Any]]:
        """The site's, the kind's and the space's layers, widest first (as plain dicts)."""
        return [*self._site, *self._kind.get(kind, []), *self._space.get(space_id, [])]

    def rules(self, kind: str, space_id: str) -> EffectiveRules:
        key = self.key(kind, space_id)
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = resolve(self.layers(kind, key[1] or ""))
        return found


def site_rules(conn: sqlite3.Connection, site_id: str) -> SiteRules:
    """The rules of `site_id` as the transaction of `conn` (a DB-API connection) sees them."""
    rows = tuple(conn.execute(_SQL, (site_id,)).fetchall())
    key = (site_id, rows)
    found = _BY_CONTENT.get(key)
    if found is None:
        if len(_BY_CONTENT) >= _MAX_KEPT:
            _BY_CONTENT.clear()
        found = _BY_CONTENT[key] = SiteRules(rows)
    return found
