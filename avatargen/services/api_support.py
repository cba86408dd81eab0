"""Read-side helpers the REST API needs on top of :mod:`avatargen.services.queries`."""

from __future__ import annotations

from typing import Any

from avatargen.models import GenerationTask, Persona, TaskStatus, User
from avatargen.records import persona_record
from avatargen.services.queries import get_persona, image_positions
from avatargen.services.tasks import TaskStateError


def persona_records(personas: list[Persona], task_id: str) -> list[dict[str, Any]]:
    """Contract records of ``personas`` (one query for all their images, no N+1)."""
    images = image_positions([p.id for p in personas])
    return [persona_record(p, task_id, [img.position for img in images[p.id]]) for p in personas]


def visible_persona_record(user: User, persona_id: str) -> dict[str, Any]:
    """The record of a persona ``user`` may see; raises queries.NotFound otherwise."""
    persona, task = get_persona(user, persona_id)
    return persona_records([persona], task.task_id)[0]


def require_exportable(task: GenerationTask) -> None:
    """Only a completed task has a dataset to export."""
    if task.status != TaskStatus.COMPLETED:
        raise TaskStateError(
            f"task {task.task_id} is {task.status}; only a completed task can be exported"
        )
