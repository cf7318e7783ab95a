"""The sync engine: push the outbox, pull the change feed, apply, and keep the conflict inbox.

    engine = SyncEngine(store, CentralApi(transport, "DEMO"))
    report = engine.sync()

Push sends pending ops in outbox order, in batches; an op leaves the outbox only in the
transaction that records its answer (applied, or refused → conflict inbox with the server's
value restored locally). Pull reads pages after the cursor; each page and the new cursor are
one transaction. A new site generation or an expired cursor downloads the site again, keeping
the outbox. One sync at a time per site file (a lock file, across processes).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import filelock

from nomad_desktop.store.database import Store
from sync import apply, protocol
from sync.api import CentralApi
from sync.errors import CursorExpiredError, SyncBusyError, SyncCancelled, SyncError
from sync.protocol import APPLIED, CLOCK_SKEW_WARNING_S, Op, OpResult

log = logging.getLogger("nomad.sync")

CURSOR = "cursor"
GENERATION = "generation"
SITE_CODE = "site_code"
SNAPSHOT_AT = "snapshot_at"
SNAPSHOT_NEXT = "snapshot_next"
LAST_SUCCESS = "last_success"
HISTORY = "history"
HISTORY_LENGTH = 30

#: progress(done, total, label): label is "push", "pull" or "download".
Progress = Callable[[int, int, str], None]


@dataclass
class SyncReport:
    """What one sync did."""

    pushed: int = 0
    applied: int = 0
    rejected: int = 0
    pulled: int = 0
    downloaded: int = 0
    reset: bool = False
    clock_skew_s: float | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def clock_warning(self) -> bool:
        return self.clock_skew_s is not None and abs(self.clock_skew_s) > CLOCK_SKEW_WARNING_S


def _now_wire() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def lock_path(store: Store) -> Path:
    return store.path.with_name(store.path.name + ".sync.lock")


class SyncEngine:
    """Synchronises one site file with one site of the central API."""

    def __init__(
        self, store: Store, api: CentralApi, *, batch_size: int = protocol.MAX_BATCH, page_size: int = 5000,
        progress: Progress | None = None, check_cancelled: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self.api = api
        self.batch_size = batch_size
        self.page_size = page_size
        self._progress = progress or (lambda done, total, label: None)
        self._check = check_cancelled or (lambda: None)

    # --- Whole sync ---------------------------------------------------------------------

    def sync(self) -> SyncReport:
        """Push then pull until caught up; records the outcome in the history. Raises SyncError."""
        lock = filelock.FileLock(str(lock_path(self.store)), timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout:
            raise SyncBusyError("another synchronisation of this site is running") from None
        report = SyncReport()
        try:
            self._sync(report)
        except SyncError as exc:
            self._record(report, error=exc.code)
            raise
        finally:
            lock.release()
        self._record(report, error=None)
        return report

    def _sync(self, report: SyncReport) -> None:
        meta = self.api.site_meta()
        report.clock_skew_s = self.api.transport.clock_skew
        if report.clock_warning:
            report.warnings.append("clock_skew")
            log.warning("clock differs from the server's by %.0f s", report.clock_skew_s)
        with self.store.read() as session:
            conn = session.connection()
            code = apply.get_state(conn, SITE_CODE)
            generation = apply.get_state(conn, GENERATION)
            cursor = apply.get_state(conn, CURSOR)
            in_download = apply.get_state(conn, SNAPSHOT_AT) is not None
        if code not in (None, self.api.site_code) or generation != str(meta.generation) or (
            cursor is None and not in_download
        ):
            self._start_download(report, meta.generation, fresh=code is None and generation is None)
        if self._downloading():
            self.download(report)
        self.push(report)
        if not report.pushed and self._cursor() == str(meta.seq):
            return  # nothing sent, nothing new on the server: no page to ask for
        try:
            self.pull(report)
        except CursorExpiredError:
            self._start_download(report, self.api.site_meta().generation, fresh=False)
            self.download(report)
            self.pull(report)

    def _cursor(self) -> str | None:
        with self.store.read() as session:
            return apply.get_state(session.connection(), CURSOR)

    def _downloading(self) -> bool:
        with self.store.read() as session:
            return apply.get_state(session.connection(), SNAPSHOT_AT) is not None

    # --- Full download ------------------------------------------------------------------

    def _start_download(self, report: SyncReport, generation: int, *, fresh: bool) -> None:
        report.reset = not fresh
        with apply.applying(self.store) as conn:
            if not fresh:
                log.info("site reset: downloading the site again, keeping %s", "the outbox")
            apply.wipe_server_data(conn)
            apply.set_state(conn, CURSOR, None)
            apply.set_state(conn, SITE_CODE, self.api.site_code)
            apply.set_state(conn, GENERATION, str(generation))
            apply.set_state(conn, SNAPSHOT_AT, "")
            apply.set_state(conn, SNAPSHOT_NEXT, json.dumps(["", ""]))

    def download(self, report: SyncReport) -> None:
        """Fetch the snapshot page by page (resumable), then replay the outbox and set the cursor.

        The next page is fetched while this one is written: the server prepares a page while
        the client stores the previous one. Pages are still applied in order, each with its place.
        """
        with self.store.read() as session:
            conn = session.connection()
            at_text = apply.get_state(conn, SNAPSHOT_AT) or ""
            entity, after = json.loads(apply.get_state(conn, SNAPSHOT_NEXT) or '["", ""]')
        at = int(at_text) if at_text else None
        done = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="nomad-sync-fetch") as fetcher:
            self._check_cancel()
            page = self.api.snapshot(at, entity or None, after, self.page_size)
            while True:
                coming = None
                if page.next is not None:
                    coming = fetcher.submit(self.api.snapshot, page.at, page.next[0], page.next[1], self.page_size)
                with apply.applying(self.store, durable=page.next is None) as conn:
                    apply.apply_page(conn, page.rows)
                    if page.next is None:
                        apply.replay_outbox(conn)
                        apply.set_state(conn, CURSOR, str(page.at))
                        apply.set_state(conn, GENERATION, str(page.generation))
                        apply.set_state(conn, SNAPSHOT_AT, None)
                        apply.set_state(conn, SNAPSHOT_NEXT, None)
                    else:
                        apply.set_state(conn, SNAPSHOT_AT, str(page.at))
                        apply.set_state(conn, SNAPSHOT_NEXT, json.dumps(list(page.next)))
                done += page.rows.count
                report.downloaded += page.rows.count
                self._progress(done, 0, "download")
                if coming is None:
                    return
                self._check_cancel()
                page = coming.result()

    # --- Push ---------------------------------------------------------------------------

    def push(self, report: SyncReport) -> None:
        """Send the outbox in order, in batches, and record every answer."""
        total = self._pending_count()
        done = 0
        while True:
            self._check_cancel()
            ops = self._next_batch()
            if not ops:
                return
            results = self.api.push(ops)
            with apply.applying(self.store) as conn:
                self.record_answers(conn, list(zip(ops, results, strict=True)), report)
            done += len(ops)
            report.pushed += len(ops)
            self._progress(done, total, "push")

    def _pending_count(self) -> int:
        with self.store.read() as session:
            return int(session.connection().exec_driver_sql("SELECT count(*) FROM outbox").scalar() or 0)

    def _next_batch(self) -> list[Op]:
        with self.store.read() as session:
            rows = session.connection().exec_driver_sql(
                "SELECT op_id, intent, entity, entity_id, fields, base_version FROM outbox ORDER BY seq LIMIT ?",
                (self.batch_size,),
            ).all()
        return [
            Op(op_id=r[0], intent=r[1], entity=r[2], entity_id=r[3], fields=json.loads(r[4] or "{}"), base_version=r[5])
            for r in rows
        ]

    def record_answers(self, conn: object, answered: list[tuple[Op, OpResult]], report: SyncReport) -> None:
        """Record a batch of answers in order: runs of applied ops with a few statements, refusals one by one."""
        run: list[tuple[Op, OpResult]] = []
        for op, result in answered:
            if result.effective_status == APPLIED:
                run.append((op, result))
                continue
            self._record_applied(conn, run, report)
            run = []
            self.record_answer(conn, op, result, report)
        self._record_applied(conn, run, report)

    @staticmethod
    def _record_applied(conn: object, run: list[tuple[Op, OpResult]], report: SyncReport) -> None:
        from sqlalchemy import Connection

        assert isinstance(conn, Connection)
        if not run:
            return
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.executemany("DELETE FROM outbox WHERE op_id = ?", [(op.op_id,) for op, _ in run])
        report.applied += len(run)
        # The server's values are the new base: later pending ops replay over them.
        rows = [(op.entity, 0, None, result.row) for op, result in run
                if result.row is not None and result.row.get("id") == op.entity_id]
        apply.apply_items(conn, rows)

    def record_answer(self, conn: object, op: Op, result: OpResult, report: SyncReport) -> None:
        from sqlalchemy import Connection

        assert isinstance(conn, Connection)
        conn.exec_driver_sql("DELETE FROM outbox WHERE op_id = ?", (op.op_id,))
        if result.effective_status == APPLIED:
            report.applied += 1
            if result.row is not None and result.row.get("id") == op.entity_id:
                # The server's value is the new base: later pending ops replay over it.
                apply.restore_server_value(conn, op.entity, op.entity_id, result.row)
            return
        report.rejected += 1
        log.info("op %s (%s) refused: %s", op.op_id, op.intent, result.reason)
        own_row = result.row if result.row is not None and result.row.get("id") == op.entity_id else None
        conn.exec_driver_sql(
            "INSERT INTO conflicts (id, op_id, intent, entity, entity_id, reason, local_fields, server_row, "
            "created_at, resolved_at, resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '')",
            (
                str(uuid.uuid4()), op.op_id, op.intent, op.entity, op.entity_id, result.reason,
                json.dumps({**op.fields, "_base_version": op.base_version, "_fields": list(result.fields)}),
                json.dumps(result.row) if result.row is not None else None,
                datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"),
            ),
        )
        apply.restore_server_value(conn, op.entity, op.entity_id, own_row)

    # --- Pull ---------------------------------------------------------------------------

    def pull(self, report: SyncReport) -> None:
        """Apply change-feed pages after the cursor until caught up (each page with its cursor)."""
        while True:
            self._check_cancel()
            with self.store.read() as session:
                conn = session.connection()
                cursor = int(apply.get_state(conn, CURSOR) or 0)
                generation = apply.get_state(conn, GENERATION)
            page = self.api.changes(cursor, self.page_size)
            if str(page.generation) != generation:
                raise CursorExpiredError("the site was reset on the server")
            if not page.rows.count and page.next == cursor:
                return  # caught up: nothing to write
            # Not waiting for the disk: a page lost to a power cut goes with its cursor and comes again.
            with apply.applying(self.store, durable=False) as conn:
                apply.apply_page(conn, page.rows)
                apply.set_state(conn, CURSOR, str(page.next))
            report.pulled += page.rows.count
            self._progress(report.pulled, 0, "pull")
            if not page.has_more:
                return

    # --- Bookkeeping --------------------------------------------------------------------

    def _check_cancel(self) -> None:
        try:
            self._check()
        except Exception as exc:
            raise SyncCancelled("cancelled") from exc

    def _record(self, report: SyncReport, *, error: str | None) -> None:
        entry = {
            "at": _now_wire(), "error": error, "pushed": report.pushed, "rejected": report.rejected,
            "pulled": report.pulled + report.downloaded, "reset": report.reset,
        }
        try:
            with apply.applying(self.store, durable=False) as conn:  # the history is informative only
                history = json.loads(apply.get_state(conn, HISTORY) or "[]")
                history = [entry, *history][:HISTORY_LENGTH]
                apply.set_state(conn, HISTORY, json.dumps(history))
                if error is None:
                    apply.set_state(conn, LAST_SUCCESS, entry["at"])
        except SyncError:
            log.warning("could not record the sync in the history")
