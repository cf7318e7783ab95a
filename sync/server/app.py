"""The reference central API (FastAPI): meta, login, snapshot, changes, mutations and blobs.

Every route under /v1/sites/ checks the bearer token, its site scope and the client's protocol
version (426 when too old). Pages are assembled as JSON text by `logic` and sent as is.
"""

# No "from __future__ import annotations": FastAPI reads the route annotations at runtime.

import gzip
import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.middleware.gzip import GZipMiddleware
from pydantic import BaseModel, Field
from sqlalchemy import Engine, insert, select

from sync import protocol
from sync.protocol import Op
from sync.server import admin, db, logic
from sync.server.mutations import apply_ops

log = logging.getLogger("nomad.server")
RETENTION_DAYS = 30


# --- Wire models (for validation and the OpenAPI document) ---------------------------------


class Limits(BaseModel):
    max_batch: int
    page_size: int
    max_page_size: int
    max_blob_bytes: int


class ServerMeta(BaseModel):
    protocol_versions: list[int]
    server_time: str
    retention_days: int
    limits: Limits


class SiteMetaOut(BaseModel):
    code: str
    site_id: str
    generation: int
    seq: int
    min_cursor: int
    server_time: str
    retention_days: int


class LoginIn(BaseModel):
    username: str
    password: str


class LoginOut(BaseModel):
    token: str
    role: str
    sites: list[str]


class OpIn(BaseModel):
    op_id: str = Field(min_length=1, max_length=36)
    intent: str = Field(min_length=3, max_length=64)
    entity: str = Field(min_length=1, max_length=32)
    entity_id: str = Field(min_length=1, max_length=36)
    fields: dict[str, Any] = Field(default_factory=dict)
    base_version: int | None = None


class MutationBatch(BaseModel):
    ops: list[OpIn]


class OpResultOut(BaseModel):
    op_id: str
    status: str = Field(description="applied, rejected or duplicate")
    version: int | None = None
    reason: str = ""
    row: dict[str, Any] | None = None
    fields: list[str] = Field(default_factory=list)
    original: str = Field("", description="for a duplicate: the status first given")


class MutationResults(BaseModel):
    results: list[OpResultOut]


class FeedItem(BaseModel):
    e: str = Field(description="entity name")
    s: int = Field(description="site sequence number of the row's last change")
    o: str | None = Field(description="op id that made the change (null for imported rows)")
    d: dict[str, Any] = Field(description="the full row: id, version, updated_at, deleted_at and fields")


class ChangesPage(BaseModel):
    generation: int
    seq: int
    next: int
    has_more: bool
    items: list[FeedItem]


class ColumnarTable(BaseModel):
    """Protocol 2: one entity's rows as columns (see sync/columnar.py)."""

    e: str = Field(description="entity name")
    n: int = Field(description="number of rows")
    s: list[int] | None = Field(None, description="sequence numbers (change feed only)")
    o: list[str | None] | None = Field(None, description="origin op ids (change feed only; absent when all null)")
    const: dict[str, Any] = Field(default_factory=dict, description="columns with one value for every row")
    dict_: dict[str, list[Any]] = Field(
        default_factory=dict, alias="dict", description="dictionary-encoded columns: the column holds indexes into this list"
    )
    cols: dict[str, list[Any]] = Field(description="the other columns, one value per row")


class ChangesPageV2(BaseModel):
    generation: int
    seq: int
    next: int
    has_more: bool
    tables: list[ColumnarTable]


class SnapshotNext(BaseModel):
    entity: str
    after: str


class SnapshotPage(BaseModel):
    generation: int
    at: int
    next: SnapshotNext | None
    items: list[FeedItem]


class SnapshotPageV2(BaseModel):
    generation: int
    at: int
    next: SnapshotNext | None
    tables: list[ColumnarTable]


class BlobOut(BaseModel):
    sha256: str
    size: int


# --- Dependencies ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Principal:
    username: str
    role: str
    sites: tuple[str, ...]


