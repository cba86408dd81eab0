"""Per-call traces: what one provider call was, how long it took, how it ended.

A :class:`CallTrace` is one provider call: a chat completion of a network text provider
(its retries included), a text batch of a provider that reports no calls of its own (the
offline one), or one image. Providers that make several requests per contract call (the
``openai`` text provider: repair rounds, split batches) report each with :func:`add`; the
pipeline (:mod:`avatargen.pipeline.traces`) collects them in the provider thread with
:func:`collecting`, adds one trace for the contract call when the provider reported none,
and stores them as ``task_usage`` rows in its batched transactions.

Prompts and responses are kept only while :func:`capturing` is on (the admin setting
``trace_prompts``), redacted and cut to :data:`TEXT_MAX` characters; error messages are
one line, redacted, at most :data:`ERROR_MAX` characters. Keys never reach a trace.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from avatargen.providers.base import ProviderError
from avatargen.providers.settings import redact

TEXT_MAX = 8000  # characters of a stored prompt or response
ERROR_MAX = 500  # characters of a stored error message
OUTCOMES = (
    "ok",
    "rate_limited",  # HTTP 429 (after the retries)
    "server_error",  # HTTP 5xx
    "auth",  # HTTP 401 / 403
    "rejected",  # another 4xx: the request itself refused, a missing model
    "timeout",
    "connection",
    "invalid_reply",  # an answer that could not be read (not JSON, not an image)
    "truncated",  # a reply cut off at max_tokens
    "too_long",  # the request did not fit the model's context
    "error",  # anything else
)
REQUESTS = ("chat", "batch", "base_portrait", "variant")


def _utcnow() -> datetime:
    """Naive UTC, like avatargen.models.base.utcnow (not imported: pool processes have no
    app and need not load the models)."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class CallTrace:
    """One provider call (crosses process boundaries: plain data only)."""

    kind: str  # "text" or "image"
    provider: str
    request: str  # one of REQUESTS
    started_at: datetime
    latency_ms: int = 0
    model: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0  # HTTP requests made, retries included (0 for local work)
    images: int = 0
    outcome: str = "ok"
    error: str | None = None
    persona_index: int | None = None
    position: int | None = None
    prompt: str | None = None
    response: str | None = None

    def counters(self) -> dict[str, int]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "requests": self.requests,
            "images": self.images,
        }


@dataclass
class Collector:
    capture: bool = False
    calls: list[CallTrace] = field(default_factory=list)


_current: ContextVar[Collector | None] = ContextVar("avatargen_traces", default=None)


@contextmanager
def collecting(capture: bool = False) -> Iterator[Collector]:
    """Collect the traces providers report in this thread (context) while inside."""
    collector = Collector(capture)
    token = _current.set(collector)
    try:
        yield collector
    finally:
        _current.reset(token)


def capturing() -> bool:
    """Whether prompts and responses are to be kept (the admin setting, for this call)."""
    collector = _current.get()
    return collector is not None and collector.capture


def add(trace: CallTrace) -> None:
    """Report one call (nothing happens outside :func:`collecting`)."""
    collector = _current.get()
    if collector is not None:
        if not collector.capture:
            trace.prompt = trace.response = None
        collector.calls.append(trace)


def reported() -> int:
    """How many calls have been reported in this context so far."""
    collector = _current.get()
    return len(collector.calls) if collector is not None else 0


class Timer:
    """Wall-clock start (for the row) and a monotonic clock (for the latency)."""

    def __init__(self) -> None:
        self.started_at = _utcnow()
        self._t0 = time.perf_counter()

    def ms(self) -> int:
        return int(round((time.perf_counter() - self._t0) * 1000))


def clip(text: Any, limit: int = TEXT_MAX) -> str | None:
    """``text`` (a string, or anything JSON can write) redacted and cut to ``limit``."""
    if text is None:
        return None
    if not isinstance(text, str):
        text = json.dumps(text, ensure_ascii=False, default=str)
    text = redact(text)
    if len(text) > limit:
        cut = len(text) - limit
        text = text[:limit] + f"… [{cut} more characters]"
    return text


def one_line(message: Any, limit: int = ERROR_MAX) -> str:
    text = " ".join(redact(message).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def outcome_of(exc: BaseException) -> tuple[str, str]:
    """(outcome, one-line message) of a call that raised ``exc``."""
    failure = getattr(exc, "failure", exc)  # NetworkProvider.call keeps its CallFailed
    status = getattr(failure, "status", None)
    reason = getattr(failure, "reason", None) or str(exc)
    if type(exc).__name__ == "TooLong":
        outcome = "too_long"
    elif isinstance(status, int):
        if status == 429:
            outcome = "rate_limited"
        elif status >= 500:
            outcome = "server_error"
        elif status in (401, 403):
            outcome = "auth"
        else:
            outcome = "rejected"
    else:
        low = str(reason).lower()
        if "timed out" in low or "timeout" in type(exc).__name__.lower():
            outcome = "timeout"
        elif "connection failed" in low or isinstance(exc, ConnectionError):
            outcome = "connection"
        elif "not valid json" in low or "not an image" in low:
            outcome = "invalid_reply"
        else:
            outcome = "error"
    message = str(exc) if isinstance(exc, ProviderError) else f"{type(exc).__name__}: {exc}"
    return outcome, one_line(message)
