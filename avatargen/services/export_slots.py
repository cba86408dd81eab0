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
from collections.abc import Callable, Iterable, Iterator

from flask import Response, current_app

RETRY_AFTER_SECONDS = 10


class _Slots:
    """The slots of one app (one server process)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.per_user: Counter[int] = Counter()
        self.total = 0


def _slots() -> _Slots:
    ext = current_app.extensions
    if "avatargen_export_slots" not in ext:
        ext["avatargen_export_slots"] = _Slots()
    return ext["avatargen_export_slots"]


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
    per_user, total = _limits()
    slots = _slots()
    with slots.lock:
        if slots.per_user[user_id] >= per_user:
            raise ExportsBusy(
                429,
                f"you already have {slots.per_user[user_id]} download(s) running (at most "
                f"{per_user} at a time); wait for one to finish",
            )
        if slots.total >= total:
            raise ExportsBusy(503, "the server is busy with other downloads; try again shortly")
        slots.per_user[user_id] += 1
        slots.total += 1
    released = threading.Event()

    def release() -> None:
        with slots.lock:
            if released.is_set():
                return
            released.set()
            slots.total -= 1
            slots.per_user[user_id] -= 1
            if slots.per_user[user_id] <= 0:
                del slots.per_user[user_id]

    return release


def _releasing(body: Iterable[bytes], release: Callable[[], None]) -> Iterator[bytes]:
    try:
        yield from body
    finally:  # read to the end, failed, or closed because the client went away
        release()


def guarded(user_id: int, respond: Callable[[], Response]) -> Response:
    """``respond()`` under an export slot held until the response is closed."""
    release = acquire(user_id)
    try:
        resp = respond()
    except BaseException:
        release()
        raise
    resp.response = _releasing(resp.response, release)
    resp.call_on_close(release)
    return resp


def in_use() -> tuple[int, dict[int, int]]:
    """(slots taken overall, slots per user) in this process (for tests and health)."""
    slots = _slots()
    with slots.lock:
        return slots.total, dict(slots.per_user)
