"""Regenerate one image or one whole persona; accept or discard the result.

A regeneration is made synchronously, in the request that asks for it: it is one
persona's work at most (one text request and ``images_per_persona`` images, or one
image), about 0.1-0.5 s of CPU with the offline providers; it is throttled per user
(``AVATARGEN_REGENERATE_THROTTLE``) and counted in the quotas while it waits. Its files
are stored beside the current ones and its row says what it is; the persona, its images,
the API, pages and exports keep showing the current version until the owner accepts it
(then it replaces that version in one transaction, and the old files are deleted) or
discards it (its files are deleted). A persona has at most one regeneration waiting.

Rules kept here: the task must have finished (a running task's workers are still
writing it; a retry that starts afterwards waits for an accept's row lock); another
user's persona or regeneration is "not found"; a prompt change is for model image
providers only (the offline renderer draws from the persona's fields).
"""

from __future__ import annotations

import contextlib
from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy.exc import IntegrityError

from avatargen.extensions import db
from avatargen.models import (
    GenerationTask,
    Persona,
    PersonaImage,
    Regeneration,
    RegenKind,
    RegenStatus,
    User,
)
from avatargen.models.base import utcnow
from avatargen.models.persona import new_persona_id
from avatargen.models.task import FINISHED
from avatargen.models.task_events import record_traces
from avatargen.names_order import full_name
from avatargen.persona_record import PersonaDraft
from avatargen.persona_rows import persona_from_draft
from avatargen.pipeline.pool import MadeImage
from avatargen.pipeline.regenerate import (
    MAX_SEED,
    RegenerationFailed,
    image_variation,
    new_person,
    regen_seed,
)
from avatargen.providers.base import GeneratedImage
from avatargen.providers.registry import get_image_provider
from avatargen.services import quotas
from avatargen.services.action_limits import take
from avatargen.services.queries import NotFound, get_persona
from avatargen.services.tasks import NO_NUL_PATTERN
from avatargen.storage import get_storage

MAX_PROMPT = 500
_FINISHED = [s.value for s in FINISHED]

__all__ = [
    "MAX_PROMPT",
    "RegenerationConflict",
    "RegenerationFailed",
    "RegenerationInputError",
    "accept",
    "discard",
    "get_regeneration",
    "regenerate_image",
    "regenerate_persona",
]


class RegenerationConflict(Exception):
    """The action does not fit the state (task running, one already waiting, decided)."""


class RegenerationInputError(ValueError):
    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))
        self.fields = fields


