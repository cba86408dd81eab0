"""Task use cases: validate and submit, look up (owner-scoped), cancel, retry, delete."""

from __future__ import annotations

import re
import secrets
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from flask import current_app
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from avatargen.extensions import db
from avatargen.languages import LanguageError, normalize_language
from avatargen.models import (
    GenerationTask,
    Persona,
    PersonaImage,
    Regeneration,
    TaskShare,
    TaskStatus,
    User,
)
from avatargen.models.task import CLAIMABLE, RETRYABLE, RUNNING
from avatargen.models.task_events import EventKind, append_error_log, record_event
from avatargen.models.task_state import transition
from avatargen.providers import preflight as provider_preflight
from avatargen.providers.base import Constraints, ProviderError
from avatargen.providers.registry import get_provider_class, get_text_provider
from avatargen.services import quotas
from avatargen.storage import get_storage

MAX_PERSONAS = 10_000
IMAGES_PER_PERSONA_CHOICES = (4, 8)
MAX_DESCRIPTION = 5_000
MAX_SEED = 2**63 - 1
NO_NUL_PATTERN = r"^[^\x00]*$"
MAX_TITLE = 200
# One line of printable text: no NUL (PostgreSQL) and no other control characters.
TITLE_PATTERN = r"^[^\x00-\x1f\x7f]*$"


