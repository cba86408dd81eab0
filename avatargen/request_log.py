"""The request log of ``avatargen serve`` and the log set-up (``--log-level``, ``LOG_LEVEL``,
``--log-format text|json``).

One line per request: method, path, status, time in ms and the user id. Never the query
string (a reset link or a misused ``?token=`` may carry a secret), headers, cookies or tokens.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from datetime import UTC, datetime

from flask import Flask, g, request

log = logging.getLogger("avatargen.request")

LEVELS = ("debug", "info", "warning", "error")
FORMATS = ("text", "json")
# The attributes a request record carries (JSON lines name them as they are).
FIELDS = ("method", "path", "status", "ms", "user_id")


def init_app(app: Flask) -> None:
    """Time every request and log it when the response is ready."""
    app.before_request(_start)
    app.after_request(_finish)


def _start() -> None:
    g._request_started = time.perf_counter()


def _user_id() -> int | None:
    # Only a user this request already loaded: the log must not add a query of its own.
    user = g.get("api_user") or g.get("_login_user")
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return getattr(user, "id", None)


def _finish(response):
    started = g.get("_request_started")
    ms = round((time.perf_counter() - started) * 1000, 1) if started is not None else None
    fields = {
        "method": request.method,
        "path": request.path,  # no query string, on purpose
        "status": response.status_code,
        "ms": ms,
        "user_id": _user_id(),
    }
    user = "-" if fields["user_id"] is None else fields["user_id"]
    log.info(
        "%s %s %s %s ms user=%s",
        fields["method"],
        fields["path"],
        fields["status"],
        "-" if ms is None else f"{ms:.1f}",
        user,
        extra=fields,
    )
    return response


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC, ISO 8601), level, logger, message, request fields."""

    def format(self, record: logging.LogRecord) -> str:
        out = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in FIELDS:
            if hasattr(record, name):
                out[name] = getattr(record, name)
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def level_number(name: str) -> int:
    """``logging.INFO`` for "info" (any case); ValueError naming the choices otherwise."""
    lowered = (name or "").strip().lower()
    if lowered not in LEVELS:
        raise ValueError(f"unknown log level {name!r}: choose one of {', '.join(LEVELS)}")
    return getattr(logging, lowered.upper())


def configure(level: str = "info", fmt: str = "text", stream=None):
    """Send log records at ``level`` and above to stderr, as text or JSON lines; returns a
    function that puts the logging set-up back as it was."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown log format {fmt!r}: choose one of {', '.join(FORMATS)}")
    handler = logging.StreamHandler(stream or sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    number = level_number(level)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(number)

    def restore() -> None:
        root.removeHandler(handler)
        root.setLevel(old_level)

    return restore
