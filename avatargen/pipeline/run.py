"""Run one task from wherever it stands to ``completed`` or ``failed``."""

from __future__ import annotations

import logging
from collections.abc import Callable

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage, TaskStatus
from avatargen.models.base import utcnow
from avatargen.models.task import FINISHED
from avatargen.pipeline.context import Lease, RunContext, TaskCancelled
from avatargen.pipeline.data_stage import run_data_stage
from avatargen.pipeline.image_stage import run_image_stage
from avatargen.providers.registry import get_image_provider, get_text_provider

log = logging.getLogger(__name__)

__all__ = ["TaskCancelled", "recount", "run_task"]


class LeaseLost(Exception):
    """Another worker owns the task now; stop without touching it."""


def recount(task: GenerationTask) -> None:
    """Set the progress counters from the stored rows."""
    task.personas_done = db.session.scalar(
        sa.select(sa.func.count(Persona.id)).where(Persona.task_pk == task.id)
    )
    task.images_done = db.session.scalar(
        sa.select(sa.func.count(PersonaImage.id))
        .join(Persona, Persona.id == PersonaImage.persona_id)
        .where(Persona.task_pk == task.id)
    )


def run_task(
    task_pk: int,
    *,
    lease: Lease | None = None,
    progress: Callable[[GenerationTask], None] | None = None,
    batch_size: int = 25,
) -> str:
    """Advance task ``task_pk`` as far as it goes; return its status afterwards."""
    task = db.session.get(GenerationTask, task_pk)
    if task is None:
        raise LookupError(f"no task with primary key {task_pk}")
    if task.status in FINISHED:
        return task.status
    ctx = RunContext(task=task, lease=lease, progress=progress, batch_size=batch_size)
    try:
        text_provider = get_text_provider(task.text_provider)
        image_provider = get_image_provider(task.image_provider)
        ctx.batch_size = getattr(text_provider, "batch_size", None) or batch_size
        if task.status == TaskStatus.PENDING:
            task.update_status(TaskStatus.GENERATING_DATA)
            task.started_at = task.started_at or utcnow()
            db.session.commit()
        if task.status == TaskStatus.GENERATING_DATA:
            run_data_stage(ctx, text_provider)
            ctx.checkpoint(TaskStatus.GENERATING_DATA)
            recount(task)
            if task.personas_done == 0:
                task.mark_completed(False, "no persona could be generated")
                db.session.commit()
                return task.status
            task.update_status(TaskStatus.GENERATING_IMAGES)
            db.session.commit()
            ctx.report_progress()
        if task.status == TaskStatus.GENERATING_IMAGES:
            recount(task)
            failures = run_image_stage(ctx, image_provider)
            ctx.checkpoint(TaskStatus.GENERATING_IMAGES)
            recount(task)
            if task.images_done == 0 and failures:
                task.mark_completed(False, f"none of the images could be made ({failures} failed)")
            else:
                if failures:
                    task.append_error(f"{failures} image(s) could not be made")
                task.mark_completed(True)
            task.lease_owner = None
            task.lease_expires_at = None
            db.session.commit()
            ctx.report_progress()
        return task.status
    except (TaskCancelled, LeaseLost) as exc:
        db.session.rollback()
        log.info("task %s stopped: %s", task.task_id, exc)
        status = db.session.scalar(
            sa.select(GenerationTask.status).where(GenerationTask.id == task_pk)
        )
        return status or "deleted"
    except Exception as exc:
        log.exception("task %s failed", task.task_id)
        db.session.rollback()
        db.session.refresh(task)
        if task.status not in FINISHED:
            task.mark_completed(False, f"{type(exc).__name__}: {exc}")
            recount(task)
            db.session.commit()
        return task.status
