"""Helpers shared by the models."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Naive UTC now, matching the original schema's timezone-less DateTime columns."""
    return datetime.now(UTC).replace(tzinfo=None)
