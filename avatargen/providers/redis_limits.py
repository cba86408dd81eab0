"""Fleet-wide provider limits in Redis: a leased semaphore and a sliding-window rate.

Used by :func:`avatargen.providers.limiter.shared_limiter` when ``AVATARGEN_LIMITS_URL``
(or a ``redis://`` ``AVATARGEN_BROKER_URL``) is set, so that the concurrency and
requests-per-minute limits of a provider hold for every worker process together.

Keys, per back end (``avatargen:limits:<provider id>:<digest of the endpoint settings>``,
never an API key):

``…:sem``  sorted set of slot holders scored by lease expiry (ms, Redis server clock).
           A slot is taken atomically by a Lua script that first drops expired leases,
           then admits the holder when fewer than ``concurrency`` remain. A process
           renews its leases every ``ttl/3`` from one heartbeat thread, so a crashed
           holder's slot comes back at most ``ttl`` after it died.
``…:rpm``  sorted set of request starts scored by start time: at most
           ``rpm * window / 60`` starts in any ``window`` seconds (sliding window;
           ``window`` is 60 s unless ``AVATARGEN_LIMITS_RPM_WINDOW`` says otherwise).

Both checks run in the same script, so a start is counted only when a slot is granted.
All times come from the Redis server (``TIME``), so host clocks need not agree. A
blocked acquire polls with short, jittered sleeps (or the rate's own wait hint) until
``acquire_timeout``. An unreachable Redis raises :class:`LimitsUnavailable` naming the
URL (password masked): the limits are never silently downgraded to per-process ones.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from avatargen.config import LimitsSettings
from avatargen.providers.base import ProviderError
from avatargen.providers.shared import Shared

log = logging.getLogger(__name__)

PREFIX = "avatargen:limits"
DEFAULTS = LimitsSettings()  # lease TTL, rate window, acquire timeout (see config.py)
POLL = 0.025  # first poll interval while the semaphore is full (then up to MAX_POLL)
MAX_POLL = 0.1

# KEYS: sem, rpm. ARGV: holder, concurrency, ttl_ms, starts per window (0: none), window_ms.
# Returns {1, 0} when admitted, else {0, ms to wait (-1: until a slot frees)}.
ACQUIRE = """
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[2])
local ttl = tonumber(ARGV[3])
local per_window = tonumber(ARGV[4])
local window = tonumber(ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= limit then
  return {0, -1}
end
if per_window > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
  if redis.call('ZCARD', KEYS[2]) >= per_window then
    local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
    return {0, math.max(1, tonumber(oldest[2]) + window - now + 1)}
  end
  redis.call('ZADD', KEYS[2], now, ARGV[1])
  redis.call('PEXPIRE', KEYS[2], window + 1000)
end
redis.call('ZADD', KEYS[1], now + ttl, ARGV[1])
redis.call('PEXPIRE', KEYS[1], ttl * 2)
return {1, 0}
"""

# KEYS: sem. ARGV: ttl_ms, holder... Returns how many of the holders still had a lease.
RENEW = """
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[1])
local kept = 0
for i = 2, #ARGV do
  local score = redis.call('ZSCORE', KEYS[1], ARGV[i])
  if score and tonumber(score) > now then
    redis.call('ZADD', KEYS[1], 'XX', now + ttl, ARGV[i])
    kept = kept + 1
  end
end
if kept > 0 then
  redis.call('PEXPIRE', KEYS[1], ttl * 2)
end
return kept
"""


class LimitsUnavailable(ProviderError):
    """The shared limits store cannot be used (unreachable, or the client is missing)."""


def safe_url(url: str) -> str:
    """``url`` with any password masked (for messages and logs)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    netloc = f"{user}:***@{host}" if user else f":***@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


_CLIENTS: Shared[Any] = Shared()


def redis_client(url: str) -> Any:
    """One ``redis.Redis`` (connection pool) per URL in the process."""

    def make() -> Any:
        try:
            import redis
        except ImportError:
            raise LimitsUnavailable(
                f"shared provider limits are configured ({safe_url(url)}) but the "
                "'redis' package is not installed (pip install redis)"
            ) from None
        return redis.Redis.from_url(
            url, socket_connect_timeout=3, socket_timeout=5, health_check_interval=30
        )

    return _CLIENTS.get(url, make)


def close_redis_clients() -> None:
    _CLIENTS.clear()


