"""Image stage: the base portrait and identity-keeping variants of every persona.

CPU-bound providers (``cpu_bound = True``, e.g. ``offline``) get one process-pool job per
persona (:mod:`avatargen.pipeline.pool`): its base portrait, then its variants from that
base, in one process, so the renderer can reuse what it drew once. I/O-bound providers
keep threads and two passes (all base portraits first, so a gallery fills early, then the
variants, each made from its persona's stored base). Either way provenance is embedded
where the image is made, and the calling thread, the only one with a DB session, stores
the results in batches (:mod:`avatargen.pipeline.batch`): files under keys built from
ids, then one guarded transaction of rows, so a resumed task only makes the positions
still missing and a cancel stops storing at once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, wait
from dataclasses import dataclass

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.exc import IntegrityError

from avatargen import trace_settings
from avatargen.c2pa import signing
from avatargen.c2pa.signing import SigningSettings
from avatargen.extensions import db
from avatargen.models import Persona, PersonaImage, TaskStatus
from avatargen.models.task_events import (
    EventKind,
    record_event,
    record_failure,
    record_traces,
    record_usage,
)
from avatargen.pipeline.batch import Batching, StatusCheck, after_batch
from avatargen.pipeline.context import RunContext, TaskCancelled
from avatargen.pipeline.parallel import run_bounded
from avatargen.pipeline.pool import (
    MadeImage,
    PersonaJob,
    finish,
    made_key,
    persona_images,
    pool_size,
    run_pooled,
    stored_keys,
)
from avatargen.pipeline.traces import traced_image
from avatargen.providers.base import Appearance, GeneratedImage, ImageProvider, ImageSubject, Usage
from avatargen.storage import FileStorage, Storage, get_storage

log = logging.getLogger(__name__)
PAGE = 200  # personas loaded per query
STAGE = TaskStatus.GENERATING_IMAGES


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
    """Per-image jobs (thread path): base portraits, or the variants of stored bases."""
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


def _persona_jobs(
    ctx: RunContext,
    provider: ImageProvider,
    storage: Storage,
    size: int,
    persona_ids: list[str] | None,
    signer: SigningSettings | None,
    capture: bool = False,
) -> Iterator[PersonaJob]:
    """One job per persona with missing images (process-pool path)."""
    task = ctx.task
    seed = task.seed or 0
    options = provider.options.model_dump(mode="json")
    wanted = range(1, task.images_per_persona + 1)
    for personas, have in _pages(task.id, persona_ids):
        jobs: list[PersonaJob] = []
        for persona in personas:
            stored = have[persona.id]
            missing = tuple(p for p in wanted if p not in stored)
            if not missing:
                continue
            base = None
            if 1 in stored:  # a resumed persona: its variants keep the stored base
                row = stored[1]
                base = GeneratedImage(storage.get(row.storage_key), row.width, row.height)
            jobs.append(
                PersonaJob(
                    provider_id=provider.id,
                    options=options,
                    subject=subject_for(persona, task.task_id, seed),
                    positions=missing,
                    size=size,
                    base=base,
                    digital_source_type=provider.digital_source_type,
                    signer=signer,
                    storage=storage if isinstance(storage, FileStorage) else None,
                    capture=capture,
                )
            )
        yield from jobs


def _checked(jobs: Iterable, check: StatusCheck) -> Iterator:
    for job in jobs:
        check()
        yield job


def run_image_stage(
    ctx: RunContext,
    provider: ImageProvider,
    persona_ids: list[str] | None = None,
    *,
    workers: int | None = None,
) -> int:
    """Make all missing images (of every persona, or of ``persona_ids`` only); return how
    many could not be made. ``workers``: pool size for a CPU-bound provider (default: the
    ``WORKERS`` setting; 1 draws inline)."""
    storage = get_storage()
    size = int(current_app.config.get("IMAGE_SIZE", 512))
    writer = ImageWriter(ctx, provider, storage)
    check = StatusCheck(ctx, STAGE)
    signer = signing.current_settings()  # here: pool processes and threads have no app
    capture = trace_settings.prompts_kept()
    if getattr(provider, "cpu_bound", False):
        workers = pool_size(workers or current_app.config.get("WORKERS"))
        jobs = _checked(
            _persona_jobs(ctx, provider, storage, size, persona_ids, signer, capture), check
        )
        call = persona_images if workers > 1 else _inline(provider)
        abandoned: list[Future] = []
        try:
            for outcome in run_pooled(jobs, call, workers, idle=check, abandoned=abandoned):
                job: PersonaJob = outcome.job
                if outcome.error is not None:  # the job itself broke (not one image)
                    message = f"{type(outcome.error).__name__}: {outcome.error}"
                    writer.add(job.subject, MadeImage(job.positions[0], error=message))
                else:
                    for made in outcome.value.images:
                        writer.add(job.subject, made)
                writer.maybe_flush()
            writer.flush()
        except TaskCancelled:  # (a lost lease leaves the files: the new owner writes them)
            writer.discard(abandoned)
            raise
        return writer.failures

    def make(job: ImageJob) -> MadeImage:  # runs in a provider thread: no DB here
        if job.position == 1:
            image = traced_image(
                provider,
                capture,
                lambda: provider.base_portrait(job.subject, size),
                job.subject.index,
                1,
            )
        else:
            base = GeneratedImage(storage.get(job.base_key), *job.base_size)
            image = traced_image(
                provider,
                capture,
                lambda: provider.variant(job.subject, base, job.position, size),
                job.subject.index,
                job.position,
            )
        return finish(
            image, job.subject, job.position, provider.id, provider.digital_source_type, signer
        )

    for variants in (False, True):
        outcomes = run_bounded(
            _jobs(ctx, variants, persona_ids), make, provider.threads, before_each=check
        )
        for outcome in outcomes:
            job = outcome.job
            if outcome.error is not None:
                message = f"{type(outcome.error).__name__}: {outcome.error}"
                traces = list(getattr(outcome.error, "traces", []))
                writer.add(job.subject, MadeImage(job.position, error=message, traces=traces))
            else:
                writer.add(job.subject, outcome.value)
            writer.maybe_flush()
        writer.flush()  # the bases are stored before their variants are asked for
    return writer.failures


def _inline(provider: ImageProvider):
    """The pool's job function with this very provider instance (size-1 pools, tests)."""

    def call(job: PersonaJob):
        return persona_images(job, provider)

    return call


