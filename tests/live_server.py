"""A real ``avatargen serve`` process on 127.0.0.1 for tests that need real sockets
(concurrency, timing, stalled clients). The database is prepared in this process
(migrated SQLite file, rows from the factories), then the server runs in a subprocess."""

from __future__ import annotations

import http.client
import os
import re
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

from flask_migrate import upgrade

from avatargen.extensions import db
from tests.conftest import make_app

ROOT = Path(__file__).resolve().parent.parent
SECRET = "live-server-test-secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepared_app(tmp_path: Path, **config):
    """A migrated SQLite database in ``tmp_path`` and an app bound to it (for setup rows)."""
    url = f"sqlite:///{tmp_path / 'live.db'}"
    app = make_app(url, tmp_path, SECRET_KEY=SECRET, **config)
    with app.app_context():
        upgrade()
        db.session.remove()
    return app


@contextmanager
def live_server(app, tmp_path: Path, env: dict[str, str] | None = None, threads: int = 8):
    """Run ``avatargen serve`` on the database and storage of ``app``; yield its port."""
    port = free_port()
    full_env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
        "AVATARGEN_STORAGE_URL": app.config["STORAGE_URL"],
        "AVATARGEN_SECRET_KEY": SECRET,
        "AVATARGEN_INSTANCE_PATH": str(tmp_path / "live-instance"),
        **(env or {}),
    }
    cmd = [sys.executable, "-m", "avatargen.cli", "serve", "--port", str(port)]
    cmd += ["--threads", str(threads), "--no-embedded-worker"]
    log = (tmp_path / "server.log").open("wb")
    proc = subprocess.Popen(cmd, env=full_env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError((tmp_path / "server.log").read_text())
            try:
                status, _h, _b = request(port, "GET", "/healthz", timeout=2)
                if status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start: " + (tmp_path / "server.log").read_text())
            time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        log.close()


def request(port, method, path, body=None, headers=None, timeout=10.0):
    """One HTTP request on a fresh connection: (status, headers dict, body bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, data
    finally:
        conn.close()


def _cookie(headers: dict[str, str]) -> str:
    return headers["set-cookie"].split(";", 1)[0]


def login_form(port) -> tuple[str, str]:
    """(session cookie, CSRF token) of a fresh sign-in page."""
    _s, headers, body = request(port, "GET", "/auth/login")
    token = re.search(rb'name="csrf_token"[^>]*value="([^"]+)"', body).group(1).decode()
    return _cookie(headers), token


def post_login(port, cookie, token, email, password, timeout=30.0):
    body = urlencode({"email": email, "password": password, "csrf_token": token})
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}
    return request(port, "POST", "/auth/login", body, headers, timeout=timeout)


def signed_in_cookie(port, email, password) -> str:
    cookie, token = login_form(port)
    status, headers, _b = post_login(port, cookie, token, email, password)
    assert status == 302, status
    return _cookie(headers)
