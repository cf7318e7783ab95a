"""A fault-injecting HTTP proxy on loopback, between a client and the reference server.

Each request takes the next action of `plan` (then "pass" once the plan is empty):
pass, error500 (answer 500 without forwarding), partialK (forward the first K ops of a batch, then 500), lost (forward, then close without answering:
the server committed but the answer is lost), lost500 (forward, then answer 500), truncate
(forward, then send half the body), malformed (200 with broken JSON), busy429 / busy503
(with Retry-After), slow (headers, then the body one byte at a time), hang (read, never answer).
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx


class FaultProxy:
    def __init__(self, upstream: str, *, retry_after: str = "0") -> None:
        self.upstream = upstream.rstrip("/")
        self.plan: deque[str] = deque()
        self.retry_after = retry_after
        self.seen: list[tuple[str, str]] = []
        self._client = httpx.Client(timeout=30)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                action = proxy.plan.popleft() if proxy.plan else "pass"
                proxy.seen.append((self.command, action))
                if action == "error500":
                    return self._send(500, b'{"detail":"injected"}')
                if action in ("busy429", "busy503"):
                    return self._send(int(action[-3:]), b'{"detail":"busy"}', {"Retry-After": proxy.retry_after})
                if action == "malformed":
                    return self._send(200, b'{"results": [ {"op_id": ')
                if action == "hang":
                    time.sleep(30)
                    return None
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in ("host", "content-length", "accept-encoding", "connection")}
                if action.startswith("partial"):
                    # Forward only the first k ops of the batch, then answer 500: k of n committed.
                    if headers.pop("Content-Encoding", None) == "gzip":
                        body = gzip.decompress(body)
                    batch = json.loads(body)
                    batch["ops"] = batch["ops"][: int(action[len("partial"):])]
                    body = json.dumps(batch).encode()
                answer = proxy._client.request(self.command, proxy.upstream + self.path, content=body,
                                               headers={**headers, "Accept-Encoding": "identity"})
                if action == "lost":
                    self.close_connection = True
                    return None
                if action == "lost500" or action.startswith("partial"):
                    return self._send(500, b'{"detail":"injected after commit"}')
                if action == "truncate":
                    data = answer.content
                    self.send_response(answer.status_code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data[: len(data) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return None
                if action == "slow":
                    data = answer.content
                    self.send_response(answer.status_code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    try:
                        for i in range(len(data)):
                            self.wfile.write(data[i:i + 1])
                            self.wfile.flush()
                            time.sleep(0.05)
                    except OSError:
                        pass
                    self.close_connection = True
                    return None
                return self._send(answer.status_code, answer.content,
                                  {k: v for k, v in answer.headers.items() if k.lower() == "retry-after"})

            def _send(self, status: int, data: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = _handle  # noqa: N815

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._client.close()
