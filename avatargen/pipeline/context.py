"""What a running stage needs besides the task: lease, cancellation checks, the store guard,
progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from avatargen.extensions import db
from avatargen.models import GenerationTask, TaskStatus
from avatargen.models.task_state import current_status, guard_store


class TaskCancelled(Exception):
    """The task was cancelled (or otherwise left its running state) while we worked on it."""


class LeaseLost(Exception):
    """Another worker owns the task now; stop without touching it."""


class Lease(Protocol):
    def renew(self) -> None:
        """Extend the lease; raise LeaseLost if another worker holds the task now."""


@dataclass
class RunContext:
    task: GenerationTask
    lease: Lease | None = None
    progress: Callable[[GenerationTask], None] | None = None
    batch_size: int = 25

    def checkpoint(self, expected: TaskStatus) -> None:
        """Between units of work: keep the lease, and stop if the task was cancelled."""
        db.session.commit()
        if self.lease is not None:
            self.lease.renew()
        current = current_status(self.task.id)
        db.session.commit()  # end the read: no transaction stays open during provider calls
        if current != expected.value:
            raise TaskCancelled(f"task {self.task.task_id} is now {current}")

    def guard_store(self, expected: TaskStatus, *, personas: int = 0, images: int = 0) -> None:
        """In the storing transaction, before its commit: go on only if the task is still
        ``expected`` (see :func:`avatargen.models.task_state.guard_store`); else roll the
        transaction back, so nothing of it is stored, and raise :class:`TaskCancelled`."""
        if not guard_store(self.task.id, expected, personas=personas, images=images):
            db.session.rollback()
            raise TaskCancelled(f"task {self.task.task_id} left {expected.value}; not stored")

    def report_progress(self) -> None:
        if self.progress is not None:
            self.progress(self.task)
