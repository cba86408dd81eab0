"""Image stage: the base portrait and identity-keeping variants of every persona.

Two passes: base portraits first (so a gallery fills early), then the variants, each made
from its persona's stored base. Up to ``provider.concurrency`` images are in flight; every
image gets provenance metadata, goes to storage under a key built from ids, and its row is
committed at once, so a resumed task only makes the positions still missing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.exc import IntegrityError

from avatargen import provenance
from avatargen.extensions import db
from avatargen.models import Persona, PersonaImage, TaskStatus
from avatargen.models.task_events import EventKind, record_event, record_failure, record_usage
from avatargen.pipeline.context import RunContext, TaskCancelled
from avatargen.pipeline.parallel import run_bounded
from avatargen.providers.base import Appearance, GeneratedImage, ImageProvider, ImageSubject
from avatargen.storage import Storage, get_storage, image_key

log = logging.getLogger(__name__)
PAGE = 200  # personas loaded per query


@dataclass(frozen=True)
class ImageJob:
    subject: ImageSubject
    position: int
    base_key: str | None  # storage key of the base portrait (variants only)
    base_size: tuple[int, int] = (0, 0)


def subject_for(persona: Persona, task_id: str, seed: int) -> ImageSubject:
    return ImageSubject(
        persona_id=persona.id,
        task_id=task_id,
        index=persona.persona_index,
        gender=persona.gender,
        age=persona.age,
        appearance=Appearance.model_validate(persona.appearance),
        occupation=persona.occupation,
        interests=list(persona.interests),
        seed=seed,
    )


def _pages(
    task_pk: int, persona_ids: list[str] | None = None
) -> Iterator[tuple[list[Persona], dict[str, dict[int, PersonaImage]]]]:
    """Personas (all, or those of ``persona_ids``) a page at a time, with their stored
    images by position."""
    last = -1
    while True:
        query = sa.select(Persona).where(Persona.task_pk == task_pk, Persona.persona_index > last)
        if persona_ids is not None:
            query = query.where(Persona.id.in_(persona_ids))
        personas = list(db.session.scalars(query.order_by(Persona.persona_index).limit(PAGE)))
        if not personas:
            return
        last = personas[-1].persona_index
        have: dict[str, dict[int, PersonaImage]] = {p.id: {} for p in personas}
        for image in db.session.scalars(
            sa.select(PersonaImage).where(PersonaImage.persona_id.in_(list(have)))
        ):
            have[image.persona_id][image.position] = image
        yield personas, have


def _jobs(
    ctx: RunContext, variants: bool, persona_ids: list[str] | None = None
) -> Iterator[ImageJob]:
    task = ctx.task
    seed = task.seed or 0
    for personas, have in _pages(task.id, persona_ids):
        # Build the page's jobs before yielding any: commits in between expire the rows.
        jobs: list[ImageJob] = []
        for persona in personas:
            stored = have[persona.id]
            if not variants:
                if 1 not in stored:
                    jobs.append(ImageJob(subject_for(persona, task.task_id, seed), 1, None))
                continue
            base = stored.get(1)
            if base is None:
                continue  # its base failed: variants cannot keep an identity without one
            subject = subject_for(persona, task.task_id, seed)
            for position in range(2, task.images_per_persona + 1):
                if position not in stored:
                    jobs.append(
                        ImageJob(subject, position, base.storage_key, (base.width, base.height))
                    )
        yield from jobs


def run_image_stage(
    ctx: RunContext, provider: ImageProvider, persona_ids: list[str] | None = None
) -> int:
    """Make all missing images (of every persona, or of ``persona_ids`` only: base portraits
    first, then variants); return how many could not be made."""
    task = ctx.task
    storage = get_storage()
    size = int(current_app.config.get("IMAGE_SIZE", 512))

    def make(job: ImageJob) -> GeneratedImage:  # runs in a provider thread: no DB here
        if job.position == 1:
            return provider.base_portrait(job.subject, size)
        base = GeneratedImage(storage.get(job.base_key), *job.base_size)
        return provider.variant(job.subject, base, job.position, size)

    failures = 0
    for variants in (False, True):
        outcomes = run_bounded(
            _jobs(ctx, variants, persona_ids),
            make,
            provider.concurrency,
            before_each=lambda: ctx.checkpoint(TaskStatus.GENERATING_IMAGES),
        )
        for outcome in outcomes:
            job = outcome.job
            if outcome.error is not None:
                failures += 1
                exc = outcome.error
                log.warning(
                    "task %s persona %d image %d failed: %s",
                    task.task_id,
                    job.subject.index,
                    job.position,
                    exc,
                )
                where = f"persona {job.subject.index} image {job.position}"
                record_failure(
                    task.id,
                    f"{where}: {type(exc).__name__}: {exc}",
                    stage=TaskStatus.GENERATING_IMAGES.value,
                )
                db.session.commit()
                continue
            _store(ctx, provider, storage, job, outcome.value)
            ctx.report_progress()
    return failures


def _store(
    ctx: RunContext, provider: ImageProvider, storage: Storage, job: ImageJob, image: GeneratedImage
) -> None:
    task = ctx.task
    persona_id = job.subject.persona_id
    data = provenance.embed(
        image.data,
        source_type=provider.digital_source_type,
        task_id=task.task_id,
        persona_id=persona_id,
        position=job.position,
        provider=provider.id,
    )
    ext = "png" if image.format == "PNG" else "jpg"
    key = image_key(task.task_id, persona_id, job.position, ext)
    storage.put(key, data)  # same key on a redo: a file is replaced, never duplicated
    db.session.add(
        PersonaImage(
            persona_id=persona_id,
            position=job.position,
            storage_key=key,
            width=image.width,
            height=image.height,
            sha256=GeneratedImage(data, image.width, image.height).sha256,
            provider=provider.id,
            is_base=job.position == 1,
            content_credentials=provenance.has_content_credentials(data),
        )
    )
    record_usage(task.id, "image", image.usage)
    record_event(task.id, EventKind.IMAGES_DONE, stage=TaskStatus.GENERATING_IMAGES.value)
    try:
        # Stored only if the task is still making images (a committed cancel wins).
        ctx.guard_store(TaskStatus.GENERATING_IMAGES, images=1)
        db.session.commit()
    except TaskCancelled:
        record_usage(task.id, "image", image.usage)  # nothing stored, but the call was made
        db.session.commit()
        if not db.session.scalar(sa.select(PersonaImage.id).where(PersonaImage.storage_key == key)):
            storage.delete(key)  # no row will point at the file written above
        raise
    except IntegrityError:
        db.session.rollback()  # another worker stored this position already
        record_usage(task.id, "image", image.usage)  # the call was made: its usage counts
        db.session.commit()
