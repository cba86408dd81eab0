"""Time and cost estimate of a task before it starts (shown by the form and the API)."""

from __future__ import annotations

from typing import Any

from avatargen.pricing import price_usage
from avatargen.providers.registry import get_provider_class
from avatargen.services.tasks import TaskRequest


def estimate(req: TaskRequest) -> dict[str, Any]:
    """Seconds on one worker, and USD from the price table (None when a provider that
    costs money has no configured price)."""
    text = get_provider_class("text", req.text_provider)
    image = get_provider_class("image", req.image_provider)
    personas = req.number_to_generate
    images = personas * req.images_per_persona
    seconds = personas * text.seconds_per_unit / provider_concurrency(text)
    seconds += images * image.seconds_per_unit / provider_concurrency(image)
    text_cost = price_usage(
        req.text_provider, {k: v * personas for k, v in text.usage_per_unit.items()}
    )
    image_cost = price_usage(
        req.image_provider, {k: v * images for k, v in image.usage_per_unit.items()}
    )
    cost = None if text_cost is None or image_cost is None else round(text_cost + image_cost, 4)
    return {
        "personas": personas,
        "images": images,
        "seconds": round(seconds, 1),
        "cost_usd": cost,
        "text_provider": req.text_provider,
        "image_provider": req.image_provider,
    }


def provider_concurrency(cls) -> int:
    """Calls in flight a provider's default settings allow (1 if it cannot say)."""
    try:
        return max(1, int(cls().concurrency))
    except Exception:  # a provider that cannot be built here (no key) estimates serially
        return 1
