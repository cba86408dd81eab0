"""Fair order: tasks of different users interleave (embedded queue and Celery chunks).

A claim takes, among the claimable tasks, one of the user with the fewest tasks running
now; between users equally busy, the user served longest ago (or never) goes first; within
a user, the oldest task. One user's thousand queued tasks therefore take turns with another
user's single task instead of all running before it.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from avatargen.models import GenerationTask
from avatargen.models.task import CLAIMABLE

RUNNING_STATUSES = sorted(s.value for s in CLAIMABLE)
_NEVER = datetime(1970, 1, 1)


def fair_order(now: datetime) -> list[sa.ColumnElement]:
    """ORDER BY clauses for a claim query over ``GenerationTask`` at time ``now``."""
    other = aliased(GenerationTask)
    running = (
        sa.select(sa.func.count(other.id))
        .where(
            other.user_id == GenerationTask.user_id,
            other.status.in_(RUNNING_STATUSES),
            other.lease_expires_at >= now,
        )
        .scalar_subquery()
    )
    last_served = (
        sa.select(sa.func.max(other.started_at))
        .where(other.user_id == GenerationTask.user_id)
        .scalar_subquery()
    )
    return [
        running.asc(),
        sa.func.coalesce(last_served, _NEVER).asc(),
        GenerationTask.created_at.asc(),
        GenerationTask.id.asc(),
    ]


def fair_user_key(
    user_id: int, in_flight: int, last_served: datetime | None
) -> tuple[int, datetime, int]:
    """Celery mode's counterpart of :func:`fair_order`, for choosing whose chunk is sent
    next (:mod:`avatargen.queue.dispatch`): fewest chunks in flight, then served longest
    ago (or never), then the lower user id."""
    return (in_flight, last_served or _NEVER, user_id)
