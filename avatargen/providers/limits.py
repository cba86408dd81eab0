"""Throughput limits and retries for network providers.

:class:`Limiter` caps the HTTP requests in flight to a back end (a semaphore) and their
rate (requests per minute, GCRA: start times are spaced ``60/rpm`` s apart, with a burst
of up to ``concurrency``). One limiter is shared by every provider instance with the same
settings in the process (:func:`shared_limiter`), since the pipeline creates instances
freely. :func:`call_with_retries` runs one request at a time through a limiter: it holds
a slot only for the request itself, releases it while sleeping before a retry, backs off
exponentially with full jitter, honours ``Retry-After`` (seconds or HTTP date) and
``retry-after-ms``, and gives up after a bounded number of attempts with the reason.
SDK clients are built with their own retries off, so retries never multiply.

Fleet-wide limits: when ``AVATARGEN_LIMITS_URL`` names a Redis server (or, without it,
``AVATARGEN_BROKER_URL`` is a ``redis://`` URL), :func:`shared_limiter` returns a
:class:`~avatargen.providers.redis_limits.RedisLimiter` instead, so the concurrency and
rate hold for every worker process together (see that module). ``AVATARGEN_LIMITS_URL=local``
keeps per-process limits even with a Redis broker.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import os
import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from avatargen.providers.base import ProviderError
from avatargen.providers.settings import redact

T = TypeVar("T")
RETRY_STATUSES = frozenset({408, 409, 429})


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

    def _reserve(self) -> float:
        """Reserve the next start time allowed by the rate; return how long to wait."""
        if self.rpm is None:
            return 0.0
        interval = 60.0 / self.rpm
        burst = (self.concurrency - 1) * interval
        with self._lock:
            now = time.monotonic()
            start = max(now, self._tat - burst)
            self._tat = max(self._tat, start) + interval
        return start - now

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one request slot (waiting for the rate limit while holding it)."""
        self._slots.acquire()
        try:
            wait = self._reserve()
            if wait > 0:
                time.sleep(wait)
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


_LIMITERS: dict[tuple, Any] = {}
_LIMITERS_LOCK = threading.Lock()
LOCAL_LIMITS = frozenset({"local", "process", "memory"})
REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


def limits_url() -> str | None:
    """The Redis URL fleet-wide limits live in, or None for per-process limits."""
    url = os.environ.get("AVATARGEN_LIMITS_URL", "").strip()
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
    broker = os.environ.get("AVATARGEN_BROKER_URL", "").strip()
    if broker.lower().startswith(("redis://", "rediss://")):
        return broker
    return None


def limits_namespace(key: tuple) -> str:
    """Redis key prefix for the back end ``key`` (provider id, then endpoint settings).

    Only a digest of the endpoint settings is used, so nothing secret reaches Redis.
    """
    from avatargen.providers.redis_limits import PREFIX

    prefix = os.environ.get("AVATARGEN_LIMITS_PREFIX", "").strip() or PREFIX
    provider = str(key[0]) if key else "provider"
    digest = hashlib.sha256(repr(tuple(key[1:])).encode()).hexdigest()[:16]
    return f"{prefix}:{provider}:{digest}"


def shared_limiter(key: tuple, concurrency: int, rpm: float | None = None) -> Any:
    """The limiter for ``key`` (e.g. provider id and base URL) and settings.

    Per process (:class:`Limiter`) unless a limits URL is configured (:func:`limits_url`);
    then a fleet-wide ``RedisLimiter`` whose Redis keys depend on ``key`` only, so every
    process using that back end shares one semaphore and one rate.
    """
    url = limits_url()
    full = (*key, concurrency, rpm or None, url)
    with _LIMITERS_LOCK:
        limiter = _LIMITERS.get(full)
        if limiter is None:
            if url is None:
                limiter = Limiter(concurrency, rpm)
            else:
                from avatargen.providers.redis_limits import RedisLimiter

                limiter = RedisLimiter(url, limits_namespace(key), concurrency, rpm)
            _LIMITERS[full] = limiter
        return limiter


def reset_limiters() -> None:
    """Forget the shared limiters (tests)."""
    with _LIMITERS_LOCK:
        limiters = list(_LIMITERS.values())
        _LIMITERS.clear()
    for limiter in limiters:
        close = getattr(limiter, "close", None)
        if callable(close):
            close()


_CLIENTS: dict[tuple, Any] = {}


def shared_client(key: tuple, secret: str, factory: Callable[[], T]) -> T:
    """One SDK client (and its connection pool) per provider settings in the process.

    The pipeline creates provider instances freely; sharing the client keeps the number
    of pools and open sockets bounded. ``secret`` is part of the key only as a digest.
    """
    full = (*key, hashlib.sha256(secret.encode()).hexdigest())
    with _LIMITERS_LOCK:
        client = _CLIENTS.get(full)
        if client is None:
            client = _CLIENTS[full] = factory()
        return client


