"""Celery tasks of distributed mode: thin chunks that take ids and call the pipeline.

* ``start_task(pk)`` moves a pending task to ``generating-data`` (an atomic conditional
  UPDATE: of two deliveries only one fans out) and sends one data chunk per
  ``CELERY_CHUNK_SIZE`` missing positions.
* ``data_chunk(pk, positions)`` stores the personas still missing among its positions; the
  ``(task, index)`` unique key makes a redelivered or duplicated chunk harmless. Each chunk
  then counts the stored personas: the one that sees all of them moves the task to
  ``generating-images`` (again ``UPDATE ... WHERE status = 'generating-data'``, rowcount 1
  wins) and sends one image chunk per persona.
* ``image_chunk(pk, persona_id)`` makes the persona's missing images (base, then variants,
  stored under keys built from ids: a redo replaces a file, never adds one); the chunk that
  sees every image stored completes the task and writes its quality report.
* Every chunk stops when the task is no longer in its stage (cancelled, failed, deleted).
* :func:`recover` (run by every worker each ``CELERY_RECOVER_INTERVAL`` seconds) finds
  running or pending tasks without progress for ``CELERY_STALL_SECONDS`` (lost messages:
  a broker restart, a chunk that raised) and re-sends what is missing, computed from the
  stored rows. After ``MAX_RECOVERIES`` tries in one stage it moves on with what exists,
  as the embedded pipeline does after its retry passes.
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from celery.signals import worker_init, worker_process_init, worker_ready, worker_shutdown
from flask import Flask, current_app

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage, TaskStatus
from avatargen.models.base import utcnow
from avatargen.pipeline.context import RunContext, TaskCancelled
from avatargen.pipeline.data_stage import run_data_stage
from avatargen.pipeline.image_stage import run_image_stage
from avatargen.pipeline.run import recount
from avatargen.providers.registry import get_image_provider, get_text_provider
from avatargen.queue.celery_app import bind, celery_app, flask_app

log = logging.getLogger(__name__)
MAX_RECOVERIES = 3  # re-dispatches per stage before the stage ends with what exists
S = TaskStatus


# --------------------------------------------------------------------------- helpers


def _move(
    task_pk: int, old: TaskStatus, new: TaskStatus, commit: bool = True, **values: Any
) -> bool:
    """Atomically move the task from ``old`` to ``new``; True for the one caller that did.
    With ``commit=False`` the row stays locked until the caller commits."""
    now = utcnow()
    extra = {"completed_at": now} if new in (S.COMPLETED, S.FAILED) else {}
    moved = db.session.execute(
        sa.update(GenerationTask)
        .where(GenerationTask.id == task_pk, GenerationTask.status == old.value)
        .values(status=new.value, updated_at=now, **extra, **values)
        .execution_options(synchronize_session=False)
    ).rowcount
    if commit or moved != 1:
        db.session.commit()
    return moved == 1


def _persona_count(task_pk: int) -> int:
    return db.session.scalar(sa.select(sa.func.count(Persona.id)).where(Persona.task_pk == task_pk))


def _image_count(task_pk: int) -> int:
    return db.session.scalar(
        sa.select(sa.func.count(PersonaImage.id))
        .join(Persona, Persona.id == PersonaImage.persona_id)
        .where(Persona.task_pk == task_pk)
    )


def _chunk_size() -> int:
    return int(current_app.config.get("CELERY_CHUNK_SIZE", 25))


def _send_data_chunks(task: GenerationTask) -> int:
    stored = set(
        db.session.scalars(sa.select(Persona.persona_index).where(Persona.task_pk == task.id))
    )
    missing = [i for i in range(task.number_to_generate) if i not in stored]
    db.session.commit()  # no transaction stays open while we talk to the broker
    size = _chunk_size()
    chunks = [missing[i : i + size] for i in range(0, len(missing), size)]
    for positions in chunks:
        data_chunk.delay(task.id, positions)
    return len(chunks)


def _send_image_chunks(task: GenerationTask) -> int:
    have = (
        sa.select(PersonaImage.persona_id, sa.func.count(PersonaImage.id).label("n"))
        .group_by(PersonaImage.persona_id)
        .subquery()
    )
    persona_ids = list(
        db.session.scalars(
            sa.select(Persona.id)
            .outerjoin(have, have.c.persona_id == Persona.id)
            .where(
                Persona.task_pk == task.id,
                sa.func.coalesce(have.c.n, 0) < task.images_per_persona,
            )
            .order_by(Persona.persona_index)
        )
    )
    db.session.commit()
    for persona_id in persona_ids:
        image_chunk.delay(task.id, persona_id)
    return len(persona_ids)


def _finish_data(task_pk: int, force: bool = False) -> bool:
    """Move to the image stage once every persona is stored (or, ``force``, with what
    exists); the caller whose conditional UPDATE wins sends the image chunks."""
    task = db.session.get(GenerationTask, task_pk)
    if task is None or task.status != S.GENERATING_DATA:
        return False
    done = _persona_count(task_pk)
    if done < task.number_to_generate and not force:
        return False
    if done == 0:
        if _move(task_pk, S.GENERATING_DATA, S.FAILED):
            db.session.refresh(task)
            task.append_error("no persona could be generated")
            db.session.commit()
        return False
    if not _move(task_pk, S.GENERATING_DATA, S.GENERATING_IMAGES, personas_done=done):
        return False
    db.session.refresh(task)
    sent = _send_image_chunks(task)
    log.info("task %s: %d personas stored; sent %d image chunks", task.task_id, done, sent)
    if sent == 0:
        _finish_images(task_pk)
    return True


def _finish_images(task_pk: int, force: bool = False) -> bool:
    """Complete the task once every image is stored (or, ``force``, with what exists)."""
    from avatargen.exports.writer import task_report

    task = db.session.get(GenerationTask, task_pk)
    if task is None or task.status != S.GENERATING_IMAGES:
        return False
    personas = _persona_count(task_pk)
    images = _image_count(task_pk)
    if images < personas * task.images_per_persona and not force:
        return False
    success = images > 0
    # One transaction: readers see 'completed' together with the counts and the report.
    if not _move(task_pk, S.GENERATING_IMAGES, S.COMPLETED if success else S.FAILED, False):
        return False
    db.session.refresh(task)
    recount(task)
    task.lease_owner = None
    task.lease_expires_at = None
    short = personas * task.images_per_persona - images
    if not success:
        task.append_error("none of the images could be made")
    elif short:
        task.append_error(f"{short} image(s) could not be made")
    if success:
        task_report(task)  # computed once and kept on the row (it commits)
    db.session.commit()
    log.info("task %s %s: %d personas, %d images", task.task_id, task.status, personas, images)
    return True


def _redelivered(request: Any) -> bool:
    info = getattr(request, "delivery_info", None) or {}
    return bool(info.get("redelivered"))


# --------------------------------------------------------------------------- tasks


@celery_app.task(name="avatargen.start_task", bind=True)
def start_task(self, task_pk: int) -> str:
    """Pending → generating-data, then fan out the data chunks."""
    task = db.session.get(GenerationTask, task_pk)
    if task is None:
        return "deleted"
    if task.status == S.GENERATING_DATA and _redelivered(self.request):
        # The worker that moved it may have died before sending every chunk.
        _send_data_chunks(task)
        return task.status
    if task.lease_expires_at is not None and task.lease_expires_at > utcnow():
        return "leased"  # an in-process runner (``avatargen generate``) holds it
    if task.status == S.PENDING:
        if not _move(task_pk, S.PENDING, S.GENERATING_DATA):
            return "taken"  # a duplicate delivery: the other one fans out
        db.session.refresh(task)
        if task.started_at is None:
            task.started_at = utcnow()
            db.session.commit()
        sent = _send_data_chunks(task)
        log.info("task %s started: sent %d data chunks", task.task_id, sent)
        if sent == 0:
            _finish_data(task_pk)
    return task.status


@celery_app.task(name="avatargen.data_chunk", bind=True)
def data_chunk(self, task_pk: int, positions: list[int]) -> str:
    """Store the personas still missing among ``positions``."""
    task = db.session.get(GenerationTask, task_pk)
    if task is None or task.status != S.GENERATING_DATA:
        return "skipped"
    if _redelivered(self.request):
        log.info("task %s: redelivered data chunk %s..", task.task_id, positions[:1])
    provider = get_text_provider(task.text_provider)
    ctx = RunContext(task=task, batch_size=getattr(provider, "batch_size", None) or 25)
    try:
        run_data_stage(ctx, provider, positions)
        ctx.checkpoint(S.GENERATING_DATA)
    except TaskCancelled as exc:
        db.session.rollback()
        log.info("data chunk stopped: %s", exc)
        return "stopped"
    _finish_data(task_pk)
    return "done"


@celery_app.task(name="avatargen.image_chunk", bind=True)
def image_chunk(self, task_pk: int, persona_id: str) -> str:
    """Make the missing images of one persona (base portrait first, then variants)."""
    task = db.session.get(GenerationTask, task_pk)
    if task is None or task.status != S.GENERATING_IMAGES:
        return "skipped"
    if _redelivered(self.request):
        log.info("task %s: redelivered image chunk %s", task.task_id, persona_id)
    provider = get_image_provider(task.image_provider)
    ctx = RunContext(task=task)
    try:
        run_image_stage(ctx, provider, [persona_id])
        ctx.checkpoint(S.GENERATING_IMAGES)
    except TaskCancelled as exc:
        db.session.rollback()
        log.info("image chunk stopped: %s", exc)
        return "stopped"
    _finish_images(task_pk)
    return "done"


# --------------------------------------------------------------------------- dispatch


def dispatch_start(task_pk: int) -> bool:
    """Send ``start_task`` for a task just committed (services call this in celery mode).

    A broker that cannot be reached is logged, not raised: the task stays pending and a
    worker's :func:`recover` sends it once the stall threshold has passed."""
    bind(current_app._get_current_object())
    try:
        start_task.delay(task_pk)
    except Exception:
        log.exception("could not send task %s to the broker; recovery will resend it", task_pk)
        return False
    return True


