"""Per-user limits of costly synchronous actions (a preview, a regeneration).

Counted in the throttle storage of sign-in (``AVATARGEN_RATELIMIT_STORAGE_URL``: memory per
process, or Redis for several web processes), one fixed window per user and action.
"""

from __future__ import annotations

import math
import threading
import time

from flask import current_app
from limits import parse
from limits.storage import storage_from_string

PREFIX = "avatargen/action"
_LOCK = threading.RLock()  # limits' MemoryStorage is not atomic for a key's first hits


class TooManyRequests(Exception):
    """The user's limit for this action is reached; ``retry_after`` seconds to wait."""

    def __init__(self, retry_after: int, message: str) -> None:
        super().__init__(message)
        self.retry_after = max(1, int(retry_after))


def _storage():
    ext = current_app.extensions
    if "avatargen_throttle" not in ext:  # the same storage as sign-in throttling
        uri = current_app.config.get("RATELIMIT_STORAGE_URI", "memory://")
        ext["avatargen_throttle"] = storage_from_string(uri)
    return ext["avatargen_throttle"]


def take(kind: str, user_id: int, config_name: str, default: str) -> None:
    """Count one ``kind`` action of ``user_id`` against the limit in config ``config_name``
    (e.g. "10 per minute"); raise :class:`TooManyRequests` when it is reached (a refused
    action is not counted)."""
    item = parse(current_app.config.get(config_name) or default)
    amount, window = item.amount, item.get_expiry()
    storage = _storage()
    key = f"{PREFIX}/{kind}/{user_id}"
    with _LOCK:
        if storage.incr(key, window) <= amount:
            return
        storage.decr(key)
        wait = math.ceil(max(1.0, storage.get_expiry(key) - time.time()))
    message = f"too many {kind} requests: at most {amount} every {window} seconds"
    raise TooManyRequests(wait, message)
