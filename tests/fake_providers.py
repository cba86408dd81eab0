"""Providers used only by tests, registered under ``test-*`` names.

They wrap the offline providers and add the faults a test needs (a crash that kills the
run like a dead worker, a persistent failure, a cancel from another connection).
"""

from __future__ import annotations

import threading
import time
from typing import ClassVar

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.providers.base import (
    DraftFailure,
    ImageProvider,
    TextBatchResult,
    TextProvider,
    Usage,
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


# --------------------------------------------------------------------------- usage doubles


class _Tally:
    """Thread-safe usage counted by a provider double, to compare with what was stored."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with getattr(self, "lock", threading.Lock()):
            self.usage = {"prompt_tokens": 0, "completion_tokens": 0, "requests": 0, "images": 0}
            self.failures: list[str] = []

    def add(self, usage: Usage, failure: str | None = None) -> None:
        with self.lock:
            for name in self.usage:
                self.usage[name] += getattr(usage, name)
            if failure:
                self.failures.append(failure)


def _fails(index: int) -> bool:
    return index % 7 == 3


@register
class CountingTextProvider(TextProvider):
    """Offline text that reports usage per batch (counted in ``tally``); every position
    with ``index % 7 == 3`` is refused with a reason naming it."""

    id = "test-counting"
    tally: ClassVar[_Tally] = _Tally()
    batch_size = 2
    refuse: ClassVar[bool] = True

    def __init__(self, options=None):
        super().__init__(options)
        self.inner = get_text_provider("offline")

    def generate_batch(self, request):
        result = self.inner.generate_batch(request)
        for index in list(result.drafts):
            if type(self).refuse and _fails(index):
                del result.drafts[index]
                result.failures.append(DraftFailure(index, f"refused position {index}"))
        result.usage = Usage(
            prompt_tokens=100 + request.count, completion_tokens=7 * request.count, requests=1
        )
        type(self).tally.add(result.usage)
        time.sleep(0.01)  # let the threads interleave
        return result


@register
class CountingImageProvider(ImageProvider):
    """Offline images that report usage per image (counted in ``tally``); position 3 of
    every persona whose index is even fails, with its place in the reason."""

    id = "test-counting-images"
    tally: ClassVar[_Tally] = _Tally()
    fail_position_3: ClassVar[bool] = True

    def __init__(self, options=None):
        super().__init__(options)
        self.inner = get_image_provider("offline")
        self.digital_source_type = self.inner.digital_source_type

    def _made(self, image, subject, position):
        usage = Usage(requests=1, images=1, prompt_tokens=3)
        image.usage = usage
        type(self).tally.add(usage)
        return image

    def base_portrait(self, subject, size):
        return self._made(self.inner.base_portrait(subject, size), subject, 1)

    def variant(self, subject, base, position, size):
        if type(self).fail_position_3 and position == 3 and subject.index % 2 == 0:
            # a call that raises returns no usage to count (nothing is stored for it either)
            type(self).tally.add(Usage(), f"persona {subject.index} image 3")
            raise RuntimeError(f"upstream refused persona {subject.index}")
        return self._made(self.inner.variant(subject, base, position, size), subject, position)


@register
class UsageTextProvider(CountingTextProvider):
    """Like test-counting, refusing nothing (runs in Celery worker processes too)."""

    id = "test-usage"
    tally: ClassVar[_Tally] = _Tally()
    batch_size = 25
    refuse: ClassVar[bool] = False


@register
class UsageImageProvider(CountingImageProvider):
    """Like test-counting-images, failing nothing, and taking at least ``delay`` seconds an
    image (as a network provider would), so a Celery chunk runs long enough to be killed."""

    id = "test-usage-images"
    tally: ClassVar[_Tally] = _Tally()
    fail_position_3: ClassVar[bool] = False
    delay: ClassVar[float] = 0.05

    def _made(self, image, subject, position):
        time.sleep(type(self).delay)
        return super()._made(image, subject, position)


@register
class CancellingImageProvider(ImageProvider):
    """Offline images; after ``cancel_after`` images it cancels its task from another
    connection (as the web app would) and notes what was stored at that moment."""

    id = "test-cancelling-images"
    cancel_after: ClassVar[int] = 6
    made: ClassVar[int] = 0
    lock: ClassVar[threading.Lock] = threading.Lock()
    at_cancel: ClassVar[dict | None] = None

    def __init__(self, options=None):
        super().__init__(options)
        self.inner = get_image_provider("offline")
        self.digital_source_type = self.inner.digital_source_type

    def _count(self, subject):
        cls = type(self)
        with cls.lock:
            cls.made += 1
            if cls.made != cls.cancel_after:
                return
            cancel_from_another_connection(subject.task_id)

    def base_portrait(self, subject, size):
        self._count(subject)
        time.sleep(0.02)
        return self.inner.base_portrait(subject, size)

    def variant(self, subject, base, position, size):
        self._count(subject)
        time.sleep(0.02)
        return self.inner.variant(subject, base, position, size)


def cancel_from_another_connection(task_id: str) -> None:
    """Cancel like the web app does (the service's conditional UPDATE) in a fresh app
    context, so with its own session, and record the stored counts right after the cancel
    committed (in ``CancellingImageProvider.at_cancel``)."""
    from flask import current_app

    from avatargen.models import GenerationTask
    from avatargen.services import tasks as task_service

    with current_app.app_context():
        task = db.session.scalar(sa.select(GenerationTask).where(GenerationTask.task_id == task_id))
        task_service.cancel_task(task)
        pk = task.id
        db.session.remove()
    with db.engine.connect() as conn:
        personas = conn.execute(
            sa.text("SELECT count(*) FROM personas WHERE task_pk = :pk"), {"pk": pk}
        ).scalar_one()
        images = conn.execute(
            sa.text(
                "SELECT count(*) FROM persona_images i JOIN personas p ON p.id = i.persona_id "
                "WHERE p.task_pk = :pk"
            ),
            {"pk": pk},
        ).scalar_one()
    CancellingImageProvider.at_cancel = {
        "personas": personas,
        "images": images,
        "time": time.monotonic(),
    }


@register
class CancelMidPersonaImageProvider(ImageProvider):
    """Offline images, CPU-bound (so the pool path runs it; inline at pool size 1); while
    drawing image 2 of persona ``cancel_at`` it cancels its task from another connection."""

    id = "test-cancel-mid-persona"
    cpu_bound = True
    task_pk: ClassVar[int | None] = None
    cancel_at: ClassVar[int] = 1

    def __init__(self, options=None):
        super().__init__(options)
        self.inner = get_image_provider("offline")
        self.digital_source_type = self.inner.digital_source_type

    def base_portrait(self, subject, size):
        return self.inner.base_portrait(subject, size)

    def variant(self, subject, base, position, size):
        if subject.index == type(self).cancel_at and position == 2 and type(self).task_pk:
            with db.engine.begin() as conn:
                conn.execute(
                    sa.text("UPDATE generation_tasks SET status = 'cancelled' WHERE id = :id"),
                    {"id": type(self).task_pk},
                )
        return self.inner.variant(subject, base, position, size)
