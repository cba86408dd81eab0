"""Sign-in throttling that holds under concurrency and cannot lock a user out.

Three counters, each taken atomically (``incr`` of the rate-limit storage: a lock in
memory, a Lua script on Redis) *before* the password is checked, so concurrent guesses
cannot slip past the limit while earlier ones are still being checked:

* email + client address: strict (``AVATARGEN_LOGIN_THROTTLE``, default 5 per 15 minutes);
* client address overall: strict, higher (``AVATARGEN_LOGIN_ADDRESS_THROTTLE``);
* email from any address: soft. After ``LOGIN_SOFT_AFTER`` failures in the window, one
  attempt per growing delay (1 s, 2 s, 4 s ... at most ``LOGIN_SOFT_MAX_DELAY``): guessing
  slows to a crawl, while the owner signing in from another address waits seconds at most.

A successful sign-in gives back the attempts it took from the strict counters. Every refusal
carries the seconds to wait (``Retry-After``).
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field

from flask import current_app
from limits import parse
from limits.storage import storage_from_string

PREFIX = "avatargen/login"
# limits' MemoryStorage is not atomic for a key's first hits (a concurrent ``get`` of a key
# whose expiry is not yet set drops its count), so this process takes its counters one
# attempt at a time; across processes, Redis storage is atomic by itself (Lua scripts).
_LOCK = threading.RLock()


class Throttled(Exception):
    """Too many attempts; ``retry_after`` seconds to wait."""

    def __init__(self, retry_after: int, message: str) -> None:
        super().__init__(message)
        self.retry_after = max(1, int(retry_after))
        self.message = message


@dataclass
class Attempt:
    """The counters one sign-in attempt took (given back if it succeeds)."""

    email: str
    keys: list[str] = field(default_factory=list)


def _storage():
    ext = current_app.extensions
    if "avatargen_throttle" not in ext:
        uri = current_app.config.get("RATELIMIT_STORAGE_URI", "memory://")
        ext["avatargen_throttle"] = storage_from_string(uri)
    return ext["avatargen_throttle"]


def _limit(name: str, default: str) -> tuple[int, int]:
    item = parse(current_app.config.get(name) or default)
    return item.amount, item.get_expiry()


def _retry_after(storage, key: str) -> int:
    return math.ceil(max(1.0, storage.get_expiry(key) - time.time()))


def _take(storage, key: str, amount: int, window: int) -> bool:
    if storage.incr(key, window) <= amount:
        return True
    storage.decr(key)  # a refused attempt does not extend anyone's wait
    return False


def begin(email: str, address: str) -> Attempt:
    """Take this attempt's counters, or raise :class:`Throttled` (nothing stays taken)."""
    with _LOCK:
        return _begin(email, address)


def _begin(email: str, address: str) -> Attempt:
    storage = _storage()
    email = (email or "").strip().lower()[:255]
    address = address or "unknown"
    attempt = Attempt(email=email)
    strict = [
        (f"{PREFIX}/pair/{address}/{email}", *_limit("LOGIN_THROTTLE", "5 per 15 minutes")),
        (
            f"{PREFIX}/addr/{address}",
            *_limit("LOGIN_ADDRESS_THROTTLE", "30 per 15 minutes"),
        ),
    ]
    for key, amount, window in strict:
        if not _take(storage, key, amount, window):
            giveback(attempt)
            raise Throttled(
                _retry_after(storage, key),
                "Too many failed sign-in attempts from this address. Wait and try again.",
            )
        attempt.keys.append(key)
    failures = storage.get(f"{PREFIX}/fail/{email}")
    soft_after = int(current_app.config.get("LOGIN_SOFT_AFTER", 10))
    if failures >= soft_after:
        max_delay = int(current_app.config.get("LOGIN_SOFT_MAX_DELAY", 60))
        delay = min(2 ** min(failures - soft_after, 20), max_delay)
        turn = f"{PREFIX}/turn/{email}"
        if storage.incr(turn, delay) > 1:
            giveback(attempt)
            raise Throttled(
                _retry_after(storage, turn),
                "This account had many failed sign-in attempts: wait a few seconds and try again.",
            )
    return attempt


def giveback(attempt: Attempt) -> None:
    """Return the strict counters an attempt took (it succeeded, or it was refused)."""
    storage = _storage()
    with _LOCK:
        for key in attempt.keys:
            storage.decr(key)
        attempt.keys.clear()


def failed(attempt: Attempt) -> None:
    """Record a wrong password for the attempt's email (feeds the soft delay)."""
    window = _limit("LOGIN_THROTTLE", "5 per 15 minutes")[1]
    with _LOCK:
        _storage().incr(f"{PREFIX}/fail/{attempt.email}", window)
