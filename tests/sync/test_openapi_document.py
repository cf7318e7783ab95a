"""The committed OpenAPI document is the contract: it must say exactly what the code does."""

from __future__ import annotations

import json

from sync.server.openapi import DOCUMENT, current_document


def test_committed_openapi_document_matches_the_server_code() -> None:
    committed = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    assert committed == current_document(), "run: uv run python -m sync.server.openapi"
    paths = set(committed["paths"])
    assert {"/v1/meta", "/v1/sites/{code}/snapshot", "/v1/sites/{code}/changes",
            "/v1/sites/{code}/mutations", "/v1/blobs/{sha256}", "/v1/auth/login"} <= paths
