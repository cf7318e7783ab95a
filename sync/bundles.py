"""Signed bundle files for air-gapped stations, relayed to the server by a connected station.

A bundle is a zip: `manifest.json` (format, kind, site, station, sequence, SHA-256 of each
part, the signer's public key), `manifest.sig` (Ed25519 signature of the manifest bytes) and
the parts. The outbox bundle carries the pending ops and the station's cursor; the answer
bundle carries one result per op and the change feed after that cursor. Importing an answer
goes through the same apply path as HTTP (`SyncEngine.record_answers`, `apply.apply_items`).

Refused, with the reason in `BundleError.params["why"]`: tampered (hash or signature),
replayed (already imported), out_of_order (older than one imported, or not an answer to this
station's last export), wrong_site, untrusted_key (another relay than the first one trusted),
malformed.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from nomad_desktop.store.database import Store
from sync import apply
from sync.api import CentralApi
from sync.engine import CURSOR, GENERATION, SITE_CODE, SyncEngine, SyncReport
from sync.errors import BundleError, SyncError
from sync.protocol import MAX_BATCH, Op, OpResult

FORMAT = "nomad-bundle"
VERSION = 1
MAX_PART_BYTES = 512 * 1024 * 1024
OUT_SEQ = "bundle_out_seq"
IN_SEQ = "bundle_in_seq"
TRUSTED_KEY = "bundle_trusted_key"


def _refuse(why: str) -> BundleError:
    return BundleError(f"bundle refused: {why}", why=why)


def load_or_create_key(path: Path) -> Ed25519PrivateKey:
    """This station's signing key, kept in a private file of the data folder (created at first use)."""
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        assert isinstance(key, Ed25519PrivateKey)
        return key
    key = Ed25519PrivateKey.generate()
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    path.touch(mode=0o600)
    path.write_bytes(pem)
    return key


