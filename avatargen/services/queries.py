"""Read-side use cases shared by pages, API and CLI: lists, pages, records, progress, ownership."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage, TaskStatus, User
from avatargen.models.base import utcnow
from avatargen.persona_rows import persona_record
from avatargen.services.persona_search import PersonaFilter
from avatargen.services.tasks import (
    Access,
    TaskNotFound,
    shared_task_pks,
    task_query,
    task_visibility,
)

T = TypeVar("T")
TASKS_PER_PAGE = 50
PERSONAS_PER_PAGE = 48


class NotFound(LookupError):
    """No such object for this user (another user's object is 'not found' too)."""


@dataclass
class Page(Generic[T]):
    items: list[T]
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_prev(self) -> bool:
        return self.page > 1


MAX_PAGE = 1_000_000  # keeps offsets far from integer overflow in the database


def _page_number(page: Any) -> int:
    """A page number from user input, clamped to 1..MAX_PAGE (junk is page 1)."""
    try:
        return min(MAX_PAGE, max(1, int(str(page).strip()[:12])))
    except (TypeError, ValueError):
        return 1


def list_tasks(
    user: User,
    page: Any = 1,
    per_page: int = TASKS_PER_PAGE,
    status: str | None = None,
    owner: str | None = None,
) -> Page[GenerationTask]:
    """The user's tasks (all tasks for an admin), newest first; ``owner`` (an email) keeps
    only that user's tasks (for an admin; for anyone else it can only narrow their own)."""
    query = task_query(user)
    if status:
        query = query.where(GenerationTask.status == TaskStatus(status).value)
    if owner:
        owner_ids = sa.select(User.id).where(sa.func.lower(User.email) == owner.strip().lower())
        query = query.where(GenerationTask.user_id.in_(owner_ids))
    return _task_page(query, page, per_page)


def list_shared_tasks(
    user: User, page: Any = 1, per_page: int = TASKS_PER_PAGE
) -> Page[GenerationTask]:
    """Completed tasks of other users shared with ``user`` (read-only), newest first."""
    query = sa.select(GenerationTask).where(
        GenerationTask.id.in_(shared_task_pks(user)),
        GenerationTask.status == TaskStatus.COMPLETED.value,
        GenerationTask.user_id != user.id,
    )
    return _task_page(query, page, per_page)


def _task_page(query: sa.Select, page: Any, per_page: int) -> Page[GenerationTask]:
    page = _page_number(page)
    total = db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery()))
    items = db.session.scalars(
        query.order_by(GenerationTask.created_at.desc(), GenerationTask.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return Page(list(items), page, per_page, total or 0)


def task_owners(tasks: list[GenerationTask]) -> dict[int, str]:
    """Email of each task's owner, by user id (one query for a page of tasks)."""
    ids = {t.user_id for t in tasks}
    if not ids:
        return {}
    rows = db.session.execute(sa.select(User.id, User.email).where(User.id.in_(ids)))
    return {uid: email for uid, email in rows}


def list_personas(
    task: GenerationTask,
    page: Any = 1,
    per_page: int = PERSONAS_PER_PAGE,
    filters: PersonaFilter | None = None,
) -> Page[Persona]:
    """A page of the task's personas in index order, narrowed by ``filters`` (in SQL)."""
    page = _page_number(page)
    query = sa.select(Persona).where(Persona.task_pk == task.id)
    if filters is not None and filters.active:
        query = filters.apply(query)
        total = db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0
    else:
        total = task.personas_done
    items = db.session.scalars(
        query.order_by(Persona.persona_index).limit(per_page).offset((page - 1) * per_page)
    ).all()
    return Page(list(items), page, per_page, total)


def image_positions(persona_ids: list[str]) -> dict[str, list[PersonaImage]]:
    """Image rows of several personas in one query, by persona id, in position order."""
    out: dict[str, list[PersonaImage]] = {pid: [] for pid in persona_ids}
    if persona_ids:
        for img in db.session.scalars(
            sa.select(PersonaImage)
            .where(PersonaImage.persona_id.in_(persona_ids))
            .order_by(PersonaImage.persona_id, PersonaImage.position)
        ):
            out[img.persona_id].append(img)
    return out


def _visible_persona(user: User, access: Access) -> sa.Select:
    return (
        sa.select(Persona, GenerationTask)
        .join(GenerationTask, GenerationTask.id == Persona.task_pk)
        .where(task_visibility(user, access))
    )


def get_persona(
    user: User, persona_id: str, access: Access = Access.OWN
) -> tuple[Persona, GenerationTask]:
    """A persona of a task ``user`` may see for ``access`` (see ``task_visibility``)."""
    query = _visible_persona(user, access).where(Persona.id == persona_id)
    row = db.session.execute(query).first()
    if row is None:
        raise NotFound(persona_id)
    return row[0], row[1]


def get_image(user: User, image_id: int, access: Access = Access.OWN) -> PersonaImage:
    """An image of a task ``user`` may see for ``access`` (see ``task_visibility``)."""
    query = (
        sa.select(PersonaImage)
        .join(Persona, Persona.id == PersonaImage.persona_id)
        .join(GenerationTask, GenerationTask.id == Persona.task_pk)
        .where(PersonaImage.id == image_id, task_visibility(user, access))
    )
    image = db.session.scalar(query)
    if image is None:
        raise NotFound(str(image_id))
    return image


def base_image_ids(persona_ids: list[str]) -> dict[str, int]:
    """Id of each persona's base portrait (position 1), for gallery cards; one query."""
    if not persona_ids:
        return {}
    rows = db.session.execute(
        sa.select(PersonaImage.persona_id, PersonaImage.id).where(
            PersonaImage.persona_id.in_(persona_ids), PersonaImage.position == 1
        )
    )
    return {pid: image_id for pid, image_id in rows}


def persona_neighbours(persona: Persona) -> tuple[str | None, str | None]:
    """Ids of the personas just before and after ``persona`` in its task."""
    same_task = Persona.task_pk == persona.task_pk
    previous_id = db.session.scalar(
        sa.select(Persona.id)
        .where(same_task, Persona.persona_index < persona.persona_index)
        .order_by(Persona.persona_index.desc())
        .limit(1)
    )
    next_id = db.session.scalar(
        sa.select(Persona.id)
        .where(same_task, Persona.persona_index > persona.persona_index)
        .order_by(Persona.persona_index)
        .limit(1)
    )
    return previous_id, next_id


def persona_records(personas: list[Persona], task: GenerationTask) -> list[dict[str, Any]]:
    """Contract records of ``personas`` of ``task`` (one query for all their images)."""
    images = image_positions([p.id for p in personas])
    return [persona_record(p, task, [img.position for img in images[p.id]]) for p in personas]


def visible_persona_record(user: User, persona_id: str) -> dict[str, Any]:
    """The record of a persona ``user`` may read (shared tasks too); raises NotFound otherwise."""
    persona, task = get_persona(user, persona_id, Access.READ)
    return persona_records([persona], task)[0]


def progress(task: GenerationTask) -> dict[str, Any]:
    """Progress numbers and timing of a task (for pages and the API)."""
    done = task.personas_done + task.images_done
    total = task.personas_total + task.images_total
    elapsed = None
    remaining = None
    if task.started_at:
        end = task.completed_at or utcnow()
        elapsed = max(0.0, (end - task.started_at).total_seconds())
        if task.is_running and done > 0 and done < total:
            remaining = elapsed / done * (total - done)
    return {
        "personas_done": task.personas_done,
        "personas_total": task.personas_total,
        "images_done": task.images_done,
        "images_total": task.images_total,
        "fraction": (done / total) if total else 0.0,
        "stage": task.status,
        "elapsed_seconds": elapsed,
        "remaining_seconds": remaining,
    }


__all__ = [
    "NotFound",
    "Page",
    "TaskNotFound",
    "Access",
    "base_image_ids",
    "get_image",
    "get_persona",
    "image_positions",
    "list_personas",
    "list_shared_tasks",
    "list_tasks",
    "persona_neighbours",
    "persona_records",
    "progress",
    "visible_persona_record",
]
