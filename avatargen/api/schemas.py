"""Pydantic models of the API: query parameters in, every response body out.

Handlers validate query strings with the ``*Query`` models and the task body with the
shared :class:`avatargen.services.tasks.TaskRequest`, and serialize every JSON response
through the ``*Out`` models; the OpenAPI document is generated from these same models, so
the document and the responses cannot drift apart. Output models forbid extra keys: a
field added to a record without its model fails loudly instead of going undocumented.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from avatargen.models.task import TaskStatus
from avatargen.persona_record import PersonaRecord
from avatargen.providers.base import Constraints
from avatargen.services.persona_search import PersonaFilter
from avatargen.services.queries import PERSONAS_PER_PAGE, TASKS_PER_PAGE

MAX_PER_PAGE = 100
MAX_PAGE = 1_000_000  # keeps offsets far from integer overflow in the database
ExportFormat = Literal["json", "jsonl", "csv", "zip", "parquet"]


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Query(BaseModel):
    # An unknown parameter is refused (422) like an unknown body field: a typo such as
    # ``?per-page=10`` must not be silently ignored.
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- input: queries


class PageQuery(_Query):
    page: int = Field(default=1, ge=1, le=MAX_PAGE, description="1-based page number.")
    per_page: int = Field(
        default=PERSONAS_PER_PAGE, ge=1, le=MAX_PER_PAGE, description="Items per page."
    )


class TaskListQuery(PageQuery):
    per_page: int = Field(
        default=TASKS_PER_PAGE, ge=1, le=MAX_PER_PAGE, description="Items per page."
    )
    status: TaskStatus | None = Field(default=None, description="Only tasks with this status.")
    owner: str | None = Field(
        default=None,
        max_length=255,
        pattern=r"^[^\x00]*$",
        description="Only the tasks of the user with this email (for admins, who see "
        "every user's tasks; anyone else sees only their own either way).",
    )


class SharedListQuery(PageQuery):
    per_page: int = Field(
        default=TASKS_PER_PAGE, ge=1, le=MAX_PER_PAGE, description="Items per page."
    )


class PersonaListQuery(PageQuery, PersonaFilter):
    """A page of a task's personas, narrowed by the gallery's filters."""


class ExportQuery(_Query):
    format: ExportFormat = Field(description="File format of the download.")


# --------------------------------------------------------------------------- output


class ErrorBody(_Out):
    code: str = Field(
        pattern=r"^[a-z][a-z0-9_]*$", description="Machine-readable snake_case error code."
    )
    message: str = Field(description="What went wrong, for people.")
    fields: dict[str, str] = Field(
        default_factory=dict, description="Per-field messages of a validation error."
    )


class ErrorOut(_Out):
    """The one error shape of the API."""

    error: ErrorBody


class ProgressOut(_Out):
    personas_done: int
    personas_total: int
    images_done: int
    images_total: int
    fraction: float = Field(ge=0, le=1, description="Share of all work units done.")
    elapsed_seconds: float | None
    remaining_seconds: float | None = Field(description="Estimate while the task runs.")


class TaskLinks(_Out):
    self: str
    personas: str
    export: str


class TaskOut(_Out):
    """A generation task; times are ISO 8601 in UTC."""

    task_id: str
    title: str | None = Field(description="The task's name, or null when untitled.")
    owner: str = Field(description="Email of the task's owner.")
    status: TaskStatus
    persona_description: str
    bio_language: str = Field(description="BCP 47 code.")
    number_to_generate: int
    images_per_persona: int
    seed: int | None
    text_provider: str
    image_provider: str
    constraints: Constraints
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    error_log: str | None
    progress: ProgressOut
    links: TaskLinks


class TaskList(_Out):
    items: list[TaskOut]
    page: int
    per_page: int
    total: int
    pages: int


class ShareIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(
        min_length=1,
        max_length=255,
        pattern=r"^[^\x00]*$",
        description="Email of the user to share the task with (read-only).",
    )


class ShareOut(_Out):
    id: int = Field(description="The share's id (to revoke it).")
    email: str = Field(description="The user the task is shared with.")
    created_at: datetime


class ShareList(_Out):
    items: list[ShareOut]


class PersonaRecordOut(PersonaRecord):
    """The persona record (contract): the same object as in JSON/JSONL exports."""


class PersonaPage(_Out):
    items: list[PersonaRecordOut]
    page: int
    per_page: int
    total: int
    pages: int


class EstimateOut(_Out):
    personas: int
    images: int
    seconds: float = Field(description="Estimated generation time.")
    cost_usd: float | None = Field(
        description="Estimated provider cost in US dollars from the configured price table "
        "(AVATARGEN_PRICES); null when a provider that costs money has no price configured."
    )
    text_provider: str
    image_provider: str


class PreviewRecordOut(PersonaRecordOut):
    """A previewed persona record: the record the task will store, before it has ids."""

    id: None = Field(default=None, description="null: ids are given when the task stores it.")
    task_id: None = Field(default=None, description="null: no task exists yet.")
    images: list[str] = Field(max_length=0, description="Empty: see the preview's portrait.")


class PreviewPersonaOut(_Out):
    record: PreviewRecordOut
    portrait: str = Field(
        pattern=r"^data:image/(png|jpeg);base64,",
        description="The base portrait as a data URL (kept nowhere on the server).",
    )
    portrait_sha256: str = Field(description="SHA-256 of the portrait's bytes.")


class PreviewFailureOut(_Out):
    index: int
    reason: str


class PreviewOut(_Out):
    """The first personas a task with these settings and this seed will store."""

    seed: int = Field(description="The seed used; send it with the task to get these personas.")
    count: int = Field(ge=0, le=5)
    personas: list[PreviewPersonaOut]
    failures: list[PreviewFailureOut]
    elapsed_ms: int
    synthetic: Literal[True]


class RegenImageOut(_Out):
    position: int
    sha256: str
    width: int
    height: int
    url: str = Field(description="The new image's bytes (the owner's token).")


class RegenerationLinks(_Out):
    self: str
    accept: str
    discard: str
    persona: str = Field(description="The current persona at this position.")


class RegenerationOut(_Out):
    """A regeneration: the new version of an image or a persona, kept beside the current
    one until it is accepted or discarded. Times are ISO 8601 in UTC."""

    id: int
    kind: Literal["image", "persona"]
    status: Literal["ready", "accepted", "discarded"]
    task_id: str
    persona_id: str = Field(description="The persona it was made from.")
    new_persona_id: str | None = Field(description="kind persona: the new persona's id.")
    index: int = Field(ge=0, description="The persona's position in the task.")
    position: int | None = Field(description="kind image: the image position; else null.")
    generation: int = Field(ge=1, description="1 for the first regeneration of it, then 2...")
    regen_seed: int = Field(description="The seed it was made with (send it to redo it).")
    prompt: str | None
    created_at: datetime
    decided_at: datetime | None
    images: list[RegenImageOut]
    candidate: PersonaRecordOut | None = Field(
        description="kind persona: the record accepting it stores; else null."
    )
    links: RegenerationLinks
