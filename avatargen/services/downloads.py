"""Which tasks have a dataset to download (one rule for the pages, the API and the CLI)."""

from __future__ import annotations

from avatargen.models import GenerationTask, TaskStatus
from avatargen.services.tasks import TaskStateError


def require_exportable(task: GenerationTask) -> None:
    """Only a completed task has a dataset to export; raises TaskStateError otherwise."""
    if task.status != TaskStatus.COMPLETED:
        raise TaskStateError(
            f"task {task.task_id} is {task.status}; only a completed task can be exported"
        )
