"""Chunks of distributed mode and their leases (table ``task_chunks``).

A chunk (a run of persona positions, or one persona's images) gets a row when it is sent.
The worker running it takes the chunk's lease and a heartbeat renews it; when the worker
dies the lease expires and :func:`expired_chunks` lets a recovery loop send it again
within seconds, instead of waiting for the broker's visibility timeout. A chunk's row is
marked done when its work is stored; a redelivered or re-sent copy of a done chunk, or one
whose lease another live worker holds, does nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from avatargen.extensions import db
from avatargen.models.base import utcnow


class TaskChunk(db.Model):
    __tablename__ = "task_chunks"
    __table_args__ = (
        sa.UniqueConstraint("task_pk", "stage", "key", name="uq_task_chunks_task_stage_key"),
        sa.Index("ix_task_chunks_lease", "done_at", "lease_expires_at"),
        # The dispatcher's look-ups: a task's waiting (or sent) open chunks, in order.
        sa.Index("ix_task_chunks_queue", "task_pk", "waiting", "done_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_pk: Mapped[int] = mapped_column(
        sa.ForeignKey("generation_tasks.id", ondelete="CASCADE", name="fk_task_chunks_task_pk")
    )
    stage: Mapped[str] = mapped_column(sa.String(50))  # the task status it works in
    key: Mapped[str] = mapped_column(sa.String(64))  # "<first>-<last>/<n>" or a persona id
    payload: Mapped[dict[str, Any]] = mapped_column(sa.JSON)  # the chunk's arguments
    lease_owner: Mapped[str | None] = mapped_column(sa.String(100))
    lease_expires_at: Mapped[datetime | None]
    runs: Mapped[int] = mapped_column(default=0, server_default="0")
    # Registered but not yet sent to the broker: the dispatcher (avatargen.queue.dispatch)
    # sends it when it is its user's turn. sent_at is when it was registered, then sent.
    waiting: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    sent_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())
    started_at: Mapped[datetime | None]
    done_at: Mapped[datetime | None]


def chunk_key(payload: dict[str, Any]) -> str:
    if "persona_id" in payload:
        return str(payload["persona_id"])
    positions = payload["positions"]
    return f"{positions[0]}-{positions[-1]}/{len(positions)}"


def register_chunk(task_pk: int, stage: str, payload: dict[str, Any]) -> int:
    """The id of the chunk row for ``payload`` (made, or reset to not done, if needed),
    waiting for the dispatcher to send it."""
    key = chunk_key(payload)
    where = (TaskChunk.task_pk == task_pk, TaskChunk.stage == stage, TaskChunk.key == key)
    chunk_id = db.session.scalar(sa.select(TaskChunk.id).where(*where))
    if chunk_id is None:
        try:
            with db.session.begin_nested():
                chunk_id = db.session.scalar(
                    sa.insert(TaskChunk)
                    .values(task_pk=task_pk, stage=stage, key=key, payload=payload,
                            sent_at=utcnow(), waiting=True)
                    .returning(TaskChunk.id)
                )  # fmt: skip
        except sa.exc.IntegrityError:  # sent at the same moment by another worker
            chunk_id = db.session.scalar(sa.select(TaskChunk.id).where(*where))
    else:
        db.session.execute(
            sa.update(TaskChunk)
            .where(TaskChunk.id == chunk_id)
            .values(
                done_at=None,
                sent_at=utcnow(),
                lease_owner=None,
                lease_expires_at=None,
                waiting=True,
            )  # fmt: skip
        )
    return chunk_id


def _free_or_mine(owner: str, now):
    return sa.or_(
        TaskChunk.lease_expires_at.is_(None),
        TaskChunk.lease_expires_at < now,
        TaskChunk.lease_owner == owner,
    )


def reserve_chunk(chunk_id: int, owner: str, seconds: int) -> bool:
    """A worker received the chunk's message (it may wait for a free thread): lease it to
    the worker already, so that if the worker dies before running it the chunk is sent
    again like a running one."""
    now = utcnow()
    reserved = db.session.execute(
        sa.update(TaskChunk)
        .where(TaskChunk.id == chunk_id, TaskChunk.done_at.is_(None), _free_or_mine(owner, now))
        .values(lease_owner=owner, lease_expires_at=now + timedelta(seconds=seconds))
    ).rowcount
    db.session.commit()
    return reserved == 1


def take_chunk(chunk_id: int, owner: str, seconds: int) -> bool:
    """Lease a chunk that is not done and not held by another live lease (``owner``'s own
    reservation is fine); counts the run."""
    now = utcnow()
    taken = db.session.execute(
        sa.update(TaskChunk)
        .where(TaskChunk.id == chunk_id, TaskChunk.done_at.is_(None), _free_or_mine(owner, now))
        .values(
            lease_owner=owner,
            lease_expires_at=now + timedelta(seconds=seconds),
            runs=TaskChunk.runs + 1,
            started_at=now,
        )
    ).rowcount
    db.session.commit()
    return taken == 1


def renew_chunks(chunk_ids: list[int], owner: str, seconds: int) -> int:
    """Heartbeat: extend ``owner``'s leases on ``chunk_ids``; how many it still holds."""
    if not chunk_ids:
        return 0
    kept = db.session.execute(
        sa.update(TaskChunk)
        .where(TaskChunk.id.in_(chunk_ids), TaskChunk.lease_owner == owner)
        .values(lease_expires_at=utcnow() + timedelta(seconds=seconds))
    ).rowcount
    db.session.commit()
    return kept


