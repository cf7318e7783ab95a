"""A station killed mid-sync, TLS refusals (trustme), proxies asking for authentication, tokens kept out of logs."""

from __future__ import annotations

import base64
import logging
import os
import random
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
import trustme
from loopback_server import start_server
from sqlalchemy import select
from sync_helpers import client_rows, make_engine, server_rows

from nomad_desktop.model import Agent, Space
from nomad_desktop.services import bookings as booking_services
from sync.api import CentralApi
from sync.errors import ProxyAuthError, TlsError
from sync.server import db
from sync.transport import Transport, TransportConfig

ROOT = Path(__file__).resolve().parents[2]


def _book(store, count: int, offset: int) -> None:
    with store.read() as session:
        spaces = list(session.scalars(select(Space).where(Space.kind.in_(["desk", "meeting_room"]))))
        agent = session.scalars(select(Agent)).first()
    start = datetime(2032, 1, 5, 8, tzinfo=UTC) + timedelta(days=offset)
    for i in range(count):
        s = start + timedelta(hours=i)
        booking_services.book_space(store, space_id=spaces[i % len(spaces)].id, agent_id=agent.id, starts_at=s,
                                    ends_at=s + timedelta(minutes=30))


@pytest.mark.slow
def test_station_killed_at_random_points_during_sync_recovers_intact(
    server, tiny_site, manager_token, empty_copy, server_engine
) -> None:
    store = empty_copy("killed")
    make_engine(store, server.url, tiny_site, manager_token).sync()
    rng = random.Random(6)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(Path(__file__).parent)])}
    for round_ in range(3):
        _book(store, 12, round_)
        worker = subprocess.Popen(
            [sys.executable, str(Path(__file__).parent / "sync_worker.py"), str(store.path), server.url, tiny_site,
             manager_token], env=env, stdout=subprocess.PIPE,
        )
        assert worker.stdout is not None and worker.stdout.readline().strip() == b"ready"
        threading.Event().wait(rng.uniform(0.0, 0.4))
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        assert store.integrity_check() == "ok"
    make_engine(store, server.url, tiny_site, manager_token).sync()
    with store.read() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM outbox").scalar() == 0
    assert client_rows(store) == server_rows(server_engine, tiny_site)
    with server_engine.connect() as conn:
        effects = conn.execute(select(db.rows.c.op_id).where(db.rows.c.site_code == tiny_site,
                                                             db.rows.c.op_id.is_not(None))).scalars().all()
    assert len(effects) == len(set(effects)) == 3 * 12


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def _tls_server(tmp_path: Path, ca: trustme.CA, *identities: str, **when: datetime):
    cert = ca.issue_cert(*identities, **when)
    certfile, keyfile = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.cert_chain_pems[0].write_to_path(str(certfile))
    cert.private_key_pem.write_to_path(str(keyfile))
    return start_server(tmp_path / "tls.sqlite", certfile=certfile, keyfile=keyfile)


def _meta_over_tls(url: str, ca_file: Path | None) -> object:
    transport = Transport(TransportConfig(base_url=url, proxy="", ca_file=ca_file, attempts=1))
    try:
        return transport.request("GET", "/v1/meta", authenticated=False).json()
    finally:
        transport.close()


def test_tls_server_trusted_through_the_private_ca_file(tmp_path, ca) -> None:
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    proc = _tls_server(tmp_path, ca, "127.0.0.1", "localhost")
    try:
        assert _meta_over_tls(proc.url, ca_file)["protocol_versions"] == [1, 2]
        with pytest.raises(TlsError):  # unknown to the OS trust store: refused, never skipped
            _meta_over_tls(proc.url, None)
    finally:
        proc.stop()


def test_tls_certificate_for_another_host_is_refused(tmp_path, ca) -> None:
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    proc = _tls_server(tmp_path, ca, "nomad.other.example")
    try:
        with pytest.raises(TlsError) as caught:
            _meta_over_tls(proc.url, ca_file)
        assert caught.value.detail == "wrong_host"
    finally:
        proc.stop()


def test_expired_tls_certificate_is_refused(tmp_path, ca) -> None:
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    now = datetime.now(UTC)
    proc = _tls_server(tmp_path, ca, "127.0.0.1", not_before=now - timedelta(days=30), not_after=now - timedelta(days=1))
    try:
        with pytest.raises(TlsError) as caught:
            _meta_over_tls(proc.url, ca_file)
        assert caught.value.detail == "expired"
    finally:
        proc.stop()


class _AuthProxy:
    """A forward proxy on loopback that wants Basic credentials (407 otherwise)."""

    def __init__(self, user: str, password: str) -> None:
        expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        client = httpx.Client()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                if self.headers.get("Proxy-Authorization") != expected:
                    body = b"proxy authentication required"
                    self.send_response(407)
                    self.send_header("Proxy-Authenticate", 'Basic realm="test"')
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                answer = client.get(self.path, headers={"X-Nomad-Protocol": self.headers.get("X-Nomad-Protocol", "")})
                self.send_response(answer.status_code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.port = self.server.server_address[1]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_proxy_asking_for_credentials_is_reported_and_credentials_in_the_proxy_url_work(server) -> None:
    proxy = _AuthProxy("agent", "s3cret")
    try:
        wrong = Transport(TransportConfig(base_url=server.url, proxy=f"http://agent:nope@127.0.0.1:{proxy.port}",
                                          attempts=1))
        with pytest.raises(ProxyAuthError):
            wrong.request("GET", "/v1/meta", authenticated=False)
        right = Transport(TransportConfig(base_url=server.url, proxy=f"http://agent:s3cret@127.0.0.1:{proxy.port}",
                                          attempts=1))
        assert right.request("GET", "/v1/meta", authenticated=False).json()["protocol_versions"] == [1, 2]
    finally:
        proxy.close()


def test_token_never_appears_in_logs_of_a_full_sync_at_debug(
    server, tiny_site, manager_token, empty_copy, caplog
) -> None:
    store = empty_copy("logged")
    caplog.set_level(logging.DEBUG)
    make_engine(store, server.url, tiny_site, manager_token).sync()
    _book(store, 2, 40)
    make_engine(store, server.url, tiny_site, manager_token).sync()
    assert len(caplog.records) > 3  # httpx/httpcore really logged at DEBUG
    text = "\n".join(r.getMessage() + repr(r.args) for r in caplog.records)
    assert manager_token not in text


def test_wrong_token_is_reported_as_unauthorized(server, tiny_site) -> None:
    from sync.errors import UnauthorizedError

    transport = Transport(TransportConfig(base_url=server.url, proxy="", attempts=1), token=lambda: "not-a-token")
    with pytest.raises(UnauthorizedError):
        CentralApi(transport, tiny_site).site_meta()
