"""What a running stage needs besides the task: lease, cancellation checks, progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from avatargen.extensions import db
from avatargen.models import GenerationTask, TaskStatus


class TaskCancelled(Exception):
    """The task was cancelled (or otherwise left its running state) while we worked on it."""


class Lease(Protocol):
    def renew(self) -> None:
        """Extend the lease; raise LeaseLost if another worker holds the task now."""


@dataclass
class RunContext:
    task: GenerationTask
    lease: Lease | None = None
    progress: Callable[[GenerationTask], None] | None = None
    batch_size: int = 25
    notes: list[str] = field(default_factory=list)

    def checkpoint(self, expected: TaskStatus) -> None:
        """Between units of work: keep the lease, and stop if the task was cancelled."""
        db.session.commit()
        if self.lease is not None:
            self.lease.renew()
        current = db.session.scalar(
            db.select(GenerationTask.status).where(GenerationTask.id == self.task.id)
        )
        if current != expected.value:
            raise TaskCancelled(f"task {self.task.task_id} is now {current}")

    def report_progress(self) -> None:
        if self.progress is not None:
            self.progress(self.task)