def close_clients() -> None:
    """Close and forget the shared SDK clients (tests, shutdown)."""
    with _LIMITERS_LOCK:
        clients = list(_CLIENTS.values())
        _CLIENTS.clear()
    for client in clients:
        close = getattr(client, "close", None)
        if callable(close):
            close()


# --------------------------------------------------------------------------- retries


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry a request that failed in a retryable way."""

    max_attempts: int = 4
    base_delay: float = 0.5  # first backoff ceiling, doubled per attempt
    max_delay: float = 30.0  # backoff ceiling
    max_retry_after: float = 120.0  # a longer Retry-After is capped to this

    def backoff(self, attempt: int) -> float:
        """Full jitter: uniform in [0, min(max_delay, base * 2**(attempt-1))]."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** max(0, attempt - 1)))
        return random.uniform(0, ceiling)

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(max(0.0, retry_after), self.max_retry_after)
        return self.backoff(attempt)


def retry_after_seconds(headers: Mapping[str, str] | None) -> float | None:
    """Seconds a server asked to wait: ``retry-after-ms``, else ``Retry-After``."""
    if not headers:
        return None
    lower = {str(k).lower(): v for k, v in headers.items()}
    ms = lower.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000.0)
        except ValueError:
            pass
    value = lower.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


@dataclass(frozen=True)
class Decision:
    retry: bool
    reason: str
    status: int | None = None
    retry_after: float | None = None


def _status_of(exc: BaseException) -> int | None:
    for attr in ("status_code", "code", "status"):
        value = getattr(exc, attr, None)
        if isinstance(value, int) and 100 <= value <= 599:
            return value
    return None


def _headers_of(exc: BaseException) -> Mapping[str, str] | None:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None) or getattr(exc, "headers", None)
    try:
        return dict(headers.items()) if headers is not None else None
    except AttributeError:
        return None


def _message_of(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(str(message).split())[:300]


def classify(exc: BaseException) -> Decision:
    """Whether ``exc`` (SDK or urllib error, timeout, connection error) is worth a retry.

    Retried: 408, 409, 429 and 5xx answers, timeouts, connection errors and answers
    whose body is not valid JSON. Anything
    else (a 400, 401, 403, 404, 422, or a bug) fails at once.
    """
    status = _status_of(exc)
    if status is not None:
        after = retry_after_seconds(_headers_of(exc))
        retry = status in RETRY_STATUSES or status >= 500
        return Decision(retry, f"HTTP {status}: {_message_of(exc)}", status, after)
    if isinstance(exc, json.JSONDecodeError):  # a garbled 200 (proxy hiccup): worth another try
        return Decision(True, f"the answer was not valid JSON ({exc.msg})")
    name = type(exc).__name__.lower()
    if isinstance(exc, TimeoutError) or "timeout" in name:
        return Decision(True, "the request timed out")
    if isinstance(exc, OSError) or "connect" in name or "protocolerror" in name:
        return Decision(True, f"connection failed: {_message_of(exc)}")
    return Decision(False, f"{type(exc).__name__}: {_message_of(exc)}")


class CallFailed(ProviderError):
    """A request failed for good: not retryable, or out of attempts. Message is redacted."""

    def __init__(self, decision: Decision, attempts: int, cause: BaseException) -> None:
        tail = f" (after {attempts} attempts)" if attempts > 1 else ""
        super().__init__(redact(decision.reason) + tail)
        self.reason = redact(decision.reason)
        self.status = decision.status
        self.retryable = decision.retry
        self.attempts = attempts
        self.cause = cause  # kept for callers that inspect it; not chained into tracebacks


def call_with_retries(
    call: Callable[[], T],
    *,
    limiter: SlotLimiter,
    policy: RetryPolicy,
    classify: Callable[[BaseException], Decision] = classify,
    on_attempt: Callable[[], Any] | None = None,
    sleep: Callable[[float], Any] = time.sleep,
) -> T:
    """Run ``call`` (one HTTP request) in a limiter slot, retrying as ``policy`` says.

    Raises :class:`CallFailed` when the error is not retryable or the attempts run out.
    """
    attempt = 0
    while True:
        attempt += 1
        with limiter.slot():
            if on_attempt is not None:
                on_attempt()
            try:
                return call()
            except Exception as exc:  # noqa: BLE001 - classified below
                decision = classify(exc)
                failure = exc
        if not decision.retry or attempt >= policy.max_attempts:
            raise CallFailed(decision, attempt, failure) from None
        sleep(policy.delay(attempt, decision.retry_after))  # the slot is free meanwhile
