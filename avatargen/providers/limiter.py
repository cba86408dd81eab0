"""Throughput limits of network providers: requests in flight and requests per minute.

:class:`Limiter` caps the HTTP requests in flight to a back end (a semaphore) and their
rate (requests per minute, GCRA: start times are spaced ``60/rpm`` s apart, with a burst
of up to ``concurrency``). One limiter is shared by every provider instance with the same
settings in the process (:func:`shared_limiter`), since the pipeline creates instances
freely.

Fleet-wide limits: when ``AVATARGEN_LIMITS_URL`` names a Redis server (or, without it,
``AVATARGEN_BROKER_URL`` is a ``redis://`` URL), :func:`shared_limiter` returns a
:class:`~avatargen.providers.redis_limits.RedisLimiter` instead, so the concurrency and
rate hold for every worker process together (see that module). ``AVATARGEN_LIMITS_URL=local``
keeps per-process limits even with a Redis broker.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from avatargen.config import LimitsSettings, current_settings
from avatargen.providers.base import ProviderError
from avatargen.providers.shared import Shared


class SlotLimiter(Protocol):
    """What :func:`call_with_retries` needs: :class:`Limiter` or a ``RedisLimiter``."""

    concurrency: int

    def slot(self) -> Any: ...


class Limiter:
    """At most ``concurrency`` requests in flight and ``rpm`` request starts per minute."""

    def __init__(self, concurrency: int, rpm: float | None = None) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.concurrency = concurrency
        self.rpm = rpm if rpm and rpm > 0 else None
        self._slots = threading.BoundedSemaphore(concurrency)
        self._lock = threading.Lock()
        self._tat = 0.0  # GCRA theoretical arrival time of the next request
        self.in_flight = 0
        self.max_in_flight = 0
        self.started = 0

    def _reserve(self) -> tuple[float, float]:
        """Reserve the next start time allowed by the rate.

        Returns how long to wait and the time the reservation counted from (the GCRA's
        ``max(tat, start)``), for :meth:`_started_late`.
        """
        if self.rpm is None:
            return 0.0, 0.0
        interval = 60.0 / self.rpm
        burst = (self.concurrency - 1) * interval
        with self._lock:
            now = time.monotonic()
            start = max(now, self._tat - burst)
            base = max(self._tat, start)
            self._tat = base + interval
        return start - now, base

    def _started_late(self, base: float) -> None:
        """Count a start that a long sleep made later than reserved from when it happened.

        ``time.sleep`` may overshoot by milliseconds; without this the next start, still
        reserved ``60/rpm`` s after the planned one, would follow the late one too soon.
        """
        with self._lock:
            late = time.monotonic() - base
            if late > 0:
                self._tat += late

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one request slot (waiting for the rate limit while holding it)."""
        self._slots.acquire()
        try:
            wait, base = self._reserve()
            if wait > 0:
                time.sleep(wait)
                self._started_late(base)
            with self._lock:
                self.in_flight += 1
                self.started += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
            try:
                yield
            finally:
                with self._lock:
                    self.in_flight -= 1
        finally:
            self._slots.release()


_LIMITERS: Shared[Any] = Shared()
LOCAL_LIMITS = frozenset({"local", "process", "memory"})
REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


def limits_url(settings: LimitsSettings | None = None) -> str | None:
    """The Redis URL fleet-wide limits live in, or None for per-process limits."""
    limits = settings or current_settings().limits
    url = limits.url
    if url:
        if url.lower() in LOCAL_LIMITS:
            return None
        if not url.lower().startswith(REDIS_SCHEMES):
            from avatargen.providers.redis_limits import safe_url

            raise ProviderError(
                f"AVATARGEN_LIMITS_URL must be a redis://, rediss:// or unix:// URL "
                f"(or 'local'), not {safe_url(url)!r}"
            )
        return url
    if limits.broker_url.lower().startswith(("redis://", "rediss://")):
        return limits.broker_url
    return None


def limits_namespace(key: tuple, settings: LimitsSettings | None = None) -> str:
    """Redis key prefix for the back end ``key`` (provider id, then endpoint settings).

    Only a digest of the endpoint settings is used, so nothing secret reaches Redis.
    """
    from avatargen.providers.redis_limits import PREFIX

    prefix = (settings or current_settings().limits).prefix or PREFIX
    provider = str(key[0]) if key else "provider"
    digest = hashlib.sha256(repr(tuple(key[1:])).encode()).hexdigest()[:16]
    return f"{prefix}:{provider}:{digest}"


def shared_limiter(key: tuple, concurrency: int, rpm: float | None = None) -> Any:
    """The limiter for ``key`` (e.g. provider id and base URL) and settings.

    Per process (:class:`Limiter`) unless a limits URL is configured (:func:`limits_url`);
    then a fleet-wide ``RedisLimiter`` whose Redis keys depend on ``key`` only, so every
    process using that back end shares one semaphore and one rate.
    """
    limits = current_settings().limits
    url = limits_url(limits)
    full = (*key, concurrency, rpm or None, url)

    def make() -> Any:
        if url is None:
            return Limiter(concurrency, rpm)
        from avatargen.providers.redis_limits import RedisLimiter

        return RedisLimiter(
            url,
            limits_namespace(key, limits),
            concurrency,
            rpm,
            lease_ttl=limits.lease_ttl,
            rpm_window=limits.rpm_window,
            acquire_timeout=limits.acquire_timeout,
        )

    return _LIMITERS.get(full, make)


def reset_limiters() -> None:
    """Forget the shared limiters (tests)."""
    _LIMITERS.clear()