class TaskInputError(ValueError):
    """Invalid task parameters; ``fields`` maps each bad field to a message."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))
        self.fields = fields


class TaskNotFound(LookupError):
    """No such task for this user (another user's task is 'not found' too)."""


class TaskStateError(ValueError):
    """The action does not fit the task's status (e.g. retrying a completed task)."""


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def check_raw_title(value: Any) -> Any:
    """A title's checks on the raw value, before whitespace is stripped (a tab or an
    over-long padded title is refused as the schema says, not stripped into shape)."""
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("must not contain NUL characters")
        if _CONTROL.search(value):
            raise ValueError("must be one line without control characters")
        if len(value) > MAX_TITLE:
            raise ValueError(f"must be at most {MAX_TITLE} characters")
    return value


def _title_field(default: Any = None) -> Any:
    return Field(
        default=default,
        max_length=MAX_TITLE,
        pattern=TITLE_PATTERN,
        description="An optional name for the task, shown instead of only its id "
        f"(one line, up to {MAX_TITLE} characters; blank or null: untitled).",
    )


class TaskRequest(BaseModel):
    """Parameters of a new task; field names follow the original schema."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    # No NUL (PostgreSQL text cannot hold one): said in the schema too, so the OpenAPI
    # document does not offer what the API then refuses.
    persona_description: str = Field(
        min_length=1, max_length=MAX_DESCRIPTION, pattern=NO_NUL_PATTERN
    )
    title: str | None = _title_field()
    bio_language: str
    number_to_generate: int = Field(ge=1, le=MAX_PERSONAS, strict=False)
    images_per_persona: int
    seed: int | None = Field(default=None, ge=0, le=MAX_SEED)
    text_provider: str = "offline"
    image_provider: str = "offline"
    constraints: Constraints = Field(default_factory=Constraints)

    @field_validator("title", mode="before")
    @classmethod
    def _raw_title(cls, value: Any) -> Any:
        return check_raw_title(value)

    @field_validator("title")
    @classmethod
    def _title(cls, value: str | None) -> str | None:
        return value or None  # blank (after stripping): untitled

    @field_validator("bio_language")
    @classmethod
    def _language(cls, value: str) -> str:
        try:
            return normalize_language(value)
        except LanguageError as exc:
            raise ValueError(str(exc)) from None

    @field_validator("images_per_persona")
    @classmethod
    def _images(cls, value: int) -> int:
        if value not in IMAGES_PER_PERSONA_CHOICES:
            raise ValueError("must be 4 or 8")
        return value


def _messages(exc: ValidationError) -> dict[str, str]:
    fields: dict[str, str] = {}
    for err in exc.errors():
        loc = [str(p) for p in err["loc"]]
        name = loc[0] if loc else "request"
        if name == "constraints" and len(loc) > 1:
            name = f"constraints.{loc[1]}"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown field"
        elif err["type"] in ("int_parsing", "int_type", "int_from_float"):
            msg = "must be a whole number"
        elif (
            err["type"] == "string_pattern_mismatch"
            and err.get("ctx", {}).get("pattern") == NO_NUL_PATTERN
        ):
            msg = "must not contain NUL characters"
        elif name == "title":
            msg = _title_message(err)
        elif name == "persona_description" and err["type"].startswith("string_too"):
            msg = f"Describe the people to generate (up to {MAX_DESCRIPTION:,} characters)."
        elif name == "number_to_generate" and err["type"] in (
            "greater_than_equal",
            "less_than_equal",
        ):
            msg = f"must be from 1 to {MAX_PERSONAS:,}"
        fields.setdefault(name, msg)
    return fields


def _title_message(err: Any) -> str:
    if err["type"] == "missing":
        return "required (a string, or null to remove the title)"
    if err["type"] == "string_too_long":
        return f"must be at most {MAX_TITLE} characters"
    if err["type"] == "string_type":
        return "must be a string or null"
    return err["msg"].removeprefix("Value error, ")


class TitleInput(BaseModel):
    """A new title for an existing task (the same rules as at submission)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: str | None = _title_field(...)  # required here: null removes the title

    @field_validator("title", mode="before")
    @classmethod
    def _raw_title(cls, value: Any) -> Any:
        return check_raw_title(value)

    @field_validator("title")
    @classmethod
    def _title(cls, value: str | None) -> str | None:
        return value or None


def parse_title(data: dict[str, Any]) -> str | None:
    """The title of ``{"title": ...}`` (form, JSON), None for untitled; TaskInputError if bad."""
    try:
        return TitleInput.model_validate(data).title
    except ValidationError as exc:
        raise TaskInputError(_messages(exc)) from None


def set_title(task: GenerationTask, title: str | None) -> None:
    """Rename (or, with None, untitle) ``task``: one UPDATE of the title column only, so it
    never overwrites what a worker writes to the same row meanwhile."""
    db.session.execute(
        sa.update(GenerationTask).where(GenerationTask.id == task.id).values(title=title)
    )
    db.session.commit()
    db.session.refresh(task)


def parse_request(data: dict[str, Any]) -> TaskRequest:
    """Validate raw input (form, JSON or CLI) into a TaskRequest, or raise TaskInputError."""
    try:
        req = TaskRequest.model_validate(data)
    except ValidationError as exc:
        raise TaskInputError(_messages(exc)) from None
    errors: dict[str, str] = {}
    for kind, name in (("text", req.text_provider), ("image", req.image_provider)):
        try:
            cls = get_provider_class(kind, name)
        except ProviderError as exc:
            errors[f"{kind}_provider"] = str(exc)
            continue
        ok, why = cls.enabled()
        if not ok:
            errors[f"{kind}_provider"] = f"provider {name!r} is not available: {why}"
    if "text_provider" not in errors:
        try:
            get_text_provider(req.text_provider).check_request(
                req.persona_description, req.bio_language, req.constraints
            )
        except ProviderError as exc:
            errors["bio_language" if "language" in str(exc).lower() else "constraints"] = str(exc)
    if errors:
        raise TaskInputError(errors)
    return req


def submit_task(
    user: User, data: dict[str, Any] | TaskRequest, *, dispatch: bool = True, quota: bool = True
) -> GenerationTask:
    """Validate ``data`` and store a pending task for ``user``; nothing is stored on error.

    ``dispatch=False`` keeps it off the Celery queue (a caller that runs it in-process);
    ``quota=False`` skips the user's quotas (the operator's own headless CLI runs)."""
    req = data if isinstance(data, TaskRequest) else parse_request(data)
    # Nothing is stored for a task whose images could not be stored (StoragePreflightError)
    # or whose providers cannot serve it (ProviderPreflightError: no server, key, model).
    # Both before the quota check: its lock is held only for the check and the insert.
    get_storage().ensure_ready()
    provider_preflight.check_providers(req.text_provider, req.image_provider)
    try:
        if quota:  # raises quotas.QuotaExceeded; holds the check's lock until the commit
            quotas.check_new_task(
                user, req.number_to_generate, req.images_per_persona, req.image_provider
            )
        task = _new_task(user, req)
        db.session.add(task)
        db.session.commit()
    except BaseException:
        db.session.rollback()  # and the quota check's lock with it
        raise
    if dispatch:
        _dispatch(task)
    return task


def _new_task(user: User, req: TaskRequest) -> GenerationTask:
    return GenerationTask(
        task_id=GenerationTask.generate_task_id(),
        user_id=user.id,
        persona_description=req.persona_description,
        title=req.title,
        bio_language=req.bio_language,
        number_to_generate=req.number_to_generate,
        images_per_persona=req.images_per_persona,
        seed=req.seed if req.seed is not None else secrets.randbelow(2**31),
        text_provider=req.text_provider,
        image_provider=req.image_provider,
        constraints=req.constraints.model_dump(exclude_defaults=True) or None,
        status=TaskStatus.PENDING.value,
    )


def _dispatch(task: GenerationTask) -> None:
    """In distributed mode, send the committed task to the Celery workers (the embedded
    queue needs nothing: its workers claim pending rows from the database)."""
    if current_app.config.get("QUEUE") == "celery":
        from avatargen.queue.celery_tasks import dispatch_start

        dispatch_start(task.id)


class Access(StrEnum):
    """What a lookup is for. ``OWN``: anything the owner may do (change, delete, share);
    ``READ``: reading only, which a task's share also opens. The default everywhere is
    ``OWN``: a route that forgets to say gets the narrower scope."""

    OWN = "own"
    READ = "read"


def shared_task_pks(user: User) -> sa.Select:
    """Primary keys of the completed tasks shared with ``user``."""
    return sa.select(TaskShare.task_pk).where(TaskShare.user_id == user.id)


def task_visibility(user: User, access: Access = Access.OWN) -> sa.ColumnElement[bool]:
    """The one rule of who sees which task: its owner and admins always; for reading, also
    a user it is shared with while it is completed (a share row read on each request, so a
    revoked share closes on the next one)."""
    if user.is_admin:
        return sa.true()
    own = GenerationTask.user_id == user.id
    if access is Access.OWN:
        return own
    shared = sa.and_(
        GenerationTask.status == TaskStatus.COMPLETED.value,
        GenerationTask.id.in_(shared_task_pks(user)),
    )
    return sa.or_(own, shared)


def task_query(user: User, access: Access = Access.OWN) -> sa.Select:
    """Tasks ``user`` may see for ``access``: their own (all for an admin), and for reading
    the ones shared with them."""
    return sa.select(GenerationTask).where(task_visibility(user, access))


def get_task(user: User, task_id: str, access: Access = Access.OWN) -> GenerationTask:
    task = db.session.scalar(task_query(user, access).where(GenerationTask.task_id == task_id))
    if task is None:
        raise TaskNotFound(task_id)
    return task


def can_change(user: User, task: GenerationTask) -> bool:
    """Whether ``user`` may change ``task`` (its owner or an admin), not only read it."""
    return user.is_admin or task.user_id == user.id


def cancel_task(task: GenerationTask) -> None:
    """Cancel a pending or running task. One conditional UPDATE: a worker's store that
    commits after it finds the task cancelled and stores nothing (see ``guard_store``)."""
    if not transition(task.id, CLAIMABLE, TaskStatus.CANCELLED, commit=False):
        db.session.refresh(task)
        raise TaskStateError(
            f"task {task.task_id} is {task.status}; only a pending or running task can be cancelled"
        )
    record_event(task.id, EventKind.CANCEL, "cancel requested")
    db.session.commit()
    db.session.refresh(task)


def retry_task(task: GenerationTask, *, quota: bool = True) -> None:
    """Put a failed or cancelled task back in the queue; what exists is kept and reused.

    The owner's quotas are checked as for a new task (the task queues again, its
    personas are in flight again, its missing images will be stored); raises
    :class:`~avatargen.services.quotas.QuotaExceeded`."""
    if task.imported_from:  # its providers are the original's: nothing here can resume it
        raise TaskStateError(
            f"task {task.task_id} was imported from the original application; it cannot be "
            "retried here (start a new task instead)"
        )
    try:
        if quota and task.status in {s.value for s in RETRYABLE}:
            owner = db.session.get(User, task.user_id)
            missing = max(0, task.number_to_generate * task.images_per_persona - task.images_done)
            quotas.check(
                owner, personas=task.number_to_generate, images=missing,
                provider=task.image_provider,
            )  # fmt: skip
        if not transition(task.id, RETRYABLE, TaskStatus.PENDING, commit=False, report=None):
            db.session.rollback()
            db.session.refresh(task)
            raise TaskStateError(
                f"task {task.task_id} is {task.status}; only a failed or cancelled task can be "
                "retried"
            )
        record_event(task.id, EventKind.RETRY, "retry requested")
        append_error_log(task.id, "retry requested")
        db.session.commit()
    except BaseException:
        db.session.rollback()
        raise
    db.session.refresh(task)
    _dispatch(task)


def delete_task(task: GenerationTask) -> None:
    """Remove the task, its personas and images rows, and its stored files.

    A running task must be cancelled first: its worker is still writing to it."""
    if task.status in RUNNING:
        raise TaskStateError(f"task {task.task_id} is {task.status}; cancel it before deleting it")
    persona_ids = sa.select(Persona.id).where(Persona.task_pk == task.id)
    db.session.execute(sa.delete(PersonaImage).where(PersonaImage.persona_id.in_(persona_ids)))
    db.session.execute(sa.delete(Persona).where(Persona.task_pk == task.id))
    db.session.execute(sa.delete(Regeneration).where(Regeneration.task_pk == task.id))
    db.session.execute(sa.delete(TaskShare).where(TaskShare.task_pk == task.id))
    task_id = task.task_id
    db.session.delete(task)
    db.session.commit()
    get_storage().delete_prefix(task_id)


def find_task(task_id: str) -> GenerationTask | None:
    """Any user's task by its short id (for operators: CLI, workers)."""
    return db.session.scalar(sa.select(GenerationTask).where(GenerationTask.task_id == task_id))
