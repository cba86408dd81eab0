"""Read-only sharing of a completed task with other users (the original's dataset
permissions). Only who may read is stored here; what a share opens is decided by
:func:`avatargen.services.tasks.task_visibility`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from avatargen.extensions import db
from avatargen.models import GenerationTask, TaskShare, TaskStatus, User
from avatargen.services.tasks import TaskStateError
from avatargen.services.users import UserError, normalize_email

MAX_SHARES_PER_TASK = 100
MAX_ID = 2**31 - 1


class ShareError(ValueError):
    """A share that cannot be made; ``fields`` maps the bad input to a message."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("; ".join(fields.values()))
        self.fields = fields


class ShareNotFound(LookupError):
    """No such share on this task."""


@dataclass(frozen=True)
class ShareView:
    id: int
    email: str
    created_at: datetime


def _email(raw: object) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ShareError({"email": "required: the email of the user to share with"})
    if "\x00" in raw:
        raise ShareError({"email": "must not contain NUL characters"})
    try:
        return normalize_email(raw)
    except UserError:
        raise ShareError({"email": "not a valid email address"}) from None


def share_task(task: GenerationTask, raw_email: object) -> tuple[ShareView, bool]:
    """Let the user with ``raw_email`` read ``task``; (the share, whether it is new).

    Sharing again with the same user changes nothing. Raises ShareError for bad or
    unknown emails and the owner's own, TaskStateError unless the task is completed."""
    email = _email(raw_email)
    if task.status != TaskStatus.COMPLETED.value:
        raise TaskStateError(
            f"task {task.task_id} is {task.status}; only a completed task can be shared"
        )
    user = db.session.scalar(sa.select(User).where(User.email == email))
    if user is None or not user.is_active:
        raise ShareError({"email": f"no active user has the email {email}"})
    if user.id == task.user_id:
        raise ShareError({"email": "that is the task's owner, who has it already"})
    existing = _find(task, user)
    if existing is not None:
        return ShareView(existing.id, email, existing.created_at), False
    count = db.session.scalar(
        sa.select(sa.func.count()).select_from(TaskShare).where(TaskShare.task_pk == task.id)
    )
    if (count or 0) >= MAX_SHARES_PER_TASK:
        raise ShareError(
            {"email": f"a task can be shared with at most {MAX_SHARES_PER_TASK} users"}
        )
    share = TaskShare(task_pk=task.id, user_id=user.id)
    db.session.add(share)
    try:
        db.session.commit()
    except IntegrityError:  # the same share made at the same moment by another request
        db.session.rollback()
        existing = _find(task, user)
        if existing is None:
            raise
        return ShareView(existing.id, email, existing.created_at), False
    return ShareView(share.id, email, share.created_at), True


def _find(task: GenerationTask, user: User) -> TaskShare | None:
    return db.session.scalar(
        sa.select(TaskShare).where(TaskShare.task_pk == task.id, TaskShare.user_id == user.id)
    )


def list_shares(task: GenerationTask) -> list[ShareView]:
    """Who ``task`` is shared with, oldest share first."""
    rows = db.session.execute(
        sa.select(TaskShare.id, User.email, TaskShare.created_at)
        .join(User, User.id == TaskShare.user_id)
        .where(TaskShare.task_pk == task.id)
        .order_by(TaskShare.created_at, TaskShare.id)
    )
    return [ShareView(*row) for row in rows]


def share_pk(raw: str) -> int:
    """A share id from a URL, or ShareNotFound (a share id is a positive whole number)."""
    if not raw.isascii() or not raw.isdigit() or len(raw) > 10:
        raise ShareNotFound(raw[:20])
    return int(raw)


def revoke_share(task: GenerationTask, share_id: int) -> str:
    """Remove share ``share_id`` of ``task`` (one DELETE; the next request of that user is
    refused); the email it was for. Raises ShareNotFound for another task's share."""
    if not 0 < share_id <= MAX_ID:  # beyond the column's range: no such row, never an error
        raise ShareNotFound(str(share_id))
    email = db.session.scalar(
        sa.select(User.email)
        .join(TaskShare, TaskShare.user_id == User.id)
        .where(TaskShare.id == share_id, TaskShare.task_pk == task.id)
    )
    if email is None:
        raise ShareNotFound(str(share_id))
    db.session.execute(
        sa.delete(TaskShare).where(TaskShare.id == share_id, TaskShare.task_pk == task.id)
    )
    db.session.commit()
    return email