class RegeneratePersonaRequest(BaseModel):
    """Body of a persona regeneration (all optional)."""

    model_config = ConfigDict(extra="forbid")

    seed: int | None = Field(
        default=None,
        ge=1,
        le=MAX_SEED,
        description="The regeneration's seed; default: derived from the task's seed and "
        "the regeneration's number. The same seed gives the same result again.",
    )

    @field_validator("seed", mode="before")
    @classmethod
    def _no_bool(cls, value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError("must be a whole number")
        if value == "":
            return None
        return value


class RegenerateImageRequest(RegeneratePersonaRequest):
    """Body of an image regeneration (all optional)."""

    prompt: str = Field(
        default="",
        max_length=MAX_PROMPT,
        pattern=NO_NUL_PATTERN,
        description="Added to the prompt of a model image provider (not for 'offline').",
    )


def parse_options(data: dict[str, Any], *, prompt_allowed: bool) -> RegenerateImageRequest:
    """The body of a regeneration or :class:`RegenerationInputError` with its fields."""
    model = RegenerateImageRequest if prompt_allowed else RegeneratePersonaRequest
    try:
        parsed = model.model_validate(data)
    except ValidationError as exc:
        fields: dict[str, str] = {}
        for err in exc.errors():
            name = str(err["loc"][0]) if err["loc"] else "request"
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown field"
            elif err["type"] in ("int_parsing", "int_type", "int_from_float"):
                msg = "must be a whole number"
            fields.setdefault(name, msg)
        raise RegenerationInputError(fields) from None
    if isinstance(parsed, RegenerateImageRequest):
        return parsed
    return RegenerateImageRequest(seed=parsed.seed)


def _finished(task: GenerationTask) -> None:
    if task.status not in _FINISHED:
        raise RegenerationConflict(
            f"task {task.task_id} is {task.status}: regenerate once it has finished"
        )


def waiting_for(persona: Persona) -> Regeneration | None:
    """The regeneration of ``persona`` waiting for accept / discard, if any."""
    return db.session.scalar(
        sa.select(Regeneration).where(
            Regeneration.task_pk == persona.task_pk,
            Regeneration.persona_index == persona.persona_index,
            Regeneration.status == RegenStatus.READY.value,
        )
    )


def _start(user: User, persona_id: str) -> tuple[Persona, GenerationTask]:
    persona, task = get_persona(user, persona_id)  # NotFound for another user's
    _finished(task)
    if task.imported_from:  # made by the original's providers, which this app does not have
        raise RegenerationConflict(
            "this persona was imported from the original application; it cannot be regenerated here"
        )
    if waiting_for(persona) is not None:
        raise RegenerationConflict(
            "a regeneration of this persona is waiting: accept or discard it first"
        )
    return persona, task


def _generation(task_pk: int, index: int, kind: str, position: int) -> int:
    last = db.session.scalar(
        sa.select(sa.func.max(Regeneration.generation)).where(
            Regeneration.task_pk == task_pk,
            Regeneration.persona_index == index,
            Regeneration.kind == kind,
            Regeneration.position == position,
        )
    )
    return (last or 0) + 1


def _check_quota(user: User, images: int, provider: str) -> None:
    quotas.check_images(user, images=images, provider=provider)


def _store(
    user: User,
    task: GenerationTask,
    row: Regeneration,
    made: list[tuple[str, MadeImage]],
    traces: list,
) -> Regeneration:
    """Files first, then the row and the provider calls' traces, committed under the quota
    check's lock; on any failure the files just written are removed and nothing is stored
    (the traces then go in by themselves: the calls were made)."""
    storage = get_storage()
    images = []
    for key, image in made:
        storage.put(key, image.data)
        images.append(
            {
                "position": image.position,
                "storage_key": key,
                "width": image.width,
                "height": image.height,
                "sha256": image.sha256,
                "size_bytes": len(image.data),
                "content_credentials": image.content_credentials,
                "provider": task.image_provider,
            }
        )
    row.images = images
    row.image_count = len(images)
    row.size_bytes = sum(i["size_bytes"] for i in images)
    try:
        _check_quota(user, len(images), task.image_provider)
        db.session.add(row)
        record_traces(task.id, traces)
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        _delete([key for key, _ in made])
        _record_calls(task.id, traces)
        raise RegenerationConflict("this regeneration was just made by another request") from None
    except BaseException:
        db.session.rollback()
        _delete([key for key, _ in made])
        _record_calls(task.id, traces)
        raise
    return row


def _record_calls(task_pk: int, traces: list) -> None:
    """Store the traces of provider calls whose result is not kept (a failed call, or a
    regeneration that could not be stored), in a transaction of their own."""
    if traces:
        record_traces(task_pk, traces)
        db.session.commit()


@contextlib.contextmanager
def _traced_failure(task_pk: int):
    """A provider call that raised still leaves its traces (``exc.traces``)."""
    try:
        yield
    except Exception as exc:
        db.session.rollback()
        _record_calls(task_pk, list(getattr(exc, "traces", [])))
        raise


def _delete(keys: list[str]) -> None:
    storage = get_storage()
    for key in keys:
        storage.delete(key)


def _ext(image: MadeImage) -> str:
    return "png" if image.format == "PNG" else "jpg"


def regenerate_image(
    user: User, persona_id: str, position: int, data: dict[str, Any] | None = None
) -> Regeneration:
    """A new variation of image ``position`` of the persona (the same identity), waiting
    for accept / discard. ``data``: optional ``seed``, and ``prompt`` for model providers."""
    persona, task = _start(user, persona_id)
    options = parse_options(data or {}, prompt_allowed=True)
    stored = {image.position: image for image in persona.images}
    if position not in stored:
        raise NotFound(f"image {position} of persona {persona_id}")
    provider = get_image_provider(task.image_provider)
    options.prompt = " ".join(options.prompt.split())
    if options.prompt and "network" not in provider.capabilities:
        raise RegenerationInputError(
            {
                "prompt": f"the {provider.id!r} image provider draws from the persona's "
                "fields and takes no prompt; leave it empty"
            }
        )
    take("regenerate", user.id, "REGENERATE_THROTTLE", "30 per minute")
    _check_quota(user, 1, task.image_provider)
    kind = RegenKind.IMAGE.value
    generation = _generation(task.id, persona.persona_index, kind, position)
    seed = options.seed or regen_seed(task, persona.persona_index, kind, position, generation)
    base = None
    if position > 1 and 1 in stored:
        b = stored[1]
        base = GeneratedImage(get_storage().get(b.storage_key), b.width, b.height)
    row = Regeneration(
        task_pk=task.id,
        persona_index=persona.persona_index,
        persona_id=persona.id,
        kind=kind,
        position=position,
        generation=generation,
        regen_seed=seed,
        prompt=options.prompt or None,
        status=RegenStatus.READY.value,
    )
    db.session.commit()  # no transaction stays open during the provider call
    with _traced_failure(task.id):
        made = image_variation(task, persona, position, seed, options.prompt, base)
    key = f"{task.task_id}/{persona.id}/{position}-r{generation}.{_ext(made)}"
    return _store(user, task, row, [(key, made)], made.traces)


def regenerate_persona(
    user: User, persona_id: str, data: dict[str, Any] | None = None
) -> Regeneration:
    """A new person at the persona's position (a new record and all its images), waiting
    for accept / discard. ``data``: optional ``seed``."""
    persona, task = _start(user, persona_id)
    options = parse_options(data or {}, prompt_allowed=False)
    take("regenerate", user.id, "REGENERATE_THROTTLE", "30 per minute")
    _check_quota(user, task.images_per_persona, task.image_provider)
    kind = RegenKind.PERSONA.value
    generation = _generation(task.id, persona.persona_index, kind, 0)
    seed = options.seed or regen_seed(task, persona.persona_index, kind, 0, generation)
    names = set(
        db.session.execute(
            sa.select(Persona.first_name, Persona.last_name).where(
                Persona.task_pk == task.id, Persona.id != persona.id
            )
        ).all()
    )
    avoid = frozenset(full_name(first, last) for first, last in names)
    new_id = new_persona_id()
    row = Regeneration(
        task_pk=task.id,
        persona_index=persona.persona_index,
        persona_id=persona.id,
        kind=kind,
        position=0,
        generation=generation,
        regen_seed=seed,
        status=RegenStatus.READY.value,
        new_persona_id=new_id,
    )
    index, task_id = persona.persona_index, task.task_id
    db.session.commit()
    with _traced_failure(task.id):
        made = new_person(task, index, new_id, seed, avoid)
    row.draft = made.draft.model_dump(mode="json")
    files = [(f"{task_id}/{new_id}/{m.position}.{_ext(m)}", m) for m in made.images]
    return _store(user, task, row, files, made.traces)


def get_regeneration(user: User, regen_id: int) -> tuple[Regeneration, GenerationTask]:
    """``user``'s regeneration (any for an admin); NotFound otherwise."""
    query = (
        sa.select(Regeneration, GenerationTask)
        .join(GenerationTask, GenerationTask.id == Regeneration.task_pk)
        .where(Regeneration.id == regen_id)
    )
    if not user.is_admin:
        query = query.where(GenerationTask.user_id == user.id)
    found = db.session.execute(query).first()
    if found is None:
        raise NotFound(f"regeneration {regen_id}")
    return found[0], found[1]


def candidate_image(regen: Regeneration, position: int) -> dict[str, Any]:
    for image in regen.images or []:
        if image["position"] == position:
            return image
    raise NotFound(f"image {position} of regeneration {regen.id}")


def _decide(regen: Regeneration, status: RegenStatus) -> None:
    """The conditional UPDATE ready -> ``status``; a second decision loses (409)."""
    won = db.session.execute(
        sa.update(Regeneration)
        .where(Regeneration.id == regen.id, Regeneration.status == RegenStatus.READY.value)
        .values(status=status.value, decided_at=utcnow())
        .execution_options(synchronize_session=False)
    ).rowcount
    if won != 1:
        db.session.rollback()
        raise RegenerationConflict(f"regeneration {regen.id} was already {regen.status}")


def _task_still_finished(task: GenerationTask, images_delta: int = 0) -> None:
    """In the accepting transaction: the task has not been retried meanwhile (this locks
    its row until the commit, so a retry waits); adjust its stored-image count."""
    t = GenerationTask
    won = db.session.execute(
        sa.update(t)
        .where(t.id == task.id, t.status.in_(_FINISHED))
        .values(images_done=t.images_done + images_delta, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    ).rowcount
    if won != 1:
        db.session.rollback()
        raise RegenerationConflict(f"task {task.task_id} is running again: accept it later")


def accept(user: User, regen_id: int) -> Regeneration:
    """Make the regeneration the current version; the old files are deleted."""
    regen, task = get_regeneration(user, regen_id)
    if regen.status != RegenStatus.READY.value:
        raise RegenerationConflict(f"regeneration {regen.id} was already {regen.status}")
    old = db.session.get(Persona, regen.persona_id)
    if old is None or old.task_pk != task.id:
        raise RegenerationConflict("the persona it was made from has been replaced or deleted")
    old_images = list(old.images)
    old_keys = [image.storage_key for image in old_images]
    _decide(regen, RegenStatus.ACCEPTED)
    if regen.kind == RegenKind.IMAGE.value:
        new = regen.images[0]
        target = next((i for i in old_images if i.position == regen.position), None)
        if target is None:
            db.session.rollback()
            raise RegenerationConflict(f"image {regen.position} of the persona is gone")
        old_keys = [target.storage_key]
        _task_still_finished(task)
        db.session.execute(
            sa.update(PersonaImage)
            .where(PersonaImage.id == target.id)
            .values(
                storage_key=new["storage_key"],
                width=new["width"],
                height=new["height"],
                sha256=new["sha256"],
                size_bytes=new["size_bytes"],
                content_credentials=new["content_credentials"],
                provider=new["provider"],
                created_at=utcnow(),
            )
            .execution_options(synchronize_session=False)
        )
    else:
        _task_still_finished(task, len(regen.images) - len(old_images))
        index = old.persona_index
        db.session.execute(sa.delete(PersonaImage).where(PersonaImage.persona_id == old.id))
        db.session.execute(sa.delete(Persona).where(Persona.id == old.id))
        db.session.expunge(old)
        row = persona_from_draft(
            task.id, index, PersonaDraft.model_validate(regen.draft), task.bio_language
        )
        row.id = regen.new_persona_id
        db.session.add(row)
        db.session.flush()
        db.session.execute(
            sa.insert(PersonaImage),
            [
                {
                    "persona_id": row.id,
                    "position": i["position"],
                    "storage_key": i["storage_key"],
                    "width": i["width"],
                    "height": i["height"],
                    "sha256": i["sha256"],
                    "provider": i["provider"],
                    "is_base": i["position"] == 1,
                    "content_credentials": i["content_credentials"],
                    "size_bytes": i["size_bytes"],
                }
                for i in regen.images
            ],
        )
    db.session.commit()
    _delete([k for k in old_keys if k not in {i["storage_key"] for i in regen.images}])
    db.session.refresh(regen)
    return regen


def discard(user: User, regen_id: int) -> Regeneration:
    """Throw the regeneration away (its files are deleted); the current version stays."""
    regen, _task = get_regeneration(user, regen_id)
    if regen.status != RegenStatus.READY.value:
        raise RegenerationConflict(f"regeneration {regen.id} was already {regen.status}")
    _decide(regen, RegenStatus.DISCARDED)
    db.session.commit()
    _delete([i["storage_key"] for i in regen.images or []])
    db.session.refresh(regen)
    return regen
