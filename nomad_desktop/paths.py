"""Where NOMAD Desktop keeps its files on this machine (platform folders, overridable)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs(appname="nomad-desktop", appauthor="NOMAD")


def default_data_dir() -> Path:
    return Path(_DIRS.user_data_dir)


def default_log_dir() -> Path:
    return Path(_DIRS.user_log_dir)


def site_file(data_dir: Path, site_code: str) -> Path:
    """One SQLite file per site: <data>/sites/<code>.sqlite."""
    safe = "".join(c for c in site_code if c.isalnum() or c in "-_") or "site"
    return Path(data_dir) / "sites" / f"{safe}.sqlite"
