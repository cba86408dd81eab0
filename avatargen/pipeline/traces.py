"""Traces of the provider contract calls the stages make (run in the provider threads).

:func:`traced_batch` and :func:`traced_image` call the provider inside
:func:`avatargen.providers.tracing.collecting` and hand the traces back with the result
(``TextBatchResult.traces``, ``GeneratedImage.traces``) or, when the call raised, on the
exception (``exc.traces``); the stage's writer stores them with the batch they belong to
(:func:`avatargen.models.task_events.record_traces`), never in a transaction of their own.
A provider that reported no calls of its own gets one trace for the contract call; usage
it counted beyond what its traces say is added to that trace, so the rows always sum to
the usage.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from avatargen.providers import tracing
from avatargen.providers.base import GeneratedImage, Provider, TextBatchRequest, Usage
from avatargen.providers.tracing import CallTrace


def model_of(provider: Provider) -> str | None:
    """What a trace names as the model: the provider's ``model`` or workflow setting."""
    options = provider.options
    for name in ("model", "workflow"):
        value = getattr(options, name, None)
        if value:
            return str(value)[:200]
    return None


def _rest(usage: Usage | None, calls: list[CallTrace]) -> dict[str, int]:
    """Usage not accounted for by ``calls``."""
    if usage is None:
        return {}
    sums = {
        "prompt_tokens": sum(c.prompt_tokens for c in calls),
        "completion_tokens": sum(c.completion_tokens for c in calls),
        "requests": sum(c.requests for c in calls),
        "images": sum(c.images for c in calls),
    }
    rest = {k: max(0, int(getattr(usage, k)) - v) for k, v in sums.items()}
    return {k: v for k, v in rest.items() if v}


def _run(
    call: Callable[[], Any],
    trace: CallTrace,
    capture: bool,
    usage_of: Callable[[Any], Usage | None],
) -> tuple[Any, list[CallTrace]]:
    """Run ``call``; the traces it reported, or ``trace`` for it when it reported none."""
    timer = tracing.Timer()
    trace.started_at = timer.started_at
    with tracing.collecting(capture) as collector:
        try:
            value = call()
        except Exception as exc:
            calls = collector.calls
            if not calls:
                trace.latency_ms = timer.ms()
                trace.outcome, trace.error = tracing.outcome_of(exc)
                failure = getattr(exc, "failure", None)
                trace.requests = int(getattr(failure, "attempts", 0) or 0)
                calls = [trace]
            with contextlib.suppress(AttributeError):  # an exception with __slots__
                exc.traces = calls  # type: ignore[attr-defined]
            raise
    calls = collector.calls
    rest = _rest(usage_of(value), calls)
    if not calls or rest:
        trace.latency_ms = timer.ms()
        for name, amount in rest.items():
            setattr(trace, name, amount)
        calls = [*calls, trace]
    return value, calls


def traced_batch(provider: Provider, capture: bool) -> Callable[[TextBatchRequest], Any]:
    """``provider.generate_batch`` that returns its result with ``.traces`` filled in."""
    model = model_of(provider)

    def call(request: TextBatchRequest):
        trace = CallTrace(
            "text", provider.id, "batch", None, model=model, persona_index=request.start_index
        )  # type: ignore[arg-type]
        result, calls = _run(
            lambda: provider.generate_batch(request), trace, capture, lambda r: r.usage
        )
        for c in calls:  # a chat call of the batch: where the batch starts
            if c.persona_index is None:
                c.persona_index = request.start_index
        result.traces = calls
        return result

    return call


def traced_image(
    provider: Provider,
    capture: bool,
    call: Callable[[], GeneratedImage],
    index: int,
    position: int,
) -> GeneratedImage:
    """One image call; the image comes back with ``.traces`` (its prompt in the trace
    only while capturing: the image row keeps it anyway)."""
    request = "base_portrait" if position == 1 else "variant"
    trace = CallTrace(
        "image",
        provider.id,
        request,
        None,  # type: ignore[arg-type]
        model=model_of(provider),
        persona_index=index,
        position=position,
    )
    image, calls = _run(call, trace, capture, lambda img: img.usage)
    for c in calls:
        c.persona_index, c.position = index, position
        if capture and c.prompt is None and image.prompt:
            c.prompt = tracing.clip(image.prompt)
    image.traces = calls
    return image