def finish_chunk(chunk_id: int, owner: str, done: bool) -> None:
    """Release ``owner``'s lease; ``done`` marks the chunk's work as stored."""
    values: dict[str, Any] = {"lease_owner": None, "lease_expires_at": None}
    if done:
        values["done_at"] = utcnow()
    db.session.execute(
        sa.update(TaskChunk)
        .where(TaskChunk.id == chunk_id, TaskChunk.lease_owner == owner)
        .values(**values)
    )
    db.session.commit()


def expired_chunks(limit: int = 200) -> list[tuple[int, int, str, dict[str, Any]]]:
    """Claim chunks whose worker stopped renewing (lease expired, not done) for re-sending:
    ``(chunk id, task pk, stage, payload)``. The claim clears the lease with a conditional
    UPDATE, so of several recovery loops only one re-sends each chunk."""
    now = utcnow()
    rows = db.session.execute(
        sa.select(
            TaskChunk.id, TaskChunk.task_pk, TaskChunk.stage, TaskChunk.payload,
            TaskChunk.lease_expires_at,
        )
        .where(TaskChunk.done_at.is_(None), TaskChunk.lease_expires_at < now)
        .order_by(TaskChunk.lease_expires_at)
        .limit(limit)
    ).all()  # fmt: skip
    claimed = []
    for chunk_id, task_pk, stage, payload, expires in rows:
        won = db.session.execute(
            sa.update(TaskChunk)
            .where(TaskChunk.id == chunk_id, TaskChunk.lease_expires_at == expires)
            .values(lease_owner=None, lease_expires_at=None, sent_at=now)
        ).rowcount
        if won == 1:
            claimed.append((chunk_id, task_pk, stage, payload))
    db.session.commit()
    return claimed


def unstarted_sent_chunks(before, limit: int = 500) -> list[tuple[int, int, str, Any]]:
    """Chunks sent before ``before`` that no worker holds or has started since they were
    sent: ``(chunk id, task pk, stage, sent_at)``. Normally their message waits in the
    broker's queue; one that is not there was taken by a worker that died before it could
    lease the chunk (see :class:`avatargen.queue.chunks.LostMessages`)."""
    return [
        tuple(row)
        for row in db.session.execute(
            sa.select(TaskChunk.id, TaskChunk.task_pk, TaskChunk.stage, TaskChunk.sent_at)
            .where(
                TaskChunk.done_at.is_(None),
                TaskChunk.waiting.is_(False),
                TaskChunk.lease_owner.is_(None),
                TaskChunk.sent_at < before,
                sa.or_(TaskChunk.started_at.is_(None), TaskChunk.started_at < TaskChunk.sent_at),
            )
            .order_by(TaskChunk.sent_at)
            .limit(limit)
        ).all()
    ]


def claim_lost_chunk(chunk_id: int, sent_at) -> dict[str, Any] | None:
    """Claim a chunk whose message was lost for sending again (one claimer wins: the row
    must still be unheld and sent at ``sent_at``); its payload, or None."""
    won = db.session.execute(
        sa.update(TaskChunk)
        .where(
            TaskChunk.id == chunk_id,
            TaskChunk.sent_at == sent_at,
            TaskChunk.lease_owner.is_(None),
            TaskChunk.done_at.is_(None),
        )
        .values(sent_at=utcnow())
    ).rowcount
    payload = None
    if won == 1:
        payload = db.session.scalar(sa.select(TaskChunk.payload).where(TaskChunk.id == chunk_id))
    db.session.commit()
    return payload


def open_chunks(task_pk: int, stage: str) -> tuple[int, int]:
    """``(not done, all)`` of the task's chunks of ``stage`` (not done: running, queued, lost)."""
    total, done = db.session.execute(
        sa.select(sa.func.count(TaskChunk.id), sa.func.count(TaskChunk.done_at)).where(
            TaskChunk.task_pk == task_pk, TaskChunk.stage == stage
        )
    ).one()
    return total - done, total


def close_idle_chunks(task_pk: int, stage: str) -> None:
    """Before a stage's missing work is sent again (start, retry, recovery): close its chunks
    that no worker holds; those still missing are registered again (and so reopened)."""
    db.session.execute(
        sa.update(TaskChunk)
        .where(
            TaskChunk.task_pk == task_pk,
            TaskChunk.stage == stage,
            TaskChunk.done_at.is_(None),
            TaskChunk.lease_owner.is_(None),
        )
        .values(done_at=utcnow())
    )
