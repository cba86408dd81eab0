"""The completion driver: when a stage is over and what the task becomes, in both modes.

The embedded runner (:mod:`avatargen.pipeline.run`) and the Celery chunks
(:mod:`avatargen.queue.chunks`) call the same two functions, so the rules, the failure
messages, the recount and the quality report are the same whichever queue ran the task:

* :func:`finish_data`: once every persona is stored (or, ``force``, with what exists) the
  task moves to ``generating-images``; with no persona at all it fails.
* :func:`finish_images`: once every image is stored (or, ``force``), the task completes
  (failed when no image at all could be made) with its counters recounted from the rows
  and its quality report computed and stored, in the transaction that finishes it.

Each move is a conditional UPDATE (:func:`avatargen.models.task_state.transition`): of
several chunks seeing the end at once, one wins; a task cancelled meanwhile stays cancelled.
"""

from __future__ import annotations

import logging
from enum import StrEnum

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage, TaskStatus
from avatargen.models.task_events import failure_messages, record_failure
from avatargen.models.task_state import current_status, transition

log = logging.getLogger(__name__)
S = TaskStatus
NO_PERSONA = "no persona could be generated"
NO_IMAGE = "none of the images could be made"
SUMMARIES = frozenset({NO_PERSONA, NO_IMAGE})


class Step(StrEnum):
    WAITING = "waiting"  # the stage has work still missing
    NEXT = "next"  # the task moved on (to images, or completed)
    FAILED = "failed"  # this call failed the task
    LOST = "lost"  # the task was not in the stage (cancelled, finished by another, deleted)


def persona_count(task_pk: int) -> int:
    return db.session.scalar(sa.select(sa.func.count(Persona.id)).where(Persona.task_pk == task_pk))


def image_count(task_pk: int) -> int:
    return db.session.scalar(
        sa.select(sa.func.count(PersonaImage.id))
        .join(Persona, Persona.id == PersonaImage.persona_id)
        .where(Persona.task_pk == task_pk)
    )


def recount(task_pk: int) -> tuple[int, int]:
    """Set the progress counters from the stored rows (caller commits); the counts."""
    personas, images = persona_count(task_pk), image_count(task_pk)
    db.session.execute(
        sa.update(GenerationTask)
        .where(GenerationTask.id == task_pk)
        .values(personas_done=personas, images_done=images)
        .execution_options(synchronize_session=False)
    )
    return personas, images


def finish_data(task_pk: int, *, force: bool = False) -> Step:
    """End the data stage if it is over (``force``: with what exists)."""
    task = db.session.get(GenerationTask, task_pk)
    if task is None or current_status(task_pk) != S.GENERATING_DATA:
        db.session.commit()
        return Step.LOST
    done = persona_count(task_pk)
    if done < task.number_to_generate and not force:
        db.session.commit()
        return Step.WAITING
    if done == 0:
        if not transition(task_pk, S.GENERATING_DATA, S.FAILED, commit=False, personas_done=0):
            return Step.LOST
        record_failure(task_pk, NO_PERSONA, stage=S.GENERATING_DATA.value)
        db.session.commit()
        return Step.FAILED
    if not transition(task_pk, S.GENERATING_DATA, S.GENERATING_IMAGES, personas_done=done):
        return Step.LOST
    log.info("task %s: %d personas stored; making images", task.task_id, done)
    return Step.NEXT


def finish_images(task_pk: int, *, force: bool = False) -> Step:
    """Complete the task if every image is stored (``force``: with what exists)."""
    from avatargen.exports.report import build_report

    task = db.session.get(GenerationTask, task_pk)
    if task is None or current_status(task_pk) != S.GENERATING_IMAGES:
        db.session.commit()
        return Step.LOST
    personas, images = persona_count(task_pk), image_count(task_pk)
    wanted = personas * task.images_per_persona
    if images < wanted and not force:
        db.session.commit()
        return Step.WAITING
    success = images > 0
    # One transaction: the UPDATE that wins also locks the row, so no store lands after it;
    # readers see the final status together with the recount and the report.
    if not transition(
        task_pk, S.GENERATING_IMAGES, S.COMPLETED if success else S.FAILED, commit=False
    ):
        return Step.LOST
    personas, images = recount(task_pk)
    short = personas * task.images_per_persona - images
    if not success:
        record_failure(task_pk, NO_IMAGE, stage=S.GENERATING_IMAGES.value)
    elif short:
        record_failure(task_pk, f"{short} image(s) could not be made",
                       stage=S.GENERATING_IMAGES.value)  # fmt: skip
    db.session.expire(task)
    report = build_report(task)
    db.session.execute(
        sa.update(GenerationTask)
        .where(GenerationTask.id == task_pk)
        .values(report=report)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    log.info("task %s %s: %d personas, %d images", task.task_id,
             "completed" if success else "failed", personas, images)  # fmt: skip
    return Step.NEXT if success else Step.FAILED


def failure_cause(task_pk: int) -> str | None:
    """Why the task failed: its latest recorded failure that is not a summary line such as
    "no persona could be generated" (the 401, the context overflow, each persona's reason)."""
    for message in reversed(failure_messages(task_pk, limit=5)):
        if message not in SUMMARIES:
            return message
    return None


def fail_task(task_pk: int, reason: str) -> bool:
    """Fail a pending or running task with ``reason`` (an unexpected error); False when it
    had already left those states (e.g. a cancel won)."""
    db.session.rollback()
    won = transition(task_pk, (S.PENDING, S.GENERATING_DATA, S.GENERATING_IMAGES), S.FAILED,
                     commit=False)  # fmt: skip
    if won:
        record_failure(task_pk, reason)
        recount(task_pk)
        db.session.commit()
    return won
