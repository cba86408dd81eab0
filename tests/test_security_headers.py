"""Security headers on every response, and pages the CSP can run as they are (no inline
script, style or event handler), 503 in the one error shape while the database is down
(issue 9)."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
import sqlalchemy.exc as sa_exc

from avatargen.extensions import db
from avatargen.models import Persona, User
from avatargen.services import tokens
from tests.conftest import csrf_from, login
from tests.factories import make_user
from tests.test_web_pages import seed_task

INLINE = [
    re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I),  # a script element without src
    re.compile(r"<style\b", re.I),
    re.compile(r"\sstyle=", re.I),
    re.compile(r"\son[a-z]+=", re.I),
    re.compile(r"javascript:", re.I),
]


def _assert_headers(resp) -> None:
    csp = resp.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "style-src 'self'" in csp
    assert resp.headers["X-Frame-Options"] == "DENY"
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert resp.headers["Referrer-Policy"] in {"same-origin", "no-referrer", "strict-origin"}


def _assert_no_inline(html: str, path: str) -> None:
    for pattern in INLINE:
        match = pattern.search(html)
        assert match is None, f"{path}: inline {match.group(0)!r}"


@pytest.fixture
def admin_client(app):
    with app.app_context():
        admin = make_user("root@example.com", admin=True)
        task = seed_task(admin)
        persona_id = db.session.scalar(sa.select(Persona.id))
        ids = {"task": task.task_id, "persona": persona_id}
    client = app.test_client()
    login(client, "root@example.com")
    return client, ids


def test_every_page_has_the_headers_and_no_inline_code(app, admin_client):
    client, ids = admin_client
    pages = [
        "/",
        "/generate",
        "/history",
        f"/tasks/{ids['task']}",
        f"/personas/{ids['persona']}",
        "/tokens",
        "/settings",
        "/auth/account",
        "/api/v1/docs",
        "/help/providers",
        "/no-such-page",
    ]
    for path in pages:
        resp = client.get(path)
        assert resp.status_code in (200, 404), (path, resp.status_code)
        _assert_headers(resp)
        _assert_no_inline(resp.get_data(as_text=True), path)
    # The page that shows a new token (copy button) too.
    token = csrf_from(client.get("/tokens").get_data(as_text=True))
    resp = client.post("/tokens", data={"name": "ci", "csrf_token": token})
    assert "new-token" in resp.get_data(as_text=True)
    _assert_no_inline(resp.get_data(as_text=True), "/tokens (new token)")
    for path in ("/healthz", "/api/v1/openapi.json", "/static/app.js"):
        resp = client.get(path)
        _assert_headers(resp)
        resp.close()


def test_signed_out_pages_and_api_errors_have_the_headers(client):
    for path in ("/auth/login", "/api/v1/tasks"):
        resp = client.get(path)
        _assert_headers(resp)
        _assert_no_inline(resp.get_data(as_text=True), path)


def _break_database(app, monkeypatch):
    def down(*_a, **_k):
        raise sa_exc.OperationalError("SELECT 1", {}, ConnectionRefusedError("refused"))

    monkeypatch.setattr(db.session, "scalar", down)
    monkeypatch.setattr(db.session, "execute", down)


def test_database_down_is_a_503_in_the_error_shape(app, monkeypatch):
    with app.app_context():
        user = make_user("ann@example.com")
        _row, plaintext = tokens.create_token(user)
    client = app.test_client()
    _break_database(app, monkeypatch)
    resp = client.get("/api/v1/tasks", headers={"Authorization": f"Bearer {plaintext}"})
    assert resp.status_code == 503
    assert resp.headers["Retry-After"]
    body = resp.get_json()
    assert body["error"]["code"] == "service_unavailable" and body["error"]["message"]
    page = client.get("/auth/login")
    assert page.status_code in (200, 503)  # the sign-in form needs no database
    token = csrf_from(page.get_data(as_text=True))
    resp = client.post(
        "/auth/login", data={"email": "ann@example.com", "password": "x" * 12, "csrf_token": token}
    )
    assert resp.status_code == 503 and resp.headers["Retry-After"]
    assert "Service unavailable" in resp.get_data(as_text=True)
    with app.app_context():
        monkeypatch.undo()
        assert db.session.scalar(sa.select(sa.func.count(User.id))) == 1


def test_sql_parameters_never_reach_logs(app):
    with app.app_context():
        assert db.engine.hide_parameters is True
