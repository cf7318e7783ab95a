"""French first: every source string of the UI has a French translation, shipped and loaded."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "build" / "translations.py")
assert spec and spec.loader
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)


def _sources(ts_file: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts_file).getroot()
    return {(c.findtext("name", ""), m.findtext("source", "")) for c in root.iter("context") for m in c.iter("message")}


def test_every_source_string_has_a_french_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    tool.lupdate(fresh)
    tool.fill(fresh, tool.french_wording())
    missing = tool.unfinished(fresh)
    assert missing == [], f"strings without French (add them to resources/translations/fr/*.json): {missing}"


def test_shipped_translation_is_regenerated_from_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    tool.lupdate(fresh)
    assert _sources(tool.TS_FILE) == _sources(fresh), "run: uv run python build/translations.py update"
    assert tool.unfinished(tool.TS_FILE) == []
    rebuilt = tmp_path / "rebuilt.qm"
    shipped_ts = tmp_path / "shipped.ts"
    shutil.copy(tool.TS_FILE, shipped_ts)
    tool.lrelease(shipped_ts, rebuilt)
    assert rebuilt.read_bytes() == tool.QM_FILE.read_bytes(), "run: uv run python build/translations.py update"


def test_french_is_loaded_by_default(qapp: object) -> None:
    from ui.app.i18n import install_translators

    install_translators(qapp, "fr")  # type: ignore[arg-type]
    try:
        assert QCoreApplication.translate("MainWindow", "Bookings") == "Réservations"
        assert QCoreApplication.translate("StatusBar", "x") == "x"
    finally:
        install_translators(qapp, "en")  # type: ignore[arg-type]
    assert QCoreApplication.translate("MainWindow", "Bookings") == "Bookings"


def test_no_english_string_gets_two_french_wordings() -> None:
    """Two areas translating one source differently must say which context they mean."""
    import json

    seen: dict[str, tuple[str, object]] = {}
    clashes = []
    for path in sorted(tool.FRENCH_DIR.glob("*.json")):
        for source, french in json.loads(path.read_text(encoding="utf-8")).items():
            if source in seen and seen[source][1] != french:
                clashes.append(f"{source!r}: {seen[source][0]} vs {path.name}")
            seen.setdefault(source, (path.name, french))
    assert clashes == [], "use a 'Context|source' key for one of them"
