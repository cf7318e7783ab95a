"""Machine-local preferences, declared once as typed options over QSettings (INI format).

Data that syncs lives in the database; secrets live in the OS keyring; everything here is
harmless to lose. Checklist for a new option: add it below with a default, read it through
`Settings`, never store a token or a password here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T


LANGUAGE = Option("ui/language", "fr")  # "fr" or "en"
THEME = Option("ui/theme", "light")  # "light" or "dark"
LAST_SITE = Option("workspace/last_site", "")
LAST_VIEW = Option("ui/last_view", "plan")
SERVER_URL = Option("sync/server_url", "")
PROXY_URL = Option("sync/proxy_url", "")
CA_BUNDLE = Option("sync/ca_bundle", "")
AUTO_SYNC_MINUTES = Option("sync/auto_minutes", 5)
BADGE_LABEL = Option("reception/badge_label", "card")  # "card" (86×54 mm), "a7" or "a6"

SETTINGS_VERSION = 1


class Settings:
    """Typed access to the INI file. `path` overrides the platform location (tests, --data-dir)."""

    def __init__(self, path: Path | None = None) -> None:
        if path is not None:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "NOMAD", "nomad-desktop")
        if self._qs.value("meta/version") is None:
            self._qs.setValue("meta/version", SETTINGS_VERSION)

    def get(self, option: Option[T]) -> T:
        raw = self._qs.value(option.key, option.default)
        if isinstance(option.default, bool):
            return (raw in (True, "true", "1", 1)) if raw is not None else option.default  # type: ignore[return-value]
        if isinstance(option.default, int):
            try:
                return int(raw)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return option.default
        return str(raw) if raw is not None else option.default  # type: ignore[return-value]

    def set(self, option: Option[T], value: T) -> None:
        self._qs.setValue(option.key, value)

    def raw(self) -> QSettings:
        """For QWidget geometry/state blobs only."""
        return self._qs

    @property
    def file_name(self) -> str:
        return self._qs.fileName()