def _public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def write_bundle(path: Path, key: Ed25519PrivateKey, manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
    manifest = {**manifest, "format": FORMAT, "version": VERSION, "public_key": _public_hex(key),
                "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "parts": {name: hashlib.sha256(data).hexdigest() for name, data in parts.items()}}
    raw = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    tmp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", raw)
        z.writestr("manifest.sig", key.sign(raw))
        for name, data in parts.items():
            z.writestr(name, data)
    tmp.replace(path)  # never a half-written bundle under the final name


@dataclass(frozen=True)
class Bundle:
    manifest: dict[str, Any]
    parts: dict[str, bytes]


def read_bundle(path: Path) -> Bundle:
    """Open and verify a bundle (hashes and signature); BundleError when anything is wrong."""
    try:
        with zipfile.ZipFile(path) as z:
            raw = z.read("manifest.json")
            signature = z.read("manifest.sig")
            manifest = json.loads(raw)
            if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
                raise _refuse("malformed")
            parts = {}
            for name, digest in dict(manifest["parts"]).items():
                info = z.getinfo(name)
                if info.file_size > MAX_PART_BYTES:
                    raise _refuse("malformed")
                data = z.read(name)
                if hashlib.sha256(data).hexdigest() != digest:
                    raise _refuse("tampered")
                parts[name] = data
    except BundleError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise _refuse("malformed") from exc
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(manifest["public_key"])).verify(signature, raw)
    except (InvalidSignature, ValueError, KeyError) as exc:
        raise _refuse("tampered") from exc
    return Bundle(manifest, parts)


def export_outbox(store: Store, path: Path, key: Ed25519PrivateKey, *, site_code: str) -> int:
    """Write the pending ops and this station's cursor to a signed bundle; returns the op count."""
    with apply.applying(store) as conn:
        seq = int(apply.get_state(conn, OUT_SEQ) or 0) + 1
        apply.set_state(conn, OUT_SEQ, str(seq))
        rows = conn.exec_driver_sql(
            "SELECT op_id, intent, entity, entity_id, fields, base_version FROM outbox ORDER BY seq"
        ).all()
        cursor = apply.get_state(conn, CURSOR)
        generation = apply.get_state(conn, GENERATION)
        site_id = conn.exec_driver_sql("SELECT id FROM sites LIMIT 1").scalar()
    ops = [Op(r[0], r[1], r[2], r[3], json.loads(r[4] or "{}"), r[5]).to_json() for r in rows]
    write_bundle(path, key, {"kind": "outbox", "site_code": site_code, "site_id": site_id, "sequence": seq,
                             "cursor": int(cursor) if cursor else 0, "generation": generation},
                 {"ops.json": json.dumps(ops).encode()})
    return len(ops)


def relay(bundle_path: Path, answer_path: Path, api: CentralApi, key: Ed25519PrivateKey, *, page_size: int = 5000) -> int:
    """On a connected station: send an outbox bundle's ops to the server and write the answer bundle."""
    bundle = read_bundle(bundle_path)
    m = bundle.manifest
    if m.get("kind") != "outbox":
        raise _refuse("malformed")
    if m.get("site_code") != api.site_code:
        raise _refuse("wrong_site")
    try:
        ops = [Op.from_json(o) for o in json.loads(bundle.parts["ops.json"])]
    except (KeyError, ValueError, TypeError) as exc:
        raise _refuse("malformed") from exc
    results: list[dict[str, Any]] = []
    for start in range(0, len(ops), MAX_BATCH):
        results.extend(r.to_json() for r in api.push(ops[start:start + MAX_BATCH]))
    cursor = int(m.get("cursor") or 0)
    items: list[list[Any]] = []
    generation = None
    while True:
        page = api.changes(cursor, page_size)
        generation = page.generation
        items.extend([e, s, o, d] for e, s, o, d in page.items)
        cursor = page.next
        if not page.has_more:
            break
    write_bundle(answer_path, key, {"kind": "answer", "site_code": api.site_code, "reply_to": m["sequence"],
                                    "station_key": m["public_key"], "cursor": cursor, "generation": generation},
                 {"results.json": json.dumps(results).encode(), "changes.json": json.dumps(items).encode()})
    return len(ops)


def import_answer(store: Store, path: Path, key: Ed25519PrivateKey, *, site_code: str) -> SyncReport:
    """On the air-gapped station: apply an answer bundle (results, then the change feed) in one transaction."""
    bundle = read_bundle(path)
    m = bundle.manifest
    if m.get("kind") != "answer":
        raise _refuse("malformed")
    if m.get("site_code") != site_code:
        raise _refuse("wrong_site")
    if m.get("station_key") != _public_hex(key):
        raise _refuse("wrong_site")  # an answer to another station's bundle
    try:
        results = [OpResult.from_json(r) for r in json.loads(bundle.parts["results.json"])]
        items = [(str(e), int(s), o, dict(d)) for e, s, o, d in json.loads(bundle.parts["changes.json"])]
        reply_to, cursor = int(m["reply_to"]), int(m["cursor"])
    except (KeyError, ValueError, TypeError) as exc:
        raise _refuse("malformed") from exc
    report = SyncReport()
    engine = SyncEngine(store, None)  # type: ignore[arg-type] - only the apply path is used
    with apply.applying(store) as conn:
        last_in = int(apply.get_state(conn, IN_SEQ) or 0)
        last_out = int(apply.get_state(conn, OUT_SEQ) or 0)
        if reply_to == last_in:
            raise _refuse("replayed")
        if reply_to < last_in or reply_to > last_out:
            raise _refuse("out_of_order")
        trusted = apply.get_state(conn, TRUSTED_KEY)
        if trusted and trusted != m["public_key"]:
            raise _refuse("untrusted_key")
        apply.set_state(conn, TRUSTED_KEY, m["public_key"])  # trust on first use, then pinned
        pending = {
            r[0]: Op(r[0], r[1], r[2], r[3], json.loads(r[4] or "{}"), r[5])
            for r in conn.exec_driver_sql(
                "SELECT op_id, intent, entity, entity_id, fields, base_version FROM outbox"
            ).all()
        }
        engine.record_answers(conn, [(pending[r.op_id], r) for r in results if r.op_id in pending], report)
        try:
            apply.apply_items(conn, items)
        except SyncError as exc:
            raise _refuse("malformed") from exc
        apply.set_state(conn, CURSOR, str(cursor))
        if m.get("generation") is not None:
            apply.set_state(conn, GENERATION, str(m["generation"]))
        apply.set_state(conn, SITE_CODE, site_code)
        apply.set_state(conn, IN_SEQ, str(reply_to))
    report.pulled = len(items)
    report.pushed = len(results)
    return report