def create_app(engine: Engine, *, protocol_versions: tuple[int, ...] = protocol.SUPPORTED_VERSIONS) -> FastAPI:
    """The ASGI application on `engine` (the server's own database), speaking `protocol_versions`
    (fewer than this code knows to try clients against an older server)."""
    app = FastAPI(title="NOMAD central API (reference server)", version=str(protocol.PROTOCOL_VERSION))
    # Level 1: most of the size gain for a fraction of the CPU of level 9 on large pages.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=1)
    app.add_middleware(_GunzipRequests)

    def _check_protocol(x_nomad_protocol: Annotated[str | None, Header()] = None) -> int:
        try:
            version = int(x_nomad_protocol or "0")
        except ValueError:
            version = 0
        if version not in protocol_versions:
            raise HTTPException(
                status_code=426,
                detail=f"protocol version {version} is not supported; supported: {list(protocol_versions)}",
            )
        return version

    def principal(authorization: Annotated[str | None, Header()] = None) -> Principal:
        if not authorization or not authorization.lower().startswith("bearer "):
            raise HTTPException(status_code=401, detail="missing bearer token", headers={"WWW-Authenticate": "Bearer"})
        digest = admin.token_digest(authorization[7:].strip())
        with engine.connect() as conn:
            row = conn.execute(select(db.tokens).where(db.tokens.c.token_sha256 == digest)).first()
        if row is None or row.revoked:
            raise HTTPException(status_code=401, detail="invalid token", headers={"WWW-Authenticate": "Bearer"})
        return Principal(row.username, row.role, tuple(row.sites))

    def site_access(code: str, who: Annotated[Principal, Depends(principal)],
                    _v: Annotated[int, Depends(_check_protocol)]) -> Principal:
        if "*" not in who.sites and code not in who.sites:
            raise HTTPException(status_code=403, detail="this token does not give access to this site")
        return who

    Access = Annotated[Principal, Depends(site_access)]  # noqa: N806 - a type alias
    Version = Annotated[int, Depends(_check_protocol)]  # noqa: N806 - the protocol version the client speaks

    def _site_errors(fn: Any) -> Any:
        try:
            return fn()
        except logic.SiteNotFound:
            raise HTTPException(status_code=404, detail="unknown site") from None
        except logic.CursorExpired:
            raise HTTPException(status_code=410, detail="cursor older than the retention: download the site again") from None

    @app.get("/v1/meta", response_model=ServerMeta)
    def meta() -> ServerMeta:
        return ServerMeta(
            protocol_versions=list(protocol_versions), server_time=logic.now_wire(),
            retention_days=RETENTION_DAYS,
            limits=Limits(max_batch=protocol.MAX_BATCH, page_size=protocol.PAGE_SIZE,
                          max_page_size=protocol.MAX_PAGE_SIZE, max_blob_bytes=protocol.MAX_BLOB_BYTES),
        )

    @app.post("/v1/auth/login", response_model=LoginOut)
    def login(body: LoginIn) -> LoginOut:
        found = admin.login(engine, username=body.username, password=body.password)
        if found is None:
            raise HTTPException(status_code=401, detail="wrong user name or password")
        token, role, sites = found
        return LoginOut(token=token, role=role, sites=sites)

    @app.get("/v1/sites/{code}/meta", response_model=SiteMetaOut)
    def site_meta(code: str, who: Access) -> SiteMetaOut:
        m = _site_errors(lambda: logic.site_meta(engine, code))
        return SiteMetaOut(code=m.code, site_id=m.site_id, generation=m.generation, seq=m.seq,
                           min_cursor=m.min_cursor, server_time=logic.now_wire(), retention_days=RETENTION_DAYS)

    @app.get("/v1/sites/{code}/snapshot", response_model=SnapshotPageV2 | SnapshotPage)
    def snapshot(
        code: str, who: Access, version: Version, at: int | None = None, entity: str | None = None, after: str = "",
        limit: Annotated[int, Query(ge=1, le=protocol.MAX_PAGE_SIZE)] = protocol.PAGE_SIZE,
    ) -> Response:
        if entity is not None and entity not in logic.ENTITY_ORDER:
            raise HTTPException(status_code=422, detail="unknown entity")
        text = _site_errors(lambda: logic.snapshot_page(engine, code, at, entity, after, limit, version))
        return Response(content=text, media_type="application/json")

    @app.get("/v1/sites/{code}/changes", response_model=ChangesPageV2 | ChangesPage)
    def changes(
        code: str, who: Access, version: Version, after: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=protocol.MAX_PAGE_SIZE)] = protocol.PAGE_SIZE,
    ) -> Response:
        text = _site_errors(lambda: logic.changes_page(engine, code, after, limit, version))
        return Response(content=text, media_type="application/json")

    @app.post("/v1/sites/{code}/mutations", response_model=MutationResults)
    def mutations(code: str, who: Access, body: MutationBatch) -> MutationResults:
        if len(body.ops) > protocol.MAX_BATCH:
            raise HTTPException(status_code=413, detail=f"at most {protocol.MAX_BATCH} ops per batch")
        ops = [Op.from_json(o.model_dump()) for o in body.ops]
        results = _site_errors(lambda: apply_ops(engine, code, ops, who.role))
        return MutationResults(results=[OpResultOut(**r.to_json()) for r in results])

    @app.put("/v1/blobs/{sha256}", response_model=BlobOut)
    async def put_blob(sha256: str, request: Request, who: Annotated[Principal, Depends(principal)]) -> BlobOut:
        if who.role == protocol.ROLE_READ_ONLY:
            raise HTTPException(status_code=403, detail="read-only token")
        digest = hashlib.sha256()
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():  # chunked upload: checked as it arrives
            size += len(chunk)
            if size > protocol.MAX_BLOB_BYTES:
                raise HTTPException(status_code=413, detail="blob too large")
            digest.update(chunk)
            chunks.append(chunk)
        if digest.hexdigest() != sha256.lower():
            raise HTTPException(status_code=422, detail="content does not match its SHA-256")
        with engine.begin() as conn:
            if conn.execute(select(db.blobs.c.sha256).where(db.blobs.c.sha256 == sha256.lower())).first() is None:
                conn.execute(insert(db.blobs).values(sha256=sha256.lower(), size=size, data=b"".join(chunks)))
        return BlobOut(sha256=sha256.lower(), size=size)

    @app.get("/v1/blobs/{sha256}", responses={200: {"content": {"application/octet-stream": {}}}})
    def get_blob(sha256: str, who: Annotated[Principal, Depends(principal)],
                 range_: Annotated[str | None, Header(alias="range")] = None) -> Response:
        with engine.connect() as conn:
            row = conn.execute(select(db.blobs.c.data).where(db.blobs.c.sha256 == sha256.lower())).first()
        if row is None:
            raise HTTPException(status_code=404, detail="unknown blob")
        data: bytes = row.data
        if range_ and range_.startswith("bytes="):
            # Chunked download: one byte range at a time, so a large plan resumes after a cut.
            start_s, _, end_s = range_[6:].partition("-")
            start = int(start_s or 0)
            end = min(int(end_s) if end_s else len(data) - 1, len(data) - 1)
            return Response(content=data[start:end + 1], status_code=206, media_type="application/octet-stream",
                            headers={"Content-Range": f"bytes {start}-{end}/{len(data)}", "X-Sha256": sha256})
        return Response(content=data, media_type="application/octet-stream", headers={"X-Sha256": sha256})

    return app


class _GunzipRequests:
    """Accept gzip-compressed request bodies (Content-Encoding: gzip), capped in size once inflated."""

    MAX_INFLATED = 64 * 1024 * 1024

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        headers = dict(scope.get("headers") or []) if scope["type"] == "http" else {}
        if headers.get(b"content-encoding", b"").lower() != b"gzip":
            await self.app(scope, receive, send)
            return
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        try:
            with gzip.GzipFile(fileobj=__import__("io").BytesIO(body)) as f:
                inflated = f.read(self.MAX_INFLATED + 1)
        except (OSError, EOFError):
            await _plain(send, 400, "body is not valid gzip")
            return
        if len(inflated) > self.MAX_INFLATED:
            await _plain(send, 413, "body too large")
            return
        new_headers = [(k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length")]
        new_headers.append((b"content-length", str(len(inflated)).encode()))
        scope = {**scope, "headers": new_headers}
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": inflated, "more_body": False}

        await self.app(scope, replay, send)


async def _plain(send: Any, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
