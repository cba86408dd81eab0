"""Retries of network provider requests: which errors are worth another try, and when.

:func:`call_with_retries` runs one request at a time through a limiter: it holds a slot
only for the request itself, releases it while sleeping before a retry, backs off
exponentially with full jitter, honours ``Retry-After`` (seconds or HTTP date) and
``retry-after-ms``, and gives up after a bounded number of attempts with the reason
(:class:`CallFailed`, redacted). SDK clients are built with their own retries off, so
retries never multiply.
"""

from __future__ import annotations

import email.utils
import json
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from avatargen.providers.base import ProviderError
from avatargen.providers.limiter import SlotLimiter
from avatargen.providers.settings import redact

T = TypeVar("T")
RETRY_STATUSES = frozenset({408, 409, 429})


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
    parse: Callable[[T], Any] | None = None,
) -> Any:
    """Run ``call`` (one HTTP request) in a limiter slot, retrying as ``policy`` says.

    ``parse``, when given, reads what ``call`` returned once the slot is free (so reading a
    reply never holds a request slot); its errors are classified like the request's (an
    answer that is not valid JSON is retried) and its result is returned.

    Raises :class:`CallFailed` when the error is not retryable or the attempts run out.
    """
    attempt = 0
    while True:
        attempt += 1
        answered = False
        with limiter.slot():
            if on_attempt is not None:
                on_attempt()
            try:
                answer = call()
                answered = True
            except Exception as exc:  # noqa: BLE001 - classified below
                decision = classify(exc)
                failure = exc
        if answered:
            if parse is None:
                return answer
            try:
                return parse(answer)
            except Exception as exc:  # noqa: BLE001 - classified below
                decision = classify(exc)
                failure = exc
        if not decision.retry or attempt >= policy.max_attempts:
            raise CallFailed(decision, attempt, failure) from None
        sleep(policy.delay(attempt, decision.retry_after))  # the slot is free meanwhile
