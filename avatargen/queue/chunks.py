"""Chunk logic of distributed mode, free of Celery: plain functions that take ids and a
``send`` object, so they run (and are tested) on SQLite without a broker.

* :func:`start` moves a pending task to ``generating-data`` (of two deliveries only one
  wins the conditional UPDATE and fans out) and registers one data chunk per
  ``CELERY_CHUNK_SIZE`` missing positions. Registered chunks wait in the database; the
  dispatcher (:mod:`.dispatch`) sends them in fair turns between users, a bounded number
  in flight at a time.
* :func:`data_chunk` stores the personas still missing among its positions; the
  ``(task, index)`` unique key makes a redelivered or duplicated chunk harmless. The chunk
  that sees all personas stored ends the stage through the completion driver
  (:mod:`avatargen.pipeline.completion`) and sends one image chunk per persona.
* :func:`image_chunk` makes one persona's missing images; the chunk that sees every image
  stored completes the task (recount and quality report, as in the embedded runner).
* Every sent chunk has a ``task_chunks`` row; the worker running it holds its lease,
  renewed by the worker's :class:`Heartbeat` (and at every checkpoint). :func:`resend_expired`
  sends again, within seconds, the chunks of a worker that stopped renewing (SIGKILL).
* :func:`recover` re-sends the missing work of tasks without progress for
  ``CELERY_STALL_SECONDS`` (lost messages: a broker restart); after ``MAX_RECOVERIES``
  tries in one stage (counted from ``recovery`` event rows) it ends the stage with what
  exists. The Celery wiring (tasks, the sender, signals) is in :mod:`.celery_tasks`.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from datetime import timedelta
from typing import Protocol

import sqlalchemy as sa
from flask import Flask, current_app

from avatargen.extensions import db
from avatargen.models import EventKind, GenerationTask, Persona, PersonaImage, TaskStatus
from avatargen.models.base import utcnow
from avatargen.models.task import CLAIMABLE
from avatargen.models.task_chunks import (
    TaskChunk,
    claim_lost_chunk,
    close_idle_chunks,
    expired_chunks,
    finish_chunk,
    open_chunks,
    register_chunk,
    renew_chunks,
    reserve_chunk,
    take_chunk,
    unstarted_sent_chunks,
)
from avatargen.models.task_events import append_error_log, count_events, record_event
from avatargen.models.task_state import current_status, transition
from avatargen.pipeline.completion import Step, fail_task, finish_data, finish_images
from avatargen.pipeline.context import LeaseLost, RunContext, TaskCancelled
from avatargen.pipeline.data_stage import run_data_stage
from avatargen.pipeline.image_stage import run_image_stage
from avatargen.providers.base import ProviderFatalError
from avatargen.providers.registry import get_image_provider, get_text_provider
from avatargen.queue import dispatch

log = logging.getLogger(__name__)
MAX_RECOVERIES = 3  # re-dispatches per stage before the stage ends with what exists
S = TaskStatus


class Sender(Protocol):
    """How chunks are sent: Celery messages in production, anything in tests."""

    def start(self, task_pk: int) -> None: ...
    def data(
        self, task_pk: int, positions: list[int], chunk_id: int, urgent: bool = False
    ) -> None: ...
    def image(self, task_pk: int, persona_id: str, chunk_id: int, urgent: bool = False) -> None: ...


def process_owner() -> str:
    """This worker's name on chunk leases (host, pid of the worker's main process: a killed
    worker's leases are known; prefork pool processes inherit their parent's name)."""
    global _owner
    if _owner is None:
        _owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
    return _owner


_owner: str | None = None


def _cfg(name: str, default: int) -> int:
    return int(current_app.config.get(name, default))


def lease_seconds() -> int:
    return _cfg("CELERY_CHUNK_LEASE_SECONDS", 10)


# --------------------------------------------------------------------------- sending


def send_data_chunks(task: GenerationTask, send: Sender) -> int:
    stored = set(
        db.session.scalars(sa.select(Persona.persona_index).where(Persona.task_pk == task.id))
    )
    missing = [i for i in range(task.number_to_generate) if i not in stored]
    size = _cfg("CELERY_CHUNK_SIZE", 25)
    chunks = [missing[i : i + size] for i in range(0, len(missing), size)]
    close_idle_chunks(task.id, S.GENERATING_DATA)
    for positions in chunks:
        register_chunk(task.id, S.GENERATING_DATA, {"positions": positions})
    db.session.commit()
    _pump(send)  # sent when it is this user's turn
    return len(chunks)


def send_image_chunks(task: GenerationTask, send: Sender) -> int:
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
    close_idle_chunks(task.id, S.GENERATING_IMAGES)
    for persona_id in persona_ids:
        register_chunk(task.id, S.GENERATING_IMAGES, {"persona_id": persona_id})
    db.session.commit()
    _pump(send)
    return len(persona_ids)


def _pump(send: Sender) -> None:
    """Send waiting chunks in fair turns (:mod:`.dispatch`); a failure is retried by the
    next pump (every lease sweep at the latest)."""
    try:
        dispatch.pump(send)
    except Exception:
        db.session.rollback()
        log.exception("dispatch failed; the next lease sweep tries again")


def _stage_over(task_pk: int, stage: TaskStatus) -> bool:
    """Every chunk of the stage ran to its end (its retry passes included): the stage ends
    with what exists, as the embedded runner's does after its passes."""
    left, total = open_chunks(task_pk, stage)
    return total > 0 and left == 0


