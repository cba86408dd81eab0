"""Bounded concurrent downloads: a few exports per user and overall, per server process.

A streamed export holds a server thread for as long as the client takes to read it; without
a bound, a handful of downloads that are never read would hold every thread. ``acquire``
takes a slot or raises :class:`ExportsBusy` (the caller answers 429 for "you have too many",
503 for "the server has too many", both with ``Retry-After``); the slot is released when the
response is closed (finished, failed, or the client went away).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable

from flask import Response, current_app

RETRY_AFTER_SECONDS = 10
_lock = threading.Lock()
_per_user: Counter[int] = Counter()
_total = 0


class ExportsBusy(RuntimeError):
    """No free export slot; ``status`` is 429 (this user's limit) or 503 (the server's)."""

    def __init__(self, status: int, message: str, retry_after: int = RETRY_AFTER_SECONDS):
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


def _limits() -> tuple[int, int]:
    config = current_app.config
    return int(config.get("EXPORTS_PER_USER", 2)), int(config.get("EXPORTS_TOTAL", 4))


def acquire(user_id: int) -> Callable[[], None]:
    """Take an export slot for ``user_id``; return the function that gives it back (once)."""
    global _total
    per_user, total = _limits()
    with _lock:
        if _per_user[user_id] >= per_user:
            raise ExportsBusy(
                429,
                f"you already have {_per_user[user_id]} download(s) running (at most "
                f"{per_user} at a time); wait for one to finish",
            )
        if _total >= total:
            raise ExportsBusy(503, "the server is busy with other downloads; try again shortly")
        _per_user[user_id] += 1
        _total += 1
    released = threading.Event()

    def release() -> None:
        global _total
        if released.is_set():
            return
        released.set()
        with _lock:
            _total -= 1
            _per_user[user_id] -= 1
            if _per_user[user_id] <= 0:
                del _per_user[user_id]

    return release


def guarded(user_id: int, respond: Callable[[], Response]) -> Response:
    """``respond()`` under an export slot held until the response is closed."""
    release = acquire(user_id)
    try:
        resp = respond()
    except BaseException:
        release()
        raise
    resp.call_on_close(release)
    return resp


def in_use() -> tuple[int, dict[int, int]]:
    """(slots taken overall, slots per user) in this process (for tests and health)."""
    with _lock:
        return _total, dict(_per_user)
