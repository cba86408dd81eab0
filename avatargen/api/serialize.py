"""Build the API's response bodies through the ``*Out`` models of :mod:`avatargen.api.schemas`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask import Response, url_for
from pydantic import BaseModel

from avatargen.api.schemas import (
    PersonaPage,
    PersonaRecordOut,
    ProgressOut,
    RegenerationLinks,
    RegenerationOut,
    RegenImageOut,
    ShareList,
    ShareOut,
    TaskLinks,
    TaskList,
    TaskOut,
)
from avatargen.models import GenerationTask, Persona, Regeneration, TaskStatus
from avatargen.persona_record import PersonaDraft
from avatargen.persona_rows import persona_from_draft, persona_record
from avatargen.providers.base import Constraints
from avatargen.services.queries import Page, persona_records, progress, task_owners
from avatargen.services.shares import ShareView


def utc(value: datetime | None) -> datetime | None:
    """Stored times are naive UTC; make them aware so they serialize with a ``Z``."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def json_response(body: BaseModel, status: int = 200, headers: dict[str, str] | None = None):
    """``body`` as JSON, keys in model order (the record's field order is part of its contract)."""
    return Response(
        body.model_dump_json(), status=status, headers=headers, mimetype="application/json"
    )


def task_out(task: GenerationTask, owners: dict[int, str] | None = None) -> TaskOut:
    """``task`` as the API shows it; ``owners`` (from ``task_owners``) saves a query a task."""
    prog = progress(task)
    if owners is None:
        owners = task_owners([task])
    return TaskOut(
        task_id=task.task_id,
        title=task.title,
        owner=owners[task.user_id],
        status=TaskStatus(task.status),
        persona_description=task.persona_description,
        bio_language=task.bio_language,
        number_to_generate=task.number_to_generate,
        images_per_persona=task.images_per_persona,
        seed=task.seed,
        text_provider=task.text_provider,
        image_provider=task.image_provider,
        constraints=Constraints.model_validate(task.constraints or {}),
        created_at=utc(task.created_at),
        updated_at=utc(task.updated_at),
        completed_at=utc(task.completed_at),
        error_log=task.error_log,
        progress=ProgressOut(**{name: prog[name] for name in ProgressOut.model_fields}),
        links=TaskLinks(
            self=url_for("api.get_task", task_id=task.task_id),
            personas=url_for("api.list_task_personas", task_id=task.task_id),
            export=url_for("api.export_task", task_id=task.task_id, format="zip"),
        ),
    )


def task_list(page: Page[GenerationTask]) -> TaskList:
    owners = task_owners(page.items)
    return TaskList(
        items=[task_out(t, owners) for t in page.items],
        page=page.page,
        per_page=page.per_page,
        total=page.total,
        pages=page.pages,
    )


def record_out(record: dict[str, Any]) -> PersonaRecordOut:
    return PersonaRecordOut.model_validate(record)


def persona_page(page: Page[Persona], task: GenerationTask) -> PersonaPage:
    return PersonaPage(
        items=[record_out(r) for r in persona_records(page.items, task)],
        page=page.page,
        per_page=page.per_page,
        total=page.total,
        pages=page.pages,
    )


def regeneration_out(regen: Regeneration, task: GenerationTask) -> RegenerationOut:
    candidate = None
    positions = [i["position"] for i in regen.images or []]
    if regen.kind == "persona" and regen.draft:
        row = persona_from_draft(
            task.id, regen.persona_index, PersonaDraft.model_validate(regen.draft),
            task.bio_language,
        )  # fmt: skip
        row.id = regen.new_persona_id
        candidate = record_out(persona_record(row, task, positions))
    current = regen.new_persona_id if regen.status == "accepted" else regen.persona_id
    return RegenerationOut(
        id=regen.id,
        kind=regen.kind,
        status=regen.status,
        task_id=task.task_id,
        persona_id=regen.persona_id,
        new_persona_id=regen.new_persona_id,
        index=regen.persona_index,
        position=regen.position or None,
        generation=regen.generation,
        regen_seed=regen.regen_seed,
        prompt=regen.prompt,
        created_at=utc(regen.created_at),
        decided_at=utc(regen.decided_at),
        images=[
            RegenImageOut(
                position=i["position"],
                sha256=i["sha256"],
                width=i["width"],
                height=i["height"],
                url=url_for("api.regeneration_image", regen_id=regen.id, position=i["position"]),
            )
            for i in regen.images or []
        ],
        candidate=candidate,
        links=RegenerationLinks(
            self=url_for("api.get_regeneration", regen_id=regen.id),
            accept=url_for("api.accept_regeneration", regen_id=regen.id),
            discard=url_for("api.discard_regeneration", regen_id=regen.id),
            persona=url_for("api.get_persona", persona_id=current or regen.persona_id),
        ),
    )


def share_out(share: ShareView) -> ShareOut:
    return ShareOut(id=share.id, email=share.email, created_at=utc(share.created_at))


def share_list(shares: list[ShareView]) -> ShareList:
    return ShareList(items=[share_out(s) for s in shares])