def _after_data(task_pk: int, send: Sender, *, force: bool = False) -> bool:
    """End the data stage if it is over; the caller that moved the task sends the images."""
    force = force or _stage_over(task_pk, S.GENERATING_DATA)
    if finish_data(task_pk, force=force) != Step.NEXT:
        return False
    task = db.session.get(GenerationTask, task_pk)
    sent = send_image_chunks(task, send)
    log.info("task %s: sent %d image chunks", task.task_id, sent)
    if sent == 0:
        finish_images(task_pk, force=True)
    return True


# --------------------------------------------------------------------------- chunks


def start(task_pk: int, send: Sender, *, redelivered: bool = False) -> str:
    """Pending -> generating-data, then fan out the data chunks."""
    task = db.session.get(GenerationTask, task_pk)
    if task is None:
        return "deleted"
    if task.status == S.GENERATING_DATA and redelivered:
        send_data_chunks(task, send)  # the worker that moved it may have died mid-fan-out
        return task.status
    if task.lease_expires_at is not None and task.lease_expires_at > utcnow():
        return "leased"  # an in-process runner (``avatargen generate``) holds it
    if task.status != S.PENDING:
        return task.status
    if not transition(task_pk, S.PENDING, S.GENERATING_DATA):
        return "taken"  # a duplicate delivery: the other one fans out
    task = db.session.get(GenerationTask, task_pk)
    sent = send_data_chunks(task, send)
    log.info("task %s started: sent %d data chunks", task.task_id, sent)
    if sent == 0:
        _after_data(task_pk, send)
    return current_status(task_pk) or "deleted"


class ChunkLease:
    """The lease this execution holds on its chunk row; renewed at checkpoints too."""

    def __init__(self, chunk_id: int | None, owner: str, seconds: int) -> None:
        self.chunk_id, self.owner, self.seconds = chunk_id, owner, seconds
        self._renewed = time.monotonic()

    def take(self) -> bool:
        return self.chunk_id is None or take_chunk(self.chunk_id, self.owner, self.seconds)

    def renew(self) -> None:
        if self.chunk_id is None or time.monotonic() - self._renewed < self.seconds / 3:
            return
        if renew_chunks([self.chunk_id], self.owner, self.seconds) != 1:
            raise LeaseLost(f"chunk {self.chunk_id} was re-sent to another worker")
        self._renewed = time.monotonic()

    def finish(self, done: bool) -> None:
        if self.chunk_id is not None:
            finish_chunk(self.chunk_id, self.owner, done)


def _run_chunk(task_pk: int, stage: TaskStatus, chunk_id: int | None, work, label: str) -> str:
    task = db.session.get(GenerationTask, task_pk)
    if task is None or task.status != stage:
        if chunk_id is not None:
            # The task left the stage (cancelled, failed): this chunk will not run, so its
            # reservation must not stay behind as a live lease until it expires.
            db.session.execute(
                sa.update(TaskChunk)
                .where(TaskChunk.id == chunk_id, TaskChunk.done_at.is_(None))
                .values(lease_owner=None, lease_expires_at=None)
            )
        db.session.commit()
        if chunk_id is not None:  # give back the lease taken when the message arrived
            finish_chunk(chunk_id, process_owner(), False)
            if _heartbeat is not None:
                _heartbeat.forget(chunk_id)
        return "skipped"
    lease = ChunkLease(chunk_id, process_owner(), lease_seconds())
    if not lease.take():
        return "held"  # done already, or running on a live worker
    if _heartbeat is not None and chunk_id is not None:
        _heartbeat.hold(chunk_id)
    done = False
    try:
        ctx = RunContext(task=task, lease=lease)
        work(ctx)
        ctx.checkpoint(stage)
        done = True
    except (TaskCancelled, LeaseLost) as exc:
        db.session.rollback()
        log.info("%s stopped: %s", label, exc)
        return "stopped"
    except ProviderFatalError as exc:  # a 401, a missing model: the other chunks would too
        log.warning("%s failed the task: %s", label, exc)
        fail_task(task_pk, str(exc))
        return "failed"
    finally:
        if _heartbeat is not None and chunk_id is not None:
            _heartbeat.drop(chunk_id)
        db.session.rollback()
        lease.finish(done)
        if _heartbeat is not None and chunk_id is not None:
            _heartbeat.forget(chunk_id)
    return "done"


