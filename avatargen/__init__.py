"""Avatar Data Generator: synthetic persona datasets (data, platform bios, images)."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
GENERATOR_NAME = "Avatar Data Generator"


def create_app(config: Any = None):
    """Build the Flask app (the only place an app is made); see :mod:`avatargen.app`."""
    from avatargen.app import build_app

    return build_app(config)
