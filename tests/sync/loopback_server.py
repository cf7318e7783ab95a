"""Runs the reference server as a real uvicorn process on a free loopback port, for tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class ServerProcess:
    db_path: Path | str
    port: int
    process: subprocess.Popen[bytes]
    scheme: str = "http"

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_server(
    db_path: Path | str, *, certfile: Path | None = None, keyfile: Path | None = None, port: int | None = None,
    extra_args: tuple[str, ...] = (),
) -> ServerProcess:
    port = port or free_port()
    args = [sys.executable, "-m", "sync.server.main", "serve", "--db", str(db_path), "--port", str(port), *extra_args]
    if certfile and keyfile:
        args += ["--ssl-certfile", str(certfile), "--ssl-keyfile", str(keyfile)]
    process = subprocess.Popen(args, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    server = ServerProcess(db_path, port, process, "https" if certfile else "http")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the reference server exited at start")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.05)
    else:
        server.stop()
        raise RuntimeError("the reference server did not start")
    if not certfile:
        httpx.get(f"{server.url}/v1/meta", timeout=5).raise_for_status()
    return server
