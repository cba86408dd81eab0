"""Bounded concurrent downloads: a few exports per user and overall.

A streamed export holds a server thread for as long as the client takes to read it; without
a bound, a handful of downloads that are never read would hold every thread. ``acquire``
takes a slot or raises :class:`ExportsBusy` (the caller answers 429 for "you have too many",
503 for "the server has too many", both with ``Retry-After``); the slot is released when the
response is closed (finished, failed, or the client went away).

Where the slots are kept:

* per process (the laptop default): a lock and counters in the app;
* in Redis, for every web process together, when ``AVATARGEN_EXPORT_SLOTS_URL`` is a
  ``redis://`` URL, or (unset) when the throttle storage ``AVATARGEN_RATELIMIT_STORAGE_URL``
  is one (``local`` keeps them per process). Two sorted sets, every slot holder scored by
  its lease expiry (Redis server clock); one Lua script drops expired holders, checks both
  limits and takes the slot atomically; a heartbeat thread renews this process's holders
  every third of ``AVATARGEN_EXPORT_SLOT_TTL`` (60 s), so the slots of a process that died
  come back at most that long after. An unreachable Redis answers 503 (the limits are never
  silently dropped to per-process ones).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from flask import Response, current_app

log = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 10

# KEYS: all, user. ARGV: holder, per user, total, ttl ms.
# Returns {0, n}: taken (n of the user's now); {1, n}: user full; {2, n}: server full.
ACQUIRE = """
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local mine = redis.call('ZCARD', KEYS[2])
if mine >= tonumber(ARGV[2]) then return {1, mine} end
local all = redis.call('ZCARD', KEYS[1])
if all >= tonumber(ARGV[3]) then return {2, all} end
local ttl = tonumber(ARGV[4])
redis.call('ZADD', KEYS[1], now + ttl, ARGV[1])
redis.call('ZADD', KEYS[2], now + ttl, ARGV[1])
redis.call('PEXPIRE', KEYS[1], ttl * 2)
redis.call('PEXPIRE', KEYS[2], ttl * 2)
return {0, mine + 1}
"""

# KEYS: all, then one user key per holder. ARGV: ttl ms, then the holders (same order).
RENEW = """
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[1])
local kept = 0
for i = 2, #ARGV do
  if redis.call('ZADD', KEYS[1], 'XX', 'CH', now + ttl, ARGV[i]) == 1 then kept = kept + 1 end
  redis.call('ZADD', KEYS[i], 'XX', now + ttl, ARGV[i])
  redis.call('PEXPIRE', KEYS[i], ttl * 2)
end
redis.call('PEXPIRE', KEYS[1], ttl * 2)
return kept
"""


class ExportsBusy(RuntimeError):
    """No free export slot; ``status`` is 429 (this user's limit) or 503 (the server's)."""

    def __init__(self, status: int, message: str, retry_after: int = RETRY_AFTER_SECONDS):
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


def _user_full(count: int, per_user: int) -> ExportsBusy:
    return ExportsBusy(
        429,
        f"you already have {count} download(s) running (at most {per_user} at a time); "
        "wait for one to finish",
    )


def _server_full() -> ExportsBusy:
    return ExportsBusy(503, "the server is busy with other downloads; try again shortly")


class LocalSlots:
    """The slots of one app (one server process)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.per_user: Counter[int] = Counter()
        self.total = 0

    def acquire(self, user_id: int, per_user: int, total: int) -> Callable[[], None]:
        with self.lock:
            if self.per_user[user_id] >= per_user:
                raise _user_full(self.per_user[user_id], per_user)
            if self.total >= total:
                raise _server_full()
            self.per_user[user_id] += 1
            self.total += 1
        released = threading.Event()

        def release() -> None:
            with self.lock:
                if released.is_set():
                    return
                released.set()
                self.total -= 1
                self.per_user[user_id] -= 1
                if self.per_user[user_id] <= 0:
                    del self.per_user[user_id]

        return release

    def in_use(self) -> tuple[int, dict[int, int]]:
        with self.lock:
            return self.total, dict(self.per_user)