class RedisLimiter:
    """Like :class:`avatargen.providers.limiter.Limiter`, but for the whole fleet.

    ``in_flight``, ``max_in_flight`` and ``started`` count this process's requests only.
    """

    def __init__(
        self,
        url: str,
        namespace: str,
        concurrency: int,
        rpm: float | None = None,
        *,
        lease_ttl: float | None = None,
        rpm_window: float | None = None,
        acquire_timeout: float | None = None,
        client: Any = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.url = url
        self.concurrency = concurrency
        self.rpm = rpm if rpm and rpm > 0 else None
        self.lease_ttl = lease_ttl or DEFAULTS.lease_ttl
        self.rpm_window = rpm_window or DEFAULTS.rpm_window
        self.acquire_timeout = acquire_timeout or DEFAULTS.acquire_timeout
        self.sem_key = f"{namespace}:sem"
        self.rpm_key = f"{namespace}:rpm"
        self.per_window = (
            max(1, int(self.rpm * self.rpm_window / 60.0)) if self.rpm is not None else 0
        )
        self._redis = client if client is not None else redis_client(url)
        self._acquire = self._redis.register_script(ACQUIRE)
        self._renew = self._redis.register_script(RENEW)
        self._lock = threading.Lock()
        self._held: set[str] = set()
        self._heartbeat: threading.Thread | None = None
        self._heartbeat_pid = 0
        self._stop = threading.Event()
        self._host = socket.gethostname()
        self.in_flight = 0
        self.max_in_flight = 0
        self.started = 0

    def __repr__(self) -> str:
        return (
            f"<RedisLimiter {self.sem_key!r} concurrency={self.concurrency} rpm={self.rpm} "
            f"url={safe_url(self.url)!r}>"
        )

    # ------------------------------------------------------------------ redis calls

    def _unavailable(self, exc: BaseException) -> LimitsUnavailable:
        return LimitsUnavailable(
            f"the shared provider limits store at {safe_url(self.url)} is unreachable or failed "
            f"({type(exc).__name__}: {' '.join(str(exc).split())[:200]}); set "
            "AVATARGEN_LIMITS_URL to a reachable Redis, or AVATARGEN_LIMITS_URL=local "
            "for per-process limits"
        )

    def try_acquire(self, holder: str, tries: int = 0) -> float | None:
        """Take a slot for ``holder``: None when taken, else seconds worth waiting.

        While the semaphore is full the wait grows with ``tries`` (the failed attempts
        so far) from :data:`POLL` to :data:`MAX_POLL`, jittered, to bound the polling.
        """
        import redis

        try:
            granted, wait_ms = self._acquire(
                keys=[self.sem_key, self.rpm_key],
                args=[
                    holder,
                    self.concurrency,
                    int(self.lease_ttl * 1000),
                    self.per_window,
                    int(self.rpm_window * 1000),
                ],
            )
        except (redis.exceptions.RedisError, OSError) as exc:
            raise self._unavailable(exc) from None
        if int(granted) == 1:
            return None
        wait_ms = int(wait_ms)
        if wait_ms < 0:  # the semaphore is full: poll again soon
            return min(MAX_POLL, POLL * 1.5 ** min(tries, 10)) * random.uniform(0.5, 1.5)
        return wait_ms / 1000.0

    def release(self, holder: str) -> None:
        with self._lock:
            self._held.discard(holder)
        try:
            self._redis.zrem(self.sem_key, holder)
        except Exception as exc:  # noqa: BLE001 - the lease expires on its own
            log.warning("could not release a provider slot in %s: %s", safe_url(self.url), exc)

    # ------------------------------------------------------------------ heartbeat

    def _ensure_heartbeat(self) -> None:
        pid = os.getpid()
        with self._lock:
            if self._heartbeat_pid == pid or self._stop.is_set():
                return
            self._heartbeat_pid = pid  # after a fork, the child starts its own
            self._heartbeat = threading.Thread(
                target=self._beat, name=f"limits-heartbeat:{self.sem_key}", daemon=True
            )
        self._heartbeat.start()

    def close(self) -> None:
        """Stop renewing leases (slots still held expire after the lease TTL)."""
        self._stop.set()

    def _beat(self) -> None:
        interval = self.lease_ttl / 3.0
        while not self._stop.wait(interval):
            with self._lock:
                held = list(self._held)
            if not held:
                continue
            try:
                kept = int(
                    self._renew(keys=[self.sem_key], args=[int(self.lease_ttl * 1000), *held])
                )
            except Exception as exc:  # noqa: BLE001 - retried on the next beat
                log.warning("could not renew provider slots in %s: %s", safe_url(self.url), exc)
                continue
            if kept < len(held):
                with self._lock:
                    still = len(self._held & set(held))
                if kept < still:
                    log.warning(
                        "%d provider slot lease(s) in %s expired before renewal",
                        still - kept,
                        self.sem_key,
                    )

    # ------------------------------------------------------------------ the slot

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one fleet-wide request slot (waiting for the rate limit too)."""
        holder = f"{self._host}:{os.getpid()}:{uuid.uuid4().hex}"
        deadline = time.monotonic() + self.acquire_timeout
        tries = 0
        while True:
            wait = self.try_acquire(holder, tries)
            if wait is None:
                break
            tries += 1
            left = deadline - time.monotonic()
            if left <= 0:
                raise ProviderError(
                    f"no provider slot free in {self.sem_key} after {self.acquire_timeout:g} s "
                    f"(fleet-wide concurrency {self.concurrency}, rpm {self.rpm})"
                )
            time.sleep(min(wait, left, 1.0))
        with self._lock:
            self._held.add(holder)
            self.in_flight += 1
            self.started += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        self._ensure_heartbeat()
        try:
            yield
        finally:
            with self._lock:
                self.in_flight -= 1
            self.release(holder)