def data_chunk(
    task_pk: int, positions: list[int], send: Sender, *, chunk_id: int | None = None
) -> str:
    """Store the personas still missing among ``positions``; end the stage if it is over."""

    def work(ctx: RunContext) -> None:
        provider = get_text_provider(ctx.task.text_provider)
        ctx.batch_size = getattr(provider, "batch_size", None) or 25
        run_data_stage(ctx, provider, positions)

    outcome = _run_chunk(task_pk, S.GENERATING_DATA, chunk_id, work, f"data chunk {positions[:1]}")
    if outcome == "done":
        _after_data(task_pk, send)
    _pump(send)  # this chunk's slot is free
    return outcome


def image_chunk(task_pk: int, persona_id: str, send: Sender, *, chunk_id: int | None = None) -> str:
    """Make the missing images of one persona; complete the task if they were the last."""

    def work(ctx: RunContext) -> None:
        # One persona per chunk. A threads-pool worker (the default) sends it to the
        # process's shared pool (WORKERS processes), so its threads draw on every core; a
        # prefork child is already one process per core and draws inline (WORKERS = 1, set
        # when it starts: see celery_tasks).
        run_image_stage(ctx, get_image_provider(ctx.task.image_provider), [persona_id])

    outcome = _run_chunk(task_pk, S.GENERATING_IMAGES, chunk_id, work, f"image chunk {persona_id}")
    if outcome == "done":
        finish_images(task_pk, force=_stage_over(task_pk, S.GENERATING_IMAGES))
    _pump(send)
    return outcome


# --------------------------------------------------------------------------- leases


class Heartbeat:
    """A worker process's daemon thread renewing the leases of the chunks it runs."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        with app.app_context():
            self.seconds = lease_seconds()
        self._held: dict[int, int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="avatargen-heartbeat", daemon=True)

    def hold(self, chunk_id: int) -> None:
        with self._lock:
            self._held[chunk_id] = self._held.get(chunk_id, 0) + 1

    def forget(self, chunk_id: int) -> None:
        with self._lock:
            self._held.pop(chunk_id, None)

    def drop(self, chunk_id: int) -> None:
        with self._lock:
            left = self._held.get(chunk_id, 0) - 1
            if left > 0:
                self._held[chunk_id] = left
            else:
                self._held.pop(chunk_id, None)

    def _loop(self) -> None:
        while not self._stop.wait(self.seconds / 3):
            with self._lock:
                held = list(self._held)
            if not held:
                continue
            try:
                with self.app.app_context():
                    try:
                        renew_chunks(held, process_owner(), self.seconds)
                    finally:
                        db.session.remove()
            except Exception:  # the database is away: the next beat tries again
                log.exception("chunk lease heartbeat failed")

    def start(self) -> Heartbeat:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()


_heartbeat: Heartbeat | None = None


def start_heartbeat(app: Flask) -> Heartbeat:
    global _heartbeat
    if _heartbeat is None:
        _heartbeat = Heartbeat(app).start()
    return _heartbeat


def heartbeat_after_fork(app: Flask) -> Heartbeat:
    """In a forked pool process: the parent's heartbeat thread did not come along."""
    global _heartbeat
    _heartbeat = None
    return start_heartbeat(app)


def stop_heartbeat() -> None:
    global _heartbeat
    if _heartbeat is not None:
        _heartbeat.stop()
        _heartbeat = None


def reserve(chunk_id: int) -> None:
    """A message for ``chunk_id`` reached this worker: lease the chunk to it now (see
    :func:`avatargen.models.task_chunks.reserve_chunk`); the heartbeat keeps it."""
    if reserve_chunk(chunk_id, process_owner(), lease_seconds()) and _heartbeat is not None:
        _heartbeat.hold(chunk_id)


def _send_again(send: Sender, chunk_id: int, task_pk: int, stage: str, payload, why: str) -> None:
    record_event(task_pk, EventKind.CHUNK_RESENT, f"chunk {chunk_id}", stage=stage)
    db.session.commit()
    if stage == S.GENERATING_DATA:
        send.data(task_pk, list(payload["positions"]), chunk_id, urgent=True)
    else:
        send.image(task_pk, str(payload["persona_id"]), chunk_id, urgent=True)
    log.warning("chunk %s of task %s (%s): %s, sent again", chunk_id, task_pk, stage, why)


