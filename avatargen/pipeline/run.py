"""Run one task in this process from wherever it stands to ``completed`` or ``failed``.

The embedded queue and ``avatargen generate`` use it; the stage ends and the task's final
state come from the completion driver (:mod:`avatargen.pipeline.completion`), shared with
the Celery chunks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from flask import current_app

from avatargen.extensions import db
from avatargen.models import GenerationTask, TaskStatus
from avatargen.models.task import FINISHED
from avatargen.models.task_state import current_status, transition
from avatargen.pipeline import pool
from avatargen.pipeline.completion import fail_task, finish_data, finish_images, recount
from avatargen.pipeline.context import Lease, LeaseLost, RunContext, TaskCancelled
from avatargen.pipeline.data_stage import run_data_stage
from avatargen.pipeline.image_stage import run_image_stage
from avatargen.providers.base import ProviderFatalError
from avatargen.providers.registry import get_image_provider, get_text_provider

log = logging.getLogger(__name__)
S = TaskStatus

__all__ = ["LeaseLost", "TaskCancelled", "recount", "run_task"]


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
    task_id = task.task_id
    ctx = RunContext(task=task, lease=lease, progress=progress, batch_size=batch_size)
    try:
        text_provider = get_text_provider(task.text_provider)
        image_provider = get_image_provider(task.image_provider)
        ctx.batch_size = getattr(text_provider, "batch_size", None) or batch_size
        if getattr(image_provider, "cpu_bound", False):  # the pool starts while data is made
            pool.warm(pool.pool_size(current_app.config.get("WORKERS")), image_provider)
        if current_status(task_pk) == S.PENDING:
            transition(task_pk, S.PENDING, S.GENERATING_DATA)
        if current_status(task_pk) == S.GENERATING_DATA:
            run_data_stage(ctx, text_provider)
            ctx.checkpoint(S.GENERATING_DATA)
            finish_data(task_pk, force=True)
            ctx.report_progress()
        if current_status(task_pk) == S.GENERATING_IMAGES:
            run_image_stage(ctx, image_provider)
            ctx.checkpoint(S.GENERATING_IMAGES)
            finish_images(task_pk, force=True)
            ctx.report_progress()
        return current_status(task_pk) or "deleted"
    except (TaskCancelled, LeaseLost) as exc:
        db.session.rollback()
        log.info("task %s stopped: %s", task_id, exc)
        return current_status(task_pk) or "deleted"
    except ProviderFatalError as exc:  # one line says it all (a 401, a missing model)
        log.warning("task %s failed: %s", task_id, exc)
        fail_task(task_pk, str(exc))
        return current_status(task_pk) or "deleted"
    except Exception as exc:
        log.exception("task %s failed", task_id)
        fail_task(task_pk, f"{type(exc).__name__}: {exc}")
        return current_status(task_pk) or "deleted"
