"""The request log (issue 13): one line per request with method, path, status, time and user
id, never query strings, tokens or cookies; JSON lines when asked; LOG_LEVEL in the config."""

from __future__ import annotations

import io
import json
import logging

from avatargen import request_log
from avatargen.config import load_config
from tests.conftest import login
from tests.factories import make_user


def _records(caplog):
    return [r for r in caplog.records if r.name == "avatargen.request"]


def test_each_request_is_logged_without_secrets(app, client, caplog):
    with app.app_context():
        user_id = make_user("ana@example.com").id
    login(client, "ana@example.com")
    caplog.set_level(logging.INFO, logger="avatargen.request")
    caplog.clear()
    client.get("/history?token=sekrit-value&page=1", headers={"Authorization": "Bearer abc"})
    client.get("/no-such-page")
    records = _records(caplog)
    assert len(records) == 2
    first, missing = records
    assert (first.method, first.path, first.status, first.user_id) == (
        "GET",
        "/history",
        200,
        user_id,
    )
    assert isinstance(first.ms, float) and first.ms >= 0
    text = first.getMessage()
    assert text.startswith("GET /history 200 ") and text.endswith(f" ms user={user_id}")
    assert missing.status == 404 and missing.path == "/no-such-page"
    for record in records:
        line = record.getMessage() + json.dumps(record.__dict__, default=str)
        assert "sekrit" not in line and "Bearer" not in line and "session=" not in line


def test_anonymous_request_has_no_user(app, client, caplog):
    caplog.set_level(logging.INFO, logger="avatargen.request")
    client.get("/auth/login")
    (record,) = _records(caplog)
    assert record.user_id is None and record.getMessage().endswith("user=-")


def test_json_lines_and_levels():
    stream = io.StringIO()
    restore = request_log.configure("warning", "json", stream=stream)
    try:
        logging.getLogger("avatargen.request").info("not shown")
        logging.getLogger("avatargen.request").warning(
            "GET / 500", extra={"method": "GET", "path": "/", "status": 500, "ms": 1.5}
        )
    finally:
        restore()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert doc["level"] == "warning" and doc["logger"] == "avatargen.request"
    assert doc["message"] == "GET / 500" and doc["status"] == 500 and doc["ms"] == 1.5
    assert doc["time"].endswith("+00:00")


def test_log_level_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("LOG_LEVEL", "debug")
    monkeypatch.setenv("AVATARGEN_LOG_FORMAT", "json")
    config = load_config(str(tmp_path))
    assert config["LOG_LEVEL"] == "debug" and config["LOG_FORMAT"] == "json"
    assert request_log.level_number(config["LOG_LEVEL"]) == logging.DEBUG