# --------------------------------------------------------------------------- recovery


def _recoveries(task: GenerationTask, status: str) -> int:
    return (task.error_log or "").count(f"recovery: {status}:")


def recover(stall_seconds: int | None = None) -> list[tuple[str, str]]:
    """Re-send the missing work of tasks without progress for ``stall_seconds``.

    One worker claims each stalled task by bumping ``updated_at`` with a conditional
    UPDATE, so workers checking at once do not all re-send; a duplicate would be harmless
    anyway. Returns ``(task_id, action)`` pairs."""
    if stall_seconds is None:
        stall_seconds = int(current_app.config.get("CELERY_STALL_SECONDS", 300))
    cutoff = utcnow() - timedelta(seconds=stall_seconds)
    rows = db.session.execute(
        sa.select(GenerationTask.id, GenerationTask.updated_at).where(
            GenerationTask.status.in_([S.PENDING.value, S.GENERATING_DATA.value,
                                       S.GENERATING_IMAGES.value]),
            GenerationTask.updated_at < cutoff,
        )
    ).all()  # fmt: skip
    db.session.commit()
    actions: list[tuple[str, str]] = []
    for task_pk, seen in rows:
        claimed = db.session.execute(
            sa.update(GenerationTask)
            .where(GenerationTask.id == task_pk, GenerationTask.updated_at == seen)
            .values(updated_at=utcnow())
            .execution_options(synchronize_session=False)
        ).rowcount
        db.session.commit()
        if claimed != 1:
            continue
        task = db.session.get(GenerationTask, task_pk)
        if task is None:
            continue
        action = _recover_one(task)
        log.warning("recovery: task %s (%s): %s", task.task_id, task.status, action)
        actions.append((task.task_id, action))
    return actions


