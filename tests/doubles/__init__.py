"""Loopback HTTP test doubles that speak real provider protocols.

:class:`DoubleServer` is a ``ThreadingHTTPServer`` on 127.0.0.1 (port 0) with what every
double needs: request recording, a counter of requests in flight (and its maximum),
a configurable latency, and injected faults (scripted ones consumed in order, and a
random rate for benchmarks). Subclasses add routes. ``GET /_double/stats`` returns the
counters as JSON, so a double running in another process can be inspected too.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from PIL import Image


@dataclass
class Recorded:
    """One request the double received."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    started: float
    number: int  # 1-based arrival order

    @property
    def json(self) -> Any:
        try:
            return json.loads(self.body or b"null")
        except ValueError:
            return None

    def form(self) -> dict[str, tuple[str | None, bytes]]:
        """Multipart fields: name -> (filename, bytes); a repeated name keeps the first."""
        return {k: v[0] for k, v in parse_multipart(self.headers, self.body).items()}


@dataclass
class Reply:
    status: int = 200
    body: bytes | dict | list | str = b""
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> tuple[bytes, str]:
        if isinstance(self.body, bytes):
            return self.body, self.headers.get("Content-Type", "application/octet-stream")
        if isinstance(self.body, str):
            return self.body.encode(), self.headers.get("Content-Type", "text/plain")
        return json.dumps(self.body).encode(), "application/json"


@dataclass
class Fault:
    """What the double does instead of (or before) answering normally.

    ``delay`` sleeps first (past the client's timeout it looks like a hung server);
    ``status`` answers with that status, ``headers`` and ``body``; ``malformed``
    answers 200 with a body that is not JSON. A fault with only ``delay`` then answers
    normally.
    """

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | dict | str | None = None
    delay: float = 0.0
    malformed: bool = False

    def reply(self) -> Reply | None:
        if self.malformed:
            return Reply(200, b'{"id": "x", "choices": [', {"Content-Type": "application/json"})
        if self.status is None:
            return None
        body = self.body
        if body is None:
            body = {"error": {"message": f"injected fault {self.status}", "type": "server_error"}}
        return Reply(self.status, body, dict(self.headers))


def rate_limited(retry_after: str | None = "0.1", retry_after_ms: str | None = None) -> Fault:
    headers = {}
    if retry_after is not None:
        headers["Retry-After"] = retry_after
    if retry_after_ms is not None:
        headers["retry-after-ms"] = retry_after_ms
    body = {"error": {"message": "Rate limit reached", "type": "requests", "code": "rate_limit"}}
    return Fault(status=429, headers=headers, body=body)


def server_error() -> Fault:
    return Fault(status=500, body={"error": {"message": "The server had an error", "type": "x"}})


@dataclass
class _Scripted:
    fault: Fault
    times: int
    path: str | None
    when: Callable[[Recorded], bool] | None


