"""Estimates before a task starts: time from providers, cost from the price table."""

from __future__ import annotations

import pytest

from avatargen.services.estimate import estimate
from avatargen.services.tasks import TaskRequest


def _req(**extra):
    return TaskRequest(
        persona_description="x",
        bio_language="en",
        number_to_generate=100,
        images_per_persona=4,
        **extra,
    )


def test_offline_costs_nothing(app):
    with app.app_context():
        est = estimate(_req())
    assert est["cost_usd"] == 0 and est["images"] == 400 and est["seconds"] >= 0


def test_model_providers_priced_from_the_table(app):
    req = _req(text_provider="openai", image_provider="openai-images")
    with app.app_context():
        assert estimate(req)["cost_usd"] is None  # no prices configured: unknown
        app.config["PRICES"] = {
            "openai": {"prompt_tokens_1k": 1.0, "completion_tokens_1k": 1.0, "request": 0.0},
            "openai-images": {"image": 0.04, "request": 0.0},
        }
        est = estimate(req)
    # 100 personas x (350 + 450) tokens at $1 per 1k, and 400 images at $0.04
    assert est["cost_usd"] == pytest.approx(100 * 0.8 + 400 * 0.04)
