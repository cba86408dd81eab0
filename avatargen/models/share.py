"""Read-only shares of a finished task with another user (the original's dataset permissions)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from avatargen.extensions import db
from avatargen.models.base import utcnow


class TaskShare(db.Model):
    """``user_id`` may read task ``task_pk`` (browse, gallery, images, downloads), nothing more.

    Which routes a share opens is decided in one place: :func:`avatargen.services.tasks.
    task_visibility`; a deleted row closes them on the next request."""

    __tablename__ = "task_shares"
    __table_args__ = (sa.UniqueConstraint("task_pk", "user_id", name="uq_task_shares_task_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_pk: Mapped[int] = mapped_column(
        sa.ForeignKey("generation_tasks.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"<TaskShare task={self.task_pk} user={self.user_id}>"