class DoubleServer:
    """Base loopback server; subclasses implement :meth:`route`."""

    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency
        self.requests: list[Recorded] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.faults_served = 0
        self._lock = threading.Lock()
        self._scripted: list[_Scripted] = []
        self._random: tuple[float, Fault, random.Random] | None = None
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle

    @property
    def url(self) -> str:
        assert self._httpd is not None, "double not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> DoubleServer:
        double = self

        class Handler(_Handler):
            owner = double

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> DoubleServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # ------------------------------------------------------------------ faults

    def inject(
        self,
        fault: Fault,
        times: int = 1,
        path: str | None = None,
        when: Callable[[Recorded], bool] | None = None,
    ) -> None:
        """Answer the next ``times`` matching requests with ``fault`` (-1: forever)."""
        with self._lock:
            self._scripted.append(_Scripted(fault, times, path, when))

    def fault_rate(self, probability: float, fault: Fault, seed: int = 0) -> None:
        """Answer a random ``probability`` share of requests with ``fault``."""
        with self._lock:
            self._random = (probability, fault, random.Random(seed)) if probability else None

    def clear_faults(self) -> None:
        with self._lock:
            self._scripted.clear()
            self._random = None

    def _pick_fault(self, req: Recorded) -> Fault | None:
        with self._lock:
            for item in self._scripted:
                if item.path is not None and not req.path.startswith(item.path):
                    continue
                if item.when is not None and not item.when(req):
                    continue
                if item.times > 0:
                    item.times -= 1
                    if item.times == 0:
                        self._scripted.remove(item)
                return item.fault
            if self._random is not None:
                probability, fault, rng = self._random
                if rng.random() < probability:
                    return fault
        return None

    # ------------------------------------------------------------------ stats

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {
                "requests": len(self.requests),
                "in_flight": self.in_flight,
                "max_in_flight": self.max_in_flight,
                "faults_served": self.faults_served,
            }

    def paths(self, prefix: str = "") -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.path.startswith(prefix)]

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.max_in_flight = self.in_flight
            self.faults_served = 0

    # ------------------------------------------------------------------ dispatch

    def route(self, req: Recorded) -> Reply:  # pragma: no cover - overridden
        return Reply(404, {"error": {"message": f"no route {req.method} {req.path}"}})

    def _handle(self, req: Recorded) -> Reply | None:
        if req.path == "/_double/stats":
            return Reply(200, self.stats())
        with self._lock:
            self.requests.append(req)
            req.number = len(self.requests)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            fault = self._pick_fault(req)
            if fault is not None:
                with self._lock:
                    self.faults_served += 1
                if fault.delay:
                    time.sleep(fault.delay)
                reply = fault.reply()
                if reply is not None:
                    return reply
            reply = self.route(req)
            if self.latency:  # the reply is ready ``latency`` after the request came in
                time.sleep(max(0.0, self.latency - (time.monotonic() - req.started)))
            return reply
        finally:
            with self._lock:
                self.in_flight -= 1


class _Handler(BaseHTTPRequestHandler):
    owner: DoubleServer
    protocol_version = "HTTP/1.1"
    # Without this, the header and body writes meet the client's delayed ACK (~40 ms
    # a request), which no real server adds.
    disable_nagle_algorithm = True

    def log_message(self, format, *args):  # noqa: A002 - keep test output quiet
        pass

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            out = io.BytesIO()
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return out.getvalue()
                out.write(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        req = Recorded(
            method=self.command,
            path=parts.path,
            query=parse_qs(parts.query),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=self._read_body(),
            started=time.monotonic(),
            number=0,
        )
        reply = self.owner._handle(req)
        body, ctype = reply.encoded()
        try:
            self.send_response(reply.status)
            headers = {"Content-Type": ctype, **reply.headers}
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (e.g. its timeout fired)

    do_GET = do_POST = do_DELETE = _serve  # noqa: N815


# --------------------------------------------------------------------------- helpers


def parse_multipart(headers: dict[str, str], body: bytes) -> dict[str, list]:
    """Multipart/form-data fields: name -> [(filename, bytes), ...]."""
    ctype = headers.get("content-type", "")
    msg = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + body
    )
    out: dict[str, list] = {}
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        out.setdefault(name, []).append((part.get_filename(), part.get_payload(decode=True)))
    return out


def png_bytes(width: int, height: int, colour: tuple[int, int, int], fmt: str = "PNG") -> bytes:
    """A small solid image (the doubles' stand-in for model output)."""
    buf = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buf, format=fmt)
    return buf.getvalue()


def colour_of(text: str) -> tuple[int, int, int]:
    """A colour that depends on ``text`` (so different prompts give different images)."""
    digest = hashlib.sha256(text.encode()).digest()
    return digest[0], digest[1], digest[2]


def clear_provider_env(monkeypatch) -> None:
    """Remove every network provider's environment variables (tests set their own)."""
    from avatargen.providers.comfyui import ComfyUISettings
    from avatargen.providers.gemini_images import GeminiImageSettings
    from avatargen.providers.limiter import reset_limiters
    from avatargen.providers.network import close_clients
    from avatargen.providers.openai_images import OpenAIImageSettings
    from avatargen.providers.openai_text import OpenAITextSettings

    for cls in (OpenAITextSettings, OpenAIImageSettings, ComfyUISettings, GeminiImageSettings):
        for names in cls.env.values():
            for name in names:
                monkeypatch.delenv(name, raising=False)
    for name in ("OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    reset_limiters()
    close_clients()