def resend_expired(send: Sender) -> list[tuple[int, str]]:
    """Send again the chunks whose worker stopped renewing their lease (it died): the
    ``(chunk id, stage)`` pairs sent. Chunks of a task no longer in their stage are closed."""
    sent = []
    for chunk_id, task_pk, stage, payload in expired_chunks():
        if current_status(task_pk) != stage:
            finish_chunk(chunk_id, None, True)
            continue
        _send_again(send, chunk_id, task_pk, stage, payload, "lease expired")
        sent.append((chunk_id, stage))
    return sent


class LostMessages:
    """Chunks whose message a dying worker took from the broker before it leased them.

    A worker leases a chunk the moment its message arrives (``task_received``), so
    :func:`resend_expired` covers a worker killed later. Killed in the milliseconds before
    that lease, it leaves the chunk unheld and its message out of the queue, in the
    transport's unacknowledged set until the visibility timeout (an hour by default).
    :meth:`sweep` finds such chunks: sent more than a lease period ago, not held, not
    started since, and their message in no queue (``queued``: the chunk ids of the
    broker's queued messages, or None where it cannot tell) at two looks ``confirm``
    seconds apart; each is sent again once (a conditional claim). A copy that turns up
    after all does nothing: the chunk's lease decides who runs it."""

    def __init__(self, queued, confirm: float = 5.0) -> None:
        self.queued = queued
        self.confirm = confirm
        self._missing: dict[tuple[int, object], float] = {}  # (chunk, sent_at) -> first seen

    def sweep(self, send: Sender, now: float | None = None) -> list[int]:
        now = time.monotonic() if now is None else now
        candidates = unstarted_sent_chunks(utcnow() - timedelta(seconds=lease_seconds()))
        db.session.commit()
        if not candidates:
            self._missing.clear()
            return []
        queued = self.queued()
        if queued is None:  # not a broker whose queues can be read
            return []
        missing = {}
        sent = []
        for chunk_id, task_pk, stage, sent_at in candidates:
            if chunk_id in queued:
                continue
            key = (chunk_id, sent_at)
            first = missing[key] = self._missing.get(key, now)
            if now - first < self.confirm:
                continue
            del missing[key]
            if current_status(task_pk) != stage:  # its task moved on: nothing to send
                finish_chunk(chunk_id, None, True)
                continue
            payload = claim_lost_chunk(chunk_id, sent_at)
            if payload is not None:
                _send_again(send, chunk_id, task_pk, stage, payload, "message lost")
                sent.append(chunk_id)
        self._missing = missing
        return sent


# --------------------------------------------------------------------------- recovery


def recover(send: Sender, stall_seconds: int | None = None) -> list[tuple[str, str]]:
    """Re-send the missing work of tasks without progress for ``stall_seconds``.

    One worker claims each stalled task by bumping ``updated_at`` with a conditional
    UPDATE, so workers checking at once do not all re-send; a duplicate would be harmless
    anyway. Returns ``(task_id, action)`` pairs."""
    if stall_seconds is None:
        stall_seconds = _cfg("CELERY_STALL_SECONDS", 300)
    cutoff = utcnow() - timedelta(seconds=stall_seconds)
    rows = db.session.execute(
        sa.select(GenerationTask.id, GenerationTask.updated_at).where(
            GenerationTask.status.in_([s.value for s in CLAIMABLE]),
            GenerationTask.updated_at < cutoff,
        )
    ).all()
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
        action = _recover_one(task, send)
        log.warning("recovery: task %s (%s): %s", task.task_id, task.status, action)
        actions.append((task.task_id, action))
    return actions


def _recover_one(task: GenerationTask, send: Sender) -> str:
    status = task.status
    if status == S.PENDING:
        db.session.commit()
        send.start(task.id)
        return "re-sent start"
    force = count_events(task.id, EventKind.RECOVERY, stage=status) >= MAX_RECOVERIES
    if status == S.GENERATING_DATA:
        if _after_data(task.id, send, force=force):
            return "moved to the image stage"
        sent = send_data_chunks(task, send)
    else:
        if finish_images(task.id, force=force) != Step.WAITING:
            return "finished"
        sent = send_image_chunks(task, send)
    message = f"recovery: {status}: re-sent {sent} chunk(s) after no progress"
    record_event(task.id, EventKind.RECOVERY, message, stage=status)
    append_error_log(task.id, message)
    db.session.commit()
    return f"re-sent {sent} chunk(s)"


def run_loop_once(send: Sender, *, stall: bool, lost: LostMessages | None = None) -> None:
    """One round of the recovery loop: expired chunk leases, lost messages (``lost``),
    waiting chunks with free slots, and (``stall``) stalled tasks."""
    resend_expired(send)
    if lost is not None:
        try:
            lost.sweep(send)
        except Exception:  # the broker's queues could not be read: the rest still runs
            db.session.rollback()
            log.exception("lost-message check failed")
    dispatch.pump(send)
    if stall:
        recover(send)
