"""HTTP to the central API: the only module that imports httpx.

What httpx does not give by itself is added here: a deadline for the whole request and a cap
on the response size (a slow-loris server cannot hang the client, a huge answer cannot fill
memory), retries with exponential backoff and jitter honouring `Retry-After`, gzip request
bodies, the protocol version header, the proxy chosen from the settings, the environment or
the system, and TLS verification that is always on (private CA file or the OS trust store).
"""

from __future__ import annotations

import email.utils
import functools
import gzip
import json
import logging
import random
import ssl
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import truststore

from sync import protocol
from sync.errors import (
    BadAnswerError,
    CursorExpiredError,
    DeadlineError,
    ForbiddenError,
    OfflineError,
    ProxyAuthError,
    ServerBusyError,
    SiteUnknownError,
    SyncError,
    TlsError,
    UnauthorizedError,
    UpgradeRequiredError,
)

log = logging.getLogger("nomad.sync.transport")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class TransportConfig:
    """How to reach the server. `proxy` None = environment/system proxy; "" = no proxy."""

    base_url: str
    ca_file: Path | None = None
    proxy: str | None = None
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    #: Whole-request limit, body included.
    deadline: float = 120.0
    max_response_bytes: int = 512 * 1024 * 1024
    attempts: int = 5
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    http2: bool = False


@functools.lru_cache(maxsize=8)
def ssl_context(ca_file: Path | None) -> ssl.SSLContext:
    """Verification always on: the private CA bundle if given, else the operating system's trust store.

    Cached: building a context reads the trust store, too slow to repeat at every sync.
    """
    if ca_file is not None:
        return ssl.create_default_context(cafile=str(ca_file))
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def resolve_proxy(base_url: str, configured: str | None) -> str | None:
    """The proxy for `base_url`: the settings first, then the environment / system (honouring no_proxy)."""
    if configured is not None:
        return configured or None
    host = urlsplit(base_url).hostname or ""
    if urllib.request.proxy_bypass(host):
        return None
    scheme = urlsplit(base_url).scheme
    return urllib.request.getproxies().get(scheme)


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise BadAnswerError("malformed JSON in the server's answer") from exc


