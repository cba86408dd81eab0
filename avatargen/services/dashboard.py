"""The dashboard's numbers: tasks, personas and images per day, running and recent tasks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage, User
from avatargen.models.base import utcnow
from avatargen.models.task import CLAIMABLE

ACTIVE = tuple(s.value for s in CLAIMABLE)


@dataclass
class DayCount:
    day: date
    tasks: int = 0
    personas: int = 0
    images: int = 0


@dataclass
class DashboardStats:
    tasks: int
    personas: int
    images: int
    days: list[DayCount]


def _day(value: object) -> date:
    """A ``date()`` SQL result as a date (SQLite answers a string, PostgreSQL a date)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def dashboard_stats(user: User, days: int = 7, today: date | None = None) -> DashboardStats:
    """The user's own totals, and what they made on each of the last ``days`` days (UTC)."""
    today = today or utcnow().date()
    first = today - timedelta(days=days - 1)
    since = datetime.combine(first, datetime.min.time())
    own = GenerationTask.user_id == user.id
    total_tasks, total_personas, total_images = db.session.execute(
        sa.select(
            sa.func.count(GenerationTask.id),
            sa.func.coalesce(sa.func.sum(GenerationTask.personas_done), 0),
            sa.func.coalesce(sa.func.sum(GenerationTask.images_done), 0),
        ).where(own)
    ).one()
    by_day = {first + timedelta(days=i): DayCount(first + timedelta(days=i)) for i in range(days)}

    def bucket(column, query, attr: str) -> None:
        day = sa.func.date(column)
        for value, count in db.session.execute(
            query.add_columns(day, sa.func.count()).group_by(day)
        ):
            row = by_day.get(_day(value))
            if row is not None:
                setattr(row, attr, getattr(row, attr) + count)

    bucket(
        GenerationTask.created_at,
        sa.select().select_from(GenerationTask).where(own, GenerationTask.created_at >= since),
        "tasks",
    )
    # Personas and images made in the window belong to tasks written to in the window (the
    # task row is updated with each batch and when it ends). A task that ran within one day
    # counts on that day from its own counters; only a task that ran across midnight (or
    # was retried on a later day) has its rows counted one by one. Counting every row of a
    # busy week would cost a scan of tens of thousands of rows on each dashboard view.
    spread: list[int] = []
    for task_pk, started, updated, personas, images in db.session.execute(
        sa.select(
            GenerationTask.id,
            GenerationTask.started_at,
            GenerationTask.updated_at,
            GenerationTask.personas_done,
            GenerationTask.images_done,
        ).where(own, GenerationTask.updated_at >= since)
    ):
        if not personas and not images:
            continue
        if started is not None and started >= since and started.date() == updated.date():
            row = by_day.get(started.date())
            if row is not None:
                row.personas += personas
                row.images += images
        else:
            spread.append(task_pk)
    if spread:
        bucket(
            Persona.created_at,
            sa.select()
            .select_from(Persona)
            .where(Persona.task_pk.in_(spread), Persona.created_at >= since),
            "personas",
        )
        bucket(
            PersonaImage.created_at,
            sa.select()
            .select_from(PersonaImage)
            .join(Persona, Persona.id == PersonaImage.persona_id)
            .where(Persona.task_pk.in_(spread), PersonaImage.created_at >= since),
            "images",
        )
    return DashboardStats(
        tasks=int(total_tasks),
        personas=int(total_personas),
        images=int(total_images),
        days=[by_day[d] for d in sorted(by_day)],
    )


def active_tasks(user: User, limit: int = 20) -> list[GenerationTask]:
    """The user's own pending and running tasks, oldest first (the order the queue takes)."""
    return list(
        db.session.scalars(
            sa.select(GenerationTask)
            .where(GenerationTask.user_id == user.id, GenerationTask.status.in_(ACTIVE))
            .order_by(GenerationTask.created_at, GenerationTask.id)
            .limit(limit)
        )
    )


def recent_tasks(user: User, limit: int = 5) -> list[GenerationTask]:
    """The user's own latest tasks, newest first."""
    return list(
        db.session.scalars(
            sa.select(GenerationTask)
            .where(GenerationTask.user_id == user.id)
            .order_by(GenerationTask.created_at.desc(), GenerationTask.id.desc())
            .limit(limit)
        )
    )