class ImageWriter:
    """Gathers finished images and stores them a batch at a time (files, then rows)."""

    def __init__(self, ctx: RunContext, provider: ImageProvider, storage: Storage) -> None:
        self.ctx = ctx
        self.provider = provider
        self.storage = storage
        self.batching = Batching()
        self.pending: list[tuple[ImageSubject, MadeImage]] = []
        self.errors: list[str] = []
        self.traces: list = []
        self.failures = 0

    def add(self, subject: ImageSubject, made: MadeImage) -> None:
        self.traces.extend(made.traces)
        if not made.error:
            self.pending.append((subject, made))
            return
        self.failures += 1
        log.warning(
            "task %s persona %d image %d failed: %s",
            subject.task_id,
            subject.index,
            made.position,
            made.error,
        )
        self.errors.append(f"persona {subject.index} image {made.position}: {made.error}")

    def maybe_flush(self) -> None:
        if self.batching.due(len(self.pending) + len(self.errors) + len(self.traces)):
            self.flush()

    def flush(self) -> None:
        if not self.pending and not self.errors and not self.traces:
            return
        batch = self.pending
        for attempt in range(3):  # a conflict: another worker stored some; drop those, redo
            try:
                self._store(batch)
                break
            except IntegrityError:
                db.session.rollback()
                if attempt == 2:
                    raise
                batch = self._not_stored(batch)
        self.pending = []
        self.errors = []
        self.traces = []
        self.batching.stored()
        after_batch(self.ctx)

    def _store(self, batch: list[tuple[ImageSubject, MadeImage]]) -> None:
        """Files first (outside any transaction), then one transaction of rows, failures,
        usage and the event, committed only while the task is still making images; a
        cancel committed first stores nothing and the files just written are removed."""
        task_pk = self.ctx.task.id
        rows = []
        usage = Usage()
        for subject, made in batch:
            key = made.storage_key
            if not key:  # the bytes came back: store them here
                key = made_key(subject, made)
                self.storage.put(key, made.data)  # same key on a redo: replaced, never twice
            rows.append(
                {
                    "persona_id": subject.persona_id,
                    "position": made.position,
                    "storage_key": key,
                    "width": made.width,
                    "height": made.height,
                    "sha256": made.sha256,
                    "provider": self.provider.id,
                    "is_base": made.position == 1,
                    "content_credentials": made.content_credentials,
                    "size_bytes": made.size or len(made.data),  # the stored file's bytes
                    "prompt": made.prompt,
                }
            )
            if made.usage is not None and not made.traces:  # traced calls carry their usage
                usage.add(made.usage)
        if rows:
            db.session.execute(sa.insert(PersonaImage), rows)
            record_event(task_pk, EventKind.IMAGES_DONE, count=len(rows), stage=STAGE.value)
        for message in self.errors:
            record_failure(task_pk, message, stage=STAGE.value)
        record_traces(task_pk, self.traces)
        record_usage(task_pk, "image", usage)
        try:
            self.ctx.guard_store(STAGE, images=len(rows))
        except TaskCancelled:
            record_traces(task_pk, self.traces)  # nothing stored, but the calls were made
            record_usage(task_pk, "image", usage)
            db.session.commit()
            self._remove_unreferenced([r["storage_key"] for r in rows])
            raise
        db.session.commit()

    def discard(self, abandoned: list[Future], timeout: float = 60.0) -> None:
        """After a cancel: the files that unstored results and jobs still running stored
        themselves, and that no row points at, are removed (jobs still running are waited
        for, up to ``timeout``)."""
        task_pk = self.ctx.task.id
        keys = [made.storage_key for _, made in self.pending if made.storage_key]
        self.pending = []
        done, _ = wait(abandoned, timeout=timeout)
        for fut in done:
            if not fut.cancelled() and fut.exception() is None:
                keys += stored_keys(fut.result())
        try:
            db.session.rollback()
            self._remove_unreferenced(keys)
        except Exception:  # best effort: the stage's own error is what the caller sees
            log.exception("task %s: could not remove unstored image files", task_pk)

    def _remove_unreferenced(self, keys: list[str]) -> None:
        """Delete the files of ``keys`` that no row points at (another worker's stay)."""
        if not keys:
            return
        kept = set(
            db.session.scalars(
                sa.select(PersonaImage.storage_key).where(PersonaImage.storage_key.in_(keys))
            )
        )
        db.session.commit()
        for key in keys:
            if key not in kept:
                self.storage.delete(key)

    def _not_stored(
        self, batch: list[tuple[ImageSubject, MadeImage]]
    ) -> list[tuple[ImageSubject, MadeImage]]:
        ids = list({subject.persona_id for subject, _ in batch})
        stored = set(
            db.session.execute(
                sa.select(PersonaImage.persona_id, PersonaImage.position).where(
                    PersonaImage.persona_id.in_(ids)
                )
            ).all()
        )
        db.session.commit()
        return [(s, m) for s, m in batch if (s.persona_id, m.position) not in stored]
