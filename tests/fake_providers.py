"""Providers used only by tests, registered under ``test-*`` names.

They wrap the offline providers and add the faults a test needs (a crash that kills the
run like a dead worker, a persistent failure, a cancel from another connection).
"""

from __future__ import annotations

from typing import ClassVar

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.providers.base import (
    DraftFailure,
    ImageProvider,
    TextBatchResult,
    TextProvider,
)
from avatargen.providers.registry import get_image_provider, get_text_provider, register


class SimulatedCrash(BaseException):  # noqa: N818  (BaseException: escapes like a dead worker)
    """Stands for a worker dying mid-task: nothing in the pipeline may catch it."""


@register
class CrashingImageProvider(ImageProvider):
    """Offline images, but the process 'dies' after ``crash_after`` images."""

    id = "test-crashing"
    crash_after: ClassVar[int] = 5
    made: ClassVar[int] = 0

    def __init__(self, options=None):
        super().__init__(options)
        self.inner = get_image_provider("offline")
        self.digital_source_type = self.inner.digital_source_type

    def _count(self):
        type(self).made += 1
        if type(self).made > type(self).crash_after:
            raise SimulatedCrash()

    def base_portrait(self, subject, size):
        self._count()
        return self.inner.base_portrait(subject, size)

    def variant(self, subject, base, position, size):
        self._count()
        return self.inner.variant(subject, base, position, size)


@register
class PositionThreeFailsImageProvider(ImageProvider):
    """Offline images, except position 3 which always fails."""

    id = "test-fails-3"

    def __init__(self, options=None):
        super().__init__(options)
        self.inner = get_image_provider("offline")
        self.digital_source_type = self.inner.digital_source_type

    def base_portrait(self, subject, size):
        return self.inner.base_portrait(subject, size)

    def variant(self, subject, base, position, size):
        if position == 3:
            raise RuntimeError("upstream said no")
        return self.inner.variant(subject, base, position, size)


@register
class BrokenTextProvider(TextProvider):
    """Never produces a persona."""

    id = "test-broken"

    def generate_batch(self, request):
        return TextBatchResult(
            failures=[
                DraftFailure(i, "model refused")
                for i in range(request.start_index, request.start_index + request.count)
            ]
        )


@register
class CancelAfterFirstBatchTextProvider(TextProvider):
    """Offline text; after the first batch it cancels its task from another connection."""

    id = "test-cancel-after-first"
    task_pk: ClassVar[int | None] = None

    def __init__(self, options=None):
        super().__init__(options)
        self.inner = get_text_provider("offline")

    def generate_batch(self, request):
        result = self.inner.generate_batch(request)
        if request.start_index > 0 and type(self).task_pk is not None:
            with db.engine.begin() as conn:
                conn.execute(
                    sa.text("UPDATE generation_tasks SET status = 'cancelled' WHERE id = :id"),
                    {"id": type(self).task_pk},
                )
        return result