def _recover_one(task: GenerationTask) -> str:
    status = task.status
    if status == S.PENDING:
        db.session.commit()
        start_task.delay(task.id)
        return "re-sent start"
    tries = _recoveries(task, status)
    if status == S.GENERATING_DATA:
        if _finish_data(task.id, force=tries >= MAX_RECOVERIES):
            return "moved to the image stage"
        sent = _send_data_chunks(task)
    else:
        if _finish_images(task.id, force=tries >= MAX_RECOVERIES):
            return "finished"
        sent = _send_image_chunks(task)
    task = db.session.get(GenerationTask, task.id)
    task.append_error(f"recovery: {status}: re-sent {sent} chunk(s) after no progress")
    db.session.commit()
    return f"re-sent {sent} chunk(s)"


class Recoverer:
    """A daemon thread that runs :func:`recover` every interval inside ``app``."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.interval = int(app.config.get("CELERY_RECOVER_INTERVAL", 60))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="avatargen-recover", daemon=True)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                with self.app.app_context():
                    try:
                        recover()
                    finally:
                        db.session.remove()
            except Exception:  # the broker or the database is away: try again later
                log.exception("recovery check failed")

    def start(self) -> Recoverer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()


_recoverer: Recoverer | None = None


@worker_ready.connect
def _start_recoverer(**_: Any) -> None:
    global _recoverer
    if _recoverer is None:
        _recoverer = Recoverer(flask_app()).start()


@worker_shutdown.connect
def _stop_recoverer(**_: Any) -> None:
    if _recoverer is not None:
        _recoverer.stop()


@worker_init.connect
def _load_providers(**_: Any) -> None:
    """Load the provider registry before any chunk runs: its lazy first load is not
    thread-safe (a second pool thread could see it half-filled)."""
    from avatargen.providers.registry import provider_classes

    provider_classes("text")
    provider_classes("image")


@worker_process_init.connect
def _fresh_connections(**_: Any) -> None:
    """A forked pool process (``--pool prefork``) must not reuse its parent's connections."""
    with flask_app().app_context():
        db.engine.dispose(close=False)
