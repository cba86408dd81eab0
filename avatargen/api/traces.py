"""``GET /api/v1/tasks/{task_id}/traces``: the task's provider calls, a page at a time.

The caller's task only (any task for an admin; another user's task is 404). Filters:
``kind`` (text, image), ``outcome`` (ok, an error kind, or ``failed`` for every error)
and ``request`` (chat, batch, base_portrait, variant); an unknown value is a 422.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from avatargen.api.blueprint import bp
from avatargen.api.inputs import query
from avatargen.api.routes import _task
from avatargen.api.schemas import MAX_PAGE, MAX_PER_PAGE, PageQuery, _Out
from avatargen.api.serialize import json_response
from avatargen.models.task_events import TaskUsage, list_traces
from avatargen.providers.tracing import OUTCOMES, REQUESTS

TRACES_PER_PAGE = 50
Kind = Literal["text", "image"]
Outcome = Literal.__getitem__(("failed", *OUTCOMES))  # type: ignore[misc]
Request = Literal.__getitem__(REQUESTS)  # type: ignore[misc]


class TraceQuery(PageQuery):
    page: int = Field(default=1, ge=1, le=MAX_PAGE, description="1-based page number.")
    per_page: int = Field(
        default=TRACES_PER_PAGE, ge=1, le=MAX_PER_PAGE, description="Items per page."
    )
    kind: Kind | None = Field(default=None, description="Only text or only image calls.")
    outcome: Outcome | None = Field(
        default=None, description="Only calls with this outcome; 'failed': every error."
    )
    request: Request | None = Field(default=None, description="Only this request kind.")


class TraceOut(_Out):
    """One provider call. Rows stored before traces existed are usage aggregates: their
    trace fields are null."""

    id: int
    kind: Kind
    provider: str | None
    model: str | None
    request: str | None = Field(description="chat, batch, base_portrait or variant.")
    started_at: datetime | None
    latency_ms: int | None
    prompt_tokens: int
    completion_tokens: int
    attempts: int = Field(description="HTTP requests made, retries included (0: local work).")
    images: int
    outcome: str | None = Field(description="ok, or the error kind.")
    error: str | None = Field(description="One line; keys are never stored.")
    persona_index: int | None
    position: int | None = Field(description="Image position (images only).")
    prompt: str | None = Field(
        description="The prompt sent (only while the admin setting keeps prompts; bounded)."
    )
    response: str | None = Field(description="The text received (same condition).")


class TracePage(_Out):
    items: list[TraceOut]
    page: int
    per_page: int
    total: int
    pages: int


def trace_out(row: TaskUsage) -> TraceOut:
    return TraceOut(
        id=row.id,
        kind=row.kind,
        provider=row.provider,
        model=row.model,
        request=row.request,
        started_at=row.started_at,
        latency_ms=row.latency_ms,
        prompt_tokens=row.prompt_tokens,
        completion_tokens=row.completion_tokens,
        attempts=row.requests,
        images=row.images,
        outcome=row.outcome,
        error=row.error,
        persona_index=row.persona_index,
        position=row.position,
        prompt=row.prompt,
        response=row.response,
    )


@bp.get("/tasks/<task_id>/traces")
def list_task_traces(task_id: str):
    q = query(TraceQuery)
    task = _task(task_id)
    rows, total = list_traces(
        task.id,
        page=q.page,
        per_page=q.per_page,
        kind=q.kind,
        outcome=q.outcome,
        request=q.request,
    )
    pages = max(1, -(-total // q.per_page))
    return json_response(
        TracePage(
            items=[trace_out(r) for r in rows],
            page=q.page,
            per_page=q.per_page,
            total=total,
            pages=pages,
        )
    )
