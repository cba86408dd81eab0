"""Which tasks have a dataset to download (one rule for the pages, the API and the CLI)."""

from __future__ import annotations

from avatargen.models import GenerationTask
from avatargen.models.task import DOWNLOADABLE
from avatargen.services.tasks import TaskStateError


def require_exportable(task: GenerationTask) -> None:
    """A finished task (completed, or failed/cancelled with what it stored: the dataset card
    says it is partial and why) can be exported; raises TaskStateError otherwise."""
    if task.status not in DOWNLOADABLE:
        raise TaskStateError(
            f"task {task.task_id} is {task.status}; only a finished (completed, failed or "
            "cancelled) task can be exported"
        )
