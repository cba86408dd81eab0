"""Usage accounting (tokens, images, requests per task) and its cost from the price table.

A task's ``usage`` column holds ``{"text": {...}, "image": {...}}`` with the counters of
:class:`avatargen.providers.base.Usage`. Prices come from configuration
(``AVATARGEN_PRICES``): ``{provider: {"prompt_tokens_1k", "completion_tokens_1k",
"image", "request"}}`` in USD. A provider that has usage but no price gives an unknown
cost (None), never a made-up one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from flask import current_app

from avatargen.models import GenerationTask
from avatargen.providers.base import Usage

COUNTERS = ("prompt_tokens", "completion_tokens", "requests", "images")


def add_usage(task: GenerationTask, kind: str, usage: Usage | None) -> None:
    """Add ``usage`` to the task's ``kind`` ("text" or "image") counters (caller commits)."""
    if usage is None or not any(asdict(usage).values()):
        return
    current = {k: dict(v) for k, v in (task.usage or {}).items()}
    bucket = current.setdefault(kind, dict.fromkeys(COUNTERS, 0))
    for name, value in asdict(usage).items():
        bucket[name] = bucket.get(name, 0) + value
    task.usage = current  # a new object, so the JSON column is seen as changed


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
    usage = task.usage or {}
    text = price_usage(task.text_provider, usage.get("text", {}))
    image = price_usage(task.image_provider, usage.get("image", {}))
    total = None if text is None or image is None else round(text + image, 6)
    return {"usage": usage, "cost_usd": total, "priced": total is not None}
