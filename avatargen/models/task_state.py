"""The task state machine: every status change, lease and store guard, as conditional UPDATEs.

* :func:`transition` is the one way a task's status changes: ``UPDATE ... SET status = new
  WHERE id = ? AND status IN (expected)``, checked against ``TRANSITIONS`` first; it says
  whether it won. A cancel committed between someone's check and their write makes that
  write lose instead of overwriting the cancel.
* :func:`guard_store` is called inside a transaction that stores personas or images: it
  bumps the progress counters in SQL only if the task is still in the expected stage and
  locks the row until commit, so nothing is stored after a cancel is committed.
* Task leases (the embedded queue and ``avatargen generate``) are taken, renewed and
  released here; a finished or re-queued task's lease is freed by :func:`transition`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models.base import utcnow
from avatargen.models.task import (
    CLAIMABLE,
    FINISHED,
    GenerationTask,
    TaskStatus,
    check_transition,
)
from avatargen.models.task_events import EventKind, _expire, record_event

LEASE_FREE: dict[str, Any] = {"lease_owner": None, "lease_expires_at": None}


def _statuses(expected: TaskStatus | str | Iterable[TaskStatus | str]) -> list[TaskStatus]:
    if isinstance(expected, str):
        return [TaskStatus(expected)]
    return [TaskStatus(s) for s in expected]


def transition(
    task_pk: int,
    expected: TaskStatus | str | Iterable[TaskStatus | str],
    new: TaskStatus | str,
    *,
    commit: bool = True,
    message: str | None = None,
    **values: Any,
) -> bool:
    """Move task ``task_pk`` from (one of) ``expected`` to ``new``; True for the caller
    whose UPDATE changed the row. ``values`` are set in the same UPDATE. Raises
    :class:`IllegalTransitionError` for a move the lifecycle forbids. With ``commit=False``
    the caller commits (the row stays locked until then on PostgreSQL)."""
    olds = _statuses(expected)
    target = TaskStatus(new)
    for old in olds:
        check_transition(str(task_pk), old, target)
    now = utcnow()
    row: dict[str, Any] = {"status": target.value, "updated_at": now}
    if target in FINISHED:
        row.update(completed_at=now, **LEASE_FREE)
    elif target == TaskStatus.PENDING:
        row.update(completed_at=None, **LEASE_FREE)
    if target == TaskStatus.GENERATING_DATA:
        row["started_at"] = sa.func.coalesce(GenerationTask.started_at, now)
    row.update(values)
    won = (
        db.session.execute(
            sa.update(GenerationTask)
            .where(
                GenerationTask.id == task_pk,
                GenerationTask.status.in_([s.value for s in olds]),
            )
            .values(**row)
            .execution_options(synchronize_session=False)
        ).rowcount
        == 1
    )
    if won:
        text = "/".join(s.value for s in olds) + f" -> {target.value}"
        record_event(task_pk, EventKind.STATUS, f"{text}: {message}" if message else text,
                     stage=target.value)  # fmt: skip
    _expire(task_pk)
    if commit or not won:
        db.session.commit()
    return won


def guard_store(
    task_pk: int, expected: TaskStatus | str, *, personas: int = 0, images: int = 0
) -> bool:
    """Inside a storing transaction, before its commit: add ``personas``/``images`` to the
    progress counters if the task is still ``expected``; False when it is not (the caller
    rolls back and stops). The UPDATE holds the row until commit, so a cancel waits for
    this transaction or, committed first, makes it lose."""
    won = (
        db.session.execute(
            sa.update(GenerationTask)
            .where(GenerationTask.id == task_pk, GenerationTask.status == TaskStatus(expected))
            .values(
                personas_done=GenerationTask.personas_done + personas,
                images_done=GenerationTask.images_done + images,
                updated_at=utcnow(),
            )
            .execution_options(synchronize_session=False)
        ).rowcount
        == 1
    )
    _expire(task_pk, "personas_done", "images_done", "updated_at")
    return won


def current_status(task_pk: int) -> str | None:
    """The committed status (None for a deleted task), read past the session's cache."""
    return db.session.scalar(sa.select(GenerationTask.status).where(GenerationTask.id == task_pk))


# --------------------------------------------------------------------------- task leases


def _free(now):
    return sa.or_(GenerationTask.lease_expires_at.is_(None), GenerationTask.lease_expires_at < now)


def take_lease(task_pk: int, owner: str, seconds: int) -> bool:
    """Lease a claimable task (pending or running, lease free or expired) to ``owner``."""
    now = utcnow()
    taken = db.session.execute(
        sa.update(GenerationTask)
        .where(
            GenerationTask.id == task_pk,
            GenerationTask.status.in_([s.value for s in CLAIMABLE]),
            _free(now),
        )
        .values(lease_owner=owner, lease_expires_at=now + timedelta(seconds=seconds))
        .execution_options(synchronize_session=False)
    ).rowcount
    _expire(task_pk, "lease_owner", "lease_expires_at")
    db.session.commit()
    return taken == 1


def renew_lease(task_pk: int, owner: str, seconds: int) -> bool:
    """Extend ``owner``'s lease; False when another worker (or a finish) took it."""
    kept = db.session.execute(
        sa.update(GenerationTask)
        .where(GenerationTask.id == task_pk, GenerationTask.lease_owner == owner)
        .values(lease_expires_at=utcnow() + timedelta(seconds=seconds))
        .execution_options(synchronize_session=False)
    ).rowcount
    db.session.commit()
    return kept == 1


def release_lease(task_pk: int, owner: str) -> None:
    """Give ``owner``'s lease back (nothing when it no longer holds it)."""
    db.session.execute(
        sa.update(GenerationTask)
        .where(GenerationTask.id == task_pk, GenerationTask.lease_owner == owner)
        .values(**LEASE_FREE)
        .execution_options(synchronize_session=False)
    )
    _expire(task_pk, "lease_owner", "lease_expires_at")
    db.session.commit()


def lease_free_clause(now):
    """SQL condition: the task's lease is free or expired at ``now`` (for claim queries)."""
    return _free(now)
