"""Usage accounting (tokens, images, requests per task) and its cost from the price table.

A task's usage is ``{"text": {...}, "image": {...}}`` with the counters of
:class:`avatargen.providers.base.Usage`, summed from its ``task_usage`` rows (appended by
the pipeline with :func:`avatargen.models.task_events.record_usage`). Prices come from configuration
(``AVATARGEN_PRICES``): ``{provider: {"prompt_tokens_1k", "completion_tokens_1k",
"image", "request"}}`` in USD. A provider that has usage but no price gives an unknown
cost (None), never a made-up one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import current_app

from avatargen.models import GenerationTask
from avatargen.models.task_events import COUNTERS, usage_totals

__all__ = ["COUNTERS", "price_usage", "task_cost"]


def price_usage(provider: str, usage: Mapping[str, float]) -> float | None:
    """USD for ``usage`` of ``provider``; 0 for no usage, None when no price is configured."""
    if not any(usage.get(k, 0) for k in COUNTERS):
        return 0.0
    prices = current_app.config.get("PRICES", {}).get(provider)
    if not prices:
        return None
    return (
        usage.get("prompt_tokens", 0) / 1000 * prices.get("prompt_tokens_1k", 0.0)
        + usage.get("completion_tokens", 0) / 1000 * prices.get("completion_tokens_1k", 0.0)
        + usage.get("images", 0) * prices.get("image", 0.0)
        + usage.get("requests", 0) * prices.get("request", 0.0)
    )


def task_cost(task: GenerationTask) -> dict[str, Any]:
    """The usage of a task and what it cost, for the manifest and the API."""
    usage = usage_totals(task.id)
    text = price_usage(task.text_provider, usage.get("text", {}))
    image = price_usage(task.image_provider, usage.get("image", {}))
    total = None if text is None or image is None else round(text + image, 6)
    return {"usage": usage, "cost_usd": total, "priced": total is not None}
