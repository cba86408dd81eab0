"""Time and cost estimate of a task before it starts (shown by the form and the API)."""

from __future__ import annotations

from typing import Any

from avatargen.providers.registry import get_provider_class
from avatargen.services.tasks import TaskRequest


def estimate(req: TaskRequest) -> dict[str, Any]:
    text = get_provider_class("text", req.text_provider)
    image = get_provider_class("image", req.image_provider)
    personas = req.number_to_generate
    images = personas * req.images_per_persona
    seconds = personas * text.seconds_per_unit + images * image.seconds_per_unit
    cost = personas * text.usd_per_unit + images * image.usd_per_unit
    return {
        "personas": personas,
        "images": images,
        "seconds": round(seconds, 1),
        "cost_usd": round(cost, 4),
        "text_provider": req.text_provider,
        "image_provider": req.image_provider,
    }
