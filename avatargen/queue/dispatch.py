"""Fair dispatch of Celery chunks: users take turns, and the broker never holds a backlog.

A chunk is registered ``waiting`` (a ``task_chunks`` row, not yet a broker message);
:func:`pump` sends waiting chunks while fewer than ``CELERY_IN_FLIGHT`` chunks are in
flight (sent and not done) across the fleet, each time to the user who goes first in
:func:`avatargen.queue.fairness.fair_user_key`: the fewest chunks in flight, then the one
served longest ago (``generation_tasks.dispatched_at``), then the oldest task. Within a
user, the oldest task's chunks go first, in order. One user's thousand queued chunks
therefore wait in the database, not in the broker ahead of another user's one chunk.

Pumps run after a chunk is registered (a task starts or moves to its images), after every
chunk ends (its slot is free) and in every worker's lease sweep (every
``CELERY_LEASE_SWEEP_SECONDS``), so a lost pump costs at most one sweep. A waiting chunk is
claimed with a conditional UPDATE before it is sent (two pumps never send the same one);
pumps at the same moment may each fill the last free slot, so the in-flight bound can be
passed by one chunk per concurrent pump. A chunk whose worker died is sent again at once by
the lease sweep (``urgent``) and stays counted in flight.
"""

from __future__ import annotations

import logging
from datetime import datetime

import sqlalchemy as sa
from flask import current_app

from avatargen.extensions import db
from avatargen.models import GenerationTask, TaskStatus
from avatargen.models.base import utcnow
from avatargen.models.task import RUNNING
from avatargen.models.task_chunks import TaskChunk
from avatargen.queue.fairness import fair_user_key

log = logging.getLogger(__name__)
_RUNNING = sorted(s.value for s in RUNNING)
MAX_CLAIM_MISSES = 20  # claims lost to other pumps before this one gives up (they send)


def in_flight_limit() -> int:
    return int(current_app.config.get("CELERY_IN_FLIGHT", 32))


def _in_stage():
    """Chunks of a task that is in the chunk's stage (others never run)."""
    return sa.and_(
        GenerationTask.id == TaskChunk.task_pk,
        GenerationTask.status.in_(_RUNNING),
        TaskChunk.stage == GenerationTask.status,
        TaskChunk.done_at.is_(None),
    )


def _users() -> tuple[dict[int, list], int]:
    """{user id: [in flight, last served]} of users with a running task, and the total in
    flight."""
    in_flight = dict(
        db.session.execute(
            sa.select(GenerationTask.user_id, sa.func.count(TaskChunk.id))
            .join(TaskChunk, _in_stage())
            .where(TaskChunk.waiting.is_(False))
            .group_by(GenerationTask.user_id)
        ).all()
    )
    served = db.session.execute(
        sa.select(GenerationTask.user_id, sa.func.max(GenerationTask.dispatched_at))
        .where(GenerationTask.status.in_(_RUNNING))
        .group_by(GenerationTask.user_id)
    ).all()
    users = {uid: [int(in_flight.get(uid, 0)), last] for uid, last in served}
    return users, sum(int(n) for n in in_flight.values())


def _next_chunk(user_id: int) -> tuple[int, int, str, dict] | None:
    """(chunk id, task pk, stage, payload) of ``user_id``'s next waiting chunk: of its
    oldest running task that has one, the first registered (one index look-up per task)."""
    tasks = db.session.execute(
        sa.select(GenerationTask.id, GenerationTask.status)
        .where(GenerationTask.user_id == user_id, GenerationTask.status.in_(_RUNNING))
        .order_by(GenerationTask.created_at, GenerationTask.id)
    ).all()
    for task_pk, status in tasks:
        row = db.session.execute(
            sa.select(TaskChunk.id, TaskChunk.stage, TaskChunk.payload)
            .where(
                TaskChunk.task_pk == task_pk,
                TaskChunk.waiting.is_(True),
                TaskChunk.done_at.is_(None),
                TaskChunk.stage == status,
            )
            .order_by(TaskChunk.id)
            .limit(1)
        ).first()
        if row is not None:
            return row.id, task_pk, row.stage, row.payload
    return None


def _claim(chunk_id: int, task_pk: int, now: datetime) -> bool:
    won = db.session.execute(
        sa.update(TaskChunk)
        .where(TaskChunk.id == chunk_id, TaskChunk.waiting.is_(True))
        .values(waiting=False, sent_at=now)
    ).rowcount
    if won == 1:
        db.session.execute(
            sa.update(GenerationTask)
            .where(GenerationTask.id == task_pk)
            .values(dispatched_at=now)
            .execution_options(synchronize_session=False)
        )
    db.session.commit()  # no transaction stays open while we talk to the broker
    return won == 1


def pump(send) -> int:
    """Send waiting chunks in fair order while the fleet has free in-flight slots; how many
    were sent."""
    limit = in_flight_limit()
    users, total = _users()
    db.session.commit()
    sent = misses = 0
    while total < limit and users and misses < MAX_CLAIM_MISSES:
        user_id = min(users, key=lambda uid: fair_user_key(uid, *users[uid]))
        chunk = _next_chunk(user_id)
        if chunk is None:
            del users[user_id]  # nothing waiting for this user now
            db.session.commit()
            continue
        chunk_id, task_pk, stage, payload = chunk
        now = utcnow()
        if not _claim(chunk_id, task_pk, now):
            misses += 1  # another pump sent it
            continue
        if stage == TaskStatus.GENERATING_DATA:
            send.data(task_pk, list(payload["positions"]), chunk_id)
        else:
            send.image(task_pk, str(payload["persona_id"]), chunk_id)
        users[user_id][0] += 1
        users[user_id][1] = now
        total += 1
        sent += 1
    if sent:
        log.debug("dispatch: sent %d chunk(s), %d in flight", sent, total)
    return sent