class Transport:
    """One HTTP client on one server. Thread-safe for sequential use by the engine."""

    def __init__(
        self,
        config: TransportConfig,
        token: Callable[[], str | None] = lambda: None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config
        self._token = token
        self._sleep = sleep
        proxy = resolve_proxy(config.base_url, config.proxy)
        # With an explicit transport httpx ignores the client's verify/proxy: set them here.
        transport = httpx.HTTPTransport(
            verify=ssl_context(config.ca_file), proxy=proxy, http2=config.http2, retries=0
        )
        self._client = httpx.Client(
            base_url=config.base_url.rstrip("/"),
            transport=transport,
            timeout=httpx.Timeout(config.read_timeout, connect=config.connect_timeout),
            headers={"Accept-Encoding": "gzip"},
            follow_redirects=False,
            trust_env=False,
        )
        #: Server clock minus ours, from the last Date header (seconds).
        self.clock_skew: float | None = None
        #: The protocol version spoken: ours, or the newest the server also speaks (see `_step_down`).
        self.protocol_version = protocol.PROTOCOL_VERSION

    def close(self) -> None:
        self._client.close()

    def request(
        self, method: str, path: str, *, params: dict[str, Any] | None = None, json_body: Any = None,
        content: bytes | None = None, authenticated: bool = True, retry: bool = True,
    ) -> Answer:
        """Send a request, retrying transient failures; raise a SyncError on a refusal."""
        headers: dict[str, str] = {}
        if json_body is not None:
            raw = json.dumps(json_body, separators=(",", ":")).encode()
            headers["Content-Type"] = "application/json"
            if len(raw) > 1024:
                raw = gzip.compress(raw, compresslevel=5)
                headers["Content-Encoding"] = "gzip"
            content = raw
        try:
            return self._request(method, path, params, content, headers, authenticated, retry)
        except UpgradeRequiredError:
            if not self._step_down():
                raise
            return self._request(method, path, params, content, headers, authenticated, retry)

    def _step_down(self) -> bool:
        """After a 426: speak the newest version the server lists in /v1/meta, if we know it and it is older."""
        try:
            answer = self._request("GET", "/v1/meta", None, None, {}, False, False)
            offered = {int(v) for v in answer.json().get("protocol_versions", [])}
        except (SyncError, AttributeError, TypeError, ValueError):
            return False
        common = offered & set(protocol.SUPPORTED_VERSIONS)
        if not common or max(common) >= self.protocol_version:
            return False
        log.info("the server speaks protocol %s: stepping down from %s", max(common), self.protocol_version)
        self.protocol_version = max(common)
        return True

    def _request(
        self, method: str, path: str, params: dict[str, Any] | None, content: bytes | None, headers: dict[str, str],
        authenticated: bool, retry: bool,
    ) -> Answer:
        headers = {**headers, protocol.PROTOCOL_HEADER: str(self.protocol_version)}
        attempts = self.config.attempts if retry else 1
        last: SyncError | None = None
        for attempt in range(attempts):
            if authenticated:
                token = self._token()
                if token:
                    headers["Authorization"] = f"Bearer {token}"
            wait: float | None = None
            try:
                answer = self._once(method, path, params, content, headers)
            except (OfflineError, DeadlineError, BadAnswerError) as exc:
                last = exc
            else:
                if answer.status not in RETRY_STATUSES:
                    return self._check(answer)
                last = ServerBusyError(f"HTTP {answer.status}")
                wait = retry_after(answer.headers.get("retry-after"))
            if attempt + 1 >= attempts:
                break
            delay = wait if wait is not None else self._backoff(attempt)
            log.info("retrying %s %s in %.2fs after %s", method, path, delay, last.code)
            self._sleep(min(delay, self.config.backoff_max))
        assert last is not None
        raise last

    def _backoff(self, attempt: int) -> float:
        base = self.config.backoff_base * (2 ** attempt)
        return min(self.config.backoff_max, base * random.uniform(0.5, 1.5))

    def _once(
        self, method: str, path: str, params: dict[str, Any] | None, content: bytes | None, headers: dict[str, str]
    ) -> Answer:
        deadline = time.monotonic() + self.config.deadline
        remaining = self.config.deadline
        timeout = httpx.Timeout(min(self.config.read_timeout, remaining), connect=min(self.config.connect_timeout, remaining))
        try:
            request = self._client.build_request(method, path, params=params, content=content, headers=headers,
                                                 timeout=timeout)
            response = self._client.send(request, stream=True)
            try:
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.config.max_response_bytes:
                        raise BadAnswerError("the server's answer is larger than allowed")
                    if time.monotonic() > deadline:
                        raise DeadlineError("the request's deadline passed")
                    chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise DeadlineError("the request's deadline passed")
            finally:
                response.close()
        except httpx.ProxyError as exc:
            raise ProxyAuthError(str(exc)) if "407" in str(exc) else OfflineError(str(exc)) from exc
        except httpx.ConnectError as exc:
            if _is_tls(exc):
                raise TlsError(_tls_reason(exc)) from exc
            raise OfflineError(type(exc).__name__) from exc
        except httpx.TimeoutException as exc:
            raise DeadlineError(type(exc).__name__) from exc
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.DecodingError) as exc:
            # Connection cut mid-answer, truncated body, broken gzip: nothing of it is used.
            raise BadAnswerError(type(exc).__name__) from exc
        except httpx.HTTPError as exc:
            raise OfflineError(type(exc).__name__) from exc
        self._note_clock(response.headers.get("date"))
        answer = Answer(response.status_code, {k.lower(): v for k, v in response.headers.items()}, b"".join(chunks))
        log.debug("%s %s -> %s (%d bytes)", method, path, answer.status, len(answer.body))
        return answer

    def _note_clock(self, date_header: str | None) -> None:
        if not date_header:
            return
        try:
            server = email.utils.parsedate_to_datetime(date_header)
        except (TypeError, ValueError):
            return
        if server.tzinfo is None:
            return  # not an HTTP date: say nothing rather than guess
        self.clock_skew = (server - datetime.now(UTC)).total_seconds()

    @staticmethod
    def _check(answer: Answer) -> Answer:
        status = answer.status
        if status < 400:
            return answer
        detail = ""
        try:
            detail = str(json.loads(answer.body).get("detail", ""))
        except (ValueError, AttributeError, UnicodeDecodeError):
            pass
        errors: dict[int, type[SyncError]] = {
            401: UnauthorizedError, 403: ForbiddenError, 404: SiteUnknownError, 407: ProxyAuthError,
            410: CursorExpiredError, 426: UpgradeRequiredError,
        }
        raise errors.get(status, BadAnswerError)(detail or f"HTTP {status}")


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _is_tls(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError) or "CERTIFICATE" in str(seen).upper() or "SSL" in str(seen).upper():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _tls_reason(exc: BaseException) -> str:
    text = str(exc).lower()
    if "expired" in text:
        return "expired"
    if "hostname" in text or "ip address mismatch" in text or "doesn't match" in text:
        return "wrong_host"
    if "self-signed" in text or "self signed" in text or "unable to get local issuer" in text:
        return "unknown_authority"
    return "refused"
