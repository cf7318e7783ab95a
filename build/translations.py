"""Maintain the French translation: extract strings, fill translations, compile the .qm.

    uv run python build/translations.py update    # lupdate ui/ → nomad_fr.ts, fill from fr/*.json, lrelease
    uv run python build/translations.py missing   # list source strings without French

Source strings are English; French is shipped and loaded by default. The French wording lives
in resources/translations/fr/<area>.json ({"source": "traduction" | ["singulier", "pluriel"]}),
one file per area of the UI so that parallel work never edits the same file; a key
"Context|source" translates the string of that context only (one English word, two French ones); the .ts and .qm
are regenerated from the sources and those files (commit all three).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "translations" / "nomad_fr.ts"
FRENCH_DIR = ROOT / "resources" / "translations" / "fr"
QM_FILE = TS_FILE.with_suffix(".qm")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def lupdate(ts_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *ui_sources(), "-source-language", "en", "-target-language", "fr_FR",
         "-no-obsolete", "-locations", "none", "-ts", str(ts_file)],
        cwd=ROOT, check=True, capture_output=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every message with no complete French translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [t.text for t in translation.iter("numerusform")] if translation is not None and message.get("numerus") == "yes" else [translation.text if translation is not None else None]
            if translation is None or translation.get("type") == "unfinished" or not all(texts):
                missing.append((name, message.findtext("source", "")))
    return missing


def fill(ts_file: Path, mapping: dict[str, str | list[str]]) -> int:
    tree = ET.parse(ts_file)
    count = 0
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            count += _fill_message(message, context_name, mapping)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return count


def _fill_message(message: ET.Element, context_name: str, mapping: dict[str, str | list[str]]) -> int:
    """Translate one message; a "Context|source" key wins over a plain "source" key."""
    source = message.findtext("source", "")
    translation = message.find("translation")
    value = mapping.get(f"{context_name}|{source}", mapping.get(source))
    if translation is None or value is None:
        return 0
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value, value]
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value if isinstance(value, str) else value[0]
    translation.attrib.pop("type", None)
    return 1


def french_wording() -> dict[str, str | list[str]]:
    """Every area's French wording merged (a source string means the same everywhere)."""
    mapping: dict[str, str | list[str]] = {}
    for path in sorted(FRENCH_DIR.glob("*.json")):
        mapping.update(json.loads(path.read_text(encoding="utf-8")))
    return mapping


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        lupdate(TS_FILE)
        fill(TS_FILE, french_wording())
        lrelease(TS_FILE, QM_FILE)
        missing = unfinished(TS_FILE)
        print(f"{TS_FILE.name}: {len(missing)} string(s) without French translation")
        return 0
    if command == "missing":
        for context, source in unfinished(TS_FILE):
            print(f"{context}\t{source}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
