"""Writes the committed OpenAPI document from the code: `uv run python -m sync.server.openapi`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DOCUMENT = Path(__file__).resolve().parent.parent / "openapi.json"


def current_document() -> dict[str, Any]:
    from sqlalchemy import create_engine

    from sync.server.app import create_app

    return create_app(create_engine("sqlite://")).openapi()


def render() -> str:
    return json.dumps(current_document(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    DOCUMENT.write_text(render(), encoding="utf-8")
    print(DOCUMENT)
