"""``GET /healthz``: no sign-in, 200 when database and storage answer, 503 naming the
part that did not, and never a URL, host or password in the answer."""

from __future__ import annotations

import shutil
import socket

import pytest

from tests.conftest import make_app

OK = {"status": "ok", "database": "ok", "storage": "ok"}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the block ends


@pytest.fixture
def bare_app(tmp_path, monkeypatch):
    """Build apps with a given database URL/storage without creating any table."""
    monkeypatch.setenv("AVATARGEN_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    made = []

    def build(database_url: str, **overrides):
        application = make_app(database_url, tmp_path, **overrides)
        made.append(application)
        return application

    yield build
    for application in made:
        with application.app_context():
            from avatargen.extensions import db

            db.session.remove()
            db.engine.dispose()


def test_ok_without_sign_in(client):
    resp = client.get("/healthz")
    assert resp.status_code == 200
    assert resp.get_json() == OK
    assert resp.headers["Cache-Control"] == "no-store"
    assert client.head("/healthz").status_code == 200


def test_database_unreachable_sqlite(bare_app, tmp_path):
    app = bare_app(f"sqlite:///{tmp_path / 'missing' / 'folder' / 'x.db'}")
    resp = app.test_client().get("/healthz")
    body = resp.get_json()
    assert resp.status_code == 503
    assert body["status"] == "fail" and body["database"] == "fail" and body["storage"] == "ok"
    assert set(body["reasons"]) == {"database"}
    assert "OperationalError" in body["reasons"]["database"]
    assert "missing" not in resp.get_data(as_text=True)  # no path from the URL


def test_database_unreachable_postgresql(bare_app):
    port = _closed_port()
    app = bare_app(f"postgresql+psycopg://avatargen:hunter2secret@127.0.0.1:{port}/nowhere")
    resp = app.test_client().get("/healthz")
    text = resp.get_data(as_text=True)
    assert resp.status_code == 503
    assert resp.get_json()["database"] == "fail" and resp.get_json()["storage"] == "ok"
    for secret in ("hunter2secret", "avatargen:", str(port), "127.0.0.1", "nowhere"):
        assert secret not in text


def test_storage_folder_gone(app, client, tmp_path):
    from avatargen.storage import get_storage

    with app.app_context():
        root = get_storage().root
    shutil.rmtree(root)
    resp = client.get("/healthz")
    body = resp.get_json()
    assert resp.status_code == 503
    assert body["database"] == "ok" and body["storage"] == "fail"
    assert set(body["reasons"]) == {"storage"}
    assert str(tmp_path) not in resp.get_data(as_text=True)


def test_storage_url_unusable(bare_app, tmp_path):
    app = bare_app(f"sqlite:///{tmp_path / 'ok.db'}", STORAGE_URL="ftp://user:pw@example/x")
    resp = app.test_client().get("/healthz")
    body = resp.get_json()
    assert resp.status_code == 503
    assert body == {
        "status": "fail",
        "database": "ok",
        "storage": "fail",
        "reasons": {
            "storage": "AVATARGEN_STORAGE_URL scheme 'ftp' is not supported here; use a folder "
            "path, a file:// URL or an s3://bucket/prefix URL"
        },
    }
    assert "pw@" not in resp.get_data(as_text=True)


def test_both_failing(bare_app, tmp_path):
    app = bare_app(f"sqlite:///{tmp_path / 'nope' / 'x.db'}", STORAGE_URL="ftp://example/x")
    body = app.test_client().get("/healthz").get_json()
    assert (body["status"], body["database"], body["storage"]) == ("fail", "fail", "fail")