class RedisSlots:
    """The slots of every process that shares one Redis (see the module docstring)."""

    def __init__(self, url: str, prefix: str, ttl: float, client: Any = None) -> None:
        from avatargen.providers.redis_limits import redis_client, safe_url

        self.url = safe_url(url)
        self.prefix = prefix
        self.ttl_ms = max(1000, int(ttl * 1000))
        self._redis = client if client is not None else redis_client(url)
        self._acquire = self._redis.register_script(ACQUIRE)
        self._renew = self._redis.register_script(RENEW)
        self._lock = threading.Lock()
        self._held: dict[str, int] = {}  # holder -> user id, of this process
        self._beat_pid = 0
        self._stop = threading.Event()

    def _all_key(self) -> str:
        return f"{self.prefix}:all"

    def _user_key(self, user_id: int) -> str:
        return f"{self.prefix}:user:{user_id}"

    def _unavailable(self, exc: BaseException) -> ExportsBusy:
        log.warning("download slots store %s failed: %s", self.url, type(exc).__name__)
        return ExportsBusy(
            503, "downloads are unavailable for a moment (their shared limit cannot be read)"
        )

    def acquire(self, user_id: int, per_user: int, total: int) -> Callable[[], None]:
        holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex}"
        try:
            outcome, count = self._acquire(
                keys=[self._all_key(), self._user_key(user_id)],
                args=[holder, per_user, total, self.ttl_ms],
            )
        except Exception as exc:  # redis errors, OSError: fail closed, with a clear 503
            raise self._unavailable(exc) from None
        if int(outcome) == 1:
            raise _user_full(int(count), per_user)
        if int(outcome) == 2:
            raise _server_full()
        with self._lock:
            self._held[holder] = user_id
        self._ensure_heartbeat()
        released = threading.Event()

        def release() -> None:
            if released.is_set():
                return
            released.set()
            with self._lock:
                self._held.pop(holder, None)
            try:
                pipe = self._redis.pipeline()
                pipe.zrem(self._all_key(), holder)
                pipe.zrem(self._user_key(user_id), holder)
                pipe.execute()
            except Exception as exc:  # noqa: BLE001 - the lease expires on its own
                log.warning("could not release a download slot in %s: %s", self.url, exc)

        return release

    def _ensure_heartbeat(self) -> None:
        with self._lock:
            if self._beat_pid == os.getpid() or self._stop.is_set():
                return
            self._beat_pid = os.getpid()
        threading.Thread(target=self._beat, name="export-slots-heartbeat", daemon=True).start()

    def renew(self) -> int:
        """Extend this process's leases; how many were still held in Redis."""
        with self._lock:
            held = list(self._held.items())
        if not held:
            return 0
        keys = [self._all_key(), *(self._user_key(uid) for _h, uid in held)]
        return int(self._renew(keys=keys, args=[self.ttl_ms, *(h for h, _u in held)]))

    def _beat(self) -> None:
        while not self._stop.wait(self.ttl_ms / 3000):
            try:
                self.renew()
            except Exception as exc:  # noqa: BLE001 - retried on the next beat
                log.warning("could not renew download slots in %s: %s", self.url, exc)

    def close(self) -> None:
        """Stop renewing (held slots expire after the TTL)."""
        self._stop.set()

    def in_use(self) -> tuple[int, dict[int, int]]:
        """(slots taken in the whole fleet, this process's slots per user)."""
        seconds, micros = self._redis.time()
        now_ms = int(seconds) * 1000 + int(micros) // 1000
        self._redis.zremrangebyscore(self._all_key(), "-inf", now_ms)  # expired leases
        total = self._redis.zcard(self._all_key())
        with self._lock:
            mine = Counter(self._held.values())
        return int(total), dict(mine)


def slots_url(config: Any) -> str:
    """The Redis URL of shared slots, or "" for per-process ones."""
    explicit = (config.get("EXPORT_SLOTS_URL") or "").strip()
    if explicit.lower() == "local":
        return ""
    if explicit:
        return explicit
    throttle = (config.get("RATELIMIT_STORAGE_URI") or "").strip()
    return throttle if throttle.startswith(("redis://", "rediss://")) else ""


def _slots() -> LocalSlots | RedisSlots:
    ext = current_app.extensions
    if "avatargen_export_slots" not in ext:
        config = current_app.config
        url = slots_url(config)
        if url:
            ext["avatargen_export_slots"] = RedisSlots(
                url,
                config.get("EXPORT_SLOTS_PREFIX", "avatargen:exports"),
                float(config.get("EXPORT_SLOT_TTL", 60)),
            )
        else:
            ext["avatargen_export_slots"] = LocalSlots()
    return ext["avatargen_export_slots"]


def _limits() -> tuple[int, int]:
    config = current_app.config
    return int(config.get("EXPORTS_PER_USER", 2)), int(config.get("EXPORTS_TOTAL", 4))


def acquire(user_id: int) -> Callable[[], None]:
    """Take an export slot for ``user_id``; return the function that gives it back (once)."""
    per_user, total = _limits()
    return _slots().acquire(user_id, per_user, total)


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
    """(slots taken overall, slots per user) as this process sees them (tests, health)."""
    return _slots().in_use()
