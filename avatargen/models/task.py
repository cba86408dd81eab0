"""Generation tasks (table ``generation_tasks`` of the original schema) and their lifecycle."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from avatargen.extensions import db
from avatargen.models.base import utcnow


class TaskStatus(StrEnum):
    PENDING = "pending"
    GENERATING_DATA = "generating-data"
    GENERATING_IMAGES = "generating-images"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


S = TaskStatus
# Legal transitions. A failed or cancelled task may be retried (back to pending); a running
# task may be failed or cancelled at any stage.
TRANSITIONS: dict[TaskStatus, frozenset[TaskStatus]] = {
    S.PENDING: frozenset({S.GENERATING_DATA, S.FAILED, S.CANCELLED}),
    S.GENERATING_DATA: frozenset({S.GENERATING_IMAGES, S.FAILED, S.CANCELLED}),
    S.GENERATING_IMAGES: frozenset({S.COMPLETED, S.FAILED, S.CANCELLED}),
    S.COMPLETED: frozenset(),
    S.FAILED: frozenset({S.PENDING}),
    S.CANCELLED: frozenset({S.PENDING}),
}
# The status sets, defined here only.
RUNNING = frozenset({S.GENERATING_DATA, S.GENERATING_IMAGES})
FINISHED = frozenset({S.COMPLETED, S.FAILED, S.CANCELLED})
CLAIMABLE = frozenset({S.PENDING}) | RUNNING  # a worker may take (or resume) it; cancellable
RETRYABLE = frozenset({S.FAILED, S.CANCELLED})
DOWNLOADABLE = FINISHED  # a failed or cancelled task's stored personas download too


class IllegalTransitionError(ValueError):
    """A status change the task lifecycle does not allow."""

    def __init__(self, task_id: str, current: str, new: str) -> None:
        allowed = ", ".join(sorted(TRANSITIONS.get(TaskStatus(current), ()))) or "none"
        super().__init__(
            f"task {task_id}: cannot go from {current!r} to {new!r} (allowed from "
            f"{current!r}: {allowed})"
        )
        self.current = current
        self.new = new


def check_transition(task_id: str, current: str | TaskStatus, new: str | TaskStatus) -> TaskStatus:
    """``new`` as a TaskStatus if the lifecycle allows ``current`` -> ``new``, else raise."""
    new_status = TaskStatus(new)
    if new_status not in TRANSITIONS[TaskStatus(current)]:
        raise IllegalTransitionError(task_id, TaskStatus(current).value, new_status.value)
    return new_status


class GenerationTask(db.Model):
    """A task row. Its status, counters, lease and log are changed only through
    :mod:`avatargen.models.task_state` and :mod:`avatargen.models.task_events` (conditional
    UPDATEs and appended rows), never by assigning attributes and committing."""

    __tablename__ = "generation_tasks"
    __table_args__ = (
        sa.UniqueConstraint("task_id", name="uq_generation_tasks_task_id"),
        sa.Index("ix_generation_tasks_task_id", "task_id", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[str] = mapped_column(sa.String(12))
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True)
    persona_description: Mapped[str] = mapped_column(sa.Text)
    # An optional name the owner gives the task (revision 4e7a1c9b2d63), shown instead of
    # only the hex id; None: untitled.
    title: Mapped[str | None] = mapped_column(sa.String(200))
    bio_language: Mapped[str] = mapped_column(sa.String(100))
    number_to_generate: Mapped[int]
    images_per_persona: Mapped[int]
    status: Mapped[str] = mapped_column(
        sa.String(50), index=True, default=S.PENDING.value, server_default=S.PENDING.value
    )
    error_log: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())
    updated_at: Mapped[datetime] = mapped_column(
        default=utcnow, onupdate=utcnow, server_default=sa.func.now()
    )
    completed_at: Mapped[datetime | None]

    # Generation options and progress (revision b41d7e2a9c55).
    seed: Mapped[int | None] = mapped_column(sa.BigInteger)
    text_provider: Mapped[str] = mapped_column(
        sa.String(64), default="offline", server_default="offline"
    )
    image_provider: Mapped[str] = mapped_column(
        sa.String(64), default="offline", server_default="offline"
    )
    constraints: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)
    personas_done: Mapped[int] = mapped_column(default=0, server_default="0")
    images_done: Mapped[int] = mapped_column(default=0, server_default="0")
    started_at: Mapped[datetime | None]
    # Celery mode: when the dispatcher last sent one of its chunks (fair turns between users).
    dispatched_at: Mapped[datetime | None]
    lease_owner: Mapped[str | None] = mapped_column(sa.String(100))
    lease_expires_at: Mapped[datetime | None] = mapped_column(index=True)
    report: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)
    # Provider usage of revision 9f3b6c1d2e47, no longer written: usage is appended as
    # ``task_usage`` rows and summed when read (models/task_events.py: usage_totals).
    usage: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)
    # "original:<source pk>:<task_id>" for a task taken by `avatargen import-original`.
    imported_from: Mapped[str | None] = mapped_column(sa.String(255), unique=True, index=True)

    @staticmethod
    def generate_task_id(max_attempts: int = 20) -> str:
        """An unused 8-character id taken from a UUID4 (collisions are retried)."""
        for _ in range(max_attempts):
            candidate = uuid.uuid4().hex[:8]
            taken = db.session.scalar(
                sa.select(GenerationTask.id).where(GenerationTask.task_id == candidate)
            )
            if taken is None:
                return candidate
        raise RuntimeError("could not find an unused task id")  # 16**8 ids: never in practice

    @property
    def personas_total(self) -> int:
        return self.number_to_generate

    @property
    def images_total(self) -> int:
        return self.number_to_generate * self.images_per_persona

    @property
    def is_running(self) -> bool:
        return self.status in RUNNING

    def __repr__(self) -> str:
        return f"<GenerationTask {self.task_id} {self.status}>"
