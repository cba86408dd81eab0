"""Shared fixtures: an app per test on SQLite and, when configured, on PostgreSQL.

PostgreSQL tests run when ``AVATARGEN_TEST_PG_URL`` names a server's maintenance database
(``.ci/run`` sets it); each test session works in throwaway databases it creates and drops.
"""

from __future__ import annotations

import fcntl
import os
import re
import uuid

import psycopg
import pytest
import sqlalchemy as sa

from avatargen import create_app
from avatargen.config import normalize_database_url
from avatargen.extensions import db

PG_ADMIN_URL = os.environ.get("AVATARGEN_TEST_PG_URL", "").strip()
BACKENDS = ["sqlite"] + (["postgresql"] if PG_ADMIN_URL else [])
TEST_PASSWORD = "correct horse battery"


def _pg_admin_conninfo() -> str:
    return PG_ADMIN_URL.replace("postgresql+psycopg://", "postgresql://")


def pg_create_database() -> tuple[str, str]:
    """Create an empty PostgreSQL database; return (name, SQLAlchemy URL)."""
    name = f"avatargen_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_pg_admin_conninfo(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = _pg_admin_conninfo().rsplit("/", 1)[0]
    return name, normalize_database_url(f"{base}/{name}")


def pg_drop_database(name: str) -> None:
    with psycopg.connect(_pg_admin_conninfo(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_session_url():
    name, url = pg_create_database()
    yield url
    pg_drop_database(name)


@pytest.fixture(autouse=True)
def _one_at_a_time(request, tmp_path_factory):
    """Tests marked ``services`` never run at the same time in two xdist workers: they share
    Redis (one restarts it) or kill worker processes. Each holds an exclusive lock on a file
    in the run's temporary folder, which the workers share, from before its other fixtures
    are set up until after they are torn down (autouse fixtures come first in their scope).
    """
    if request.node.get_closest_marker("services") is None:
        yield
        return
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the workers' folders sit side by side in the run's folder
    with open(root / "services.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def empty_database_url(backend, tmp_path):
    """A URL of a brand-new empty database (for migration tests)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    name, url = pg_create_database()
    yield url
    pg_drop_database(name)


@pytest.fixture
def database_url(backend, tmp_path, request):
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("pg_session_url")


def make_app(database_url: str, tmp_path, **overrides):
    config = {
        "TESTING": True,
        "SQLALCHEMY_DATABASE_URI": database_url,
        "SECRET_KEY": "test-secret-key",
        "BCRYPT_ROUNDS": 4,
        "STORAGE_URL": str(tmp_path / "media"),
        "RATELIMIT_STORAGE_URI": "memory://",
    }
    config.update(overrides)
    return create_app(config)


@pytest.fixture
def app_config() -> dict:
    """Per-test config overrides (override this fixture in a module to change them)."""
    return {}


@pytest.fixture
def app(database_url, tmp_path, monkeypatch, app_config):
    monkeypatch.setenv("AVATARGEN_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    application = make_app(database_url, tmp_path, **app_config)
    with application.app_context():
        db.create_all()
    yield application
    with application.app_context():
        db.session.remove()
        if db.engine.dialect.name == "postgresql":
            tables = ", ".join(f'"{t.name}"' for t in db.metadata.sorted_tables)
            with db.engine.begin() as conn:
                conn.execute(sa.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


_CSRF_RE = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def csrf_from(html: str) -> str:
    match = _CSRF_RE.search(html)
    assert match, "no csrf_token field on the page"
    return match.group(1)


def login(client, email: str, password: str = TEST_PASSWORD, **extra):
    page = client.get("/auth/login")
    token = csrf_from(page.get_data(as_text=True))
    data = {"email": email, "password": password, "csrf_token": token, **extra}
    return client.post("/auth/login", data=data)


import tests.fake_providers  # noqa: E402,F401  (registers the test-* providers)
