"""Making a regeneration: a new variation of one image, or a new person at one position.

The same provider calls as the stages (:mod:`.data_stage`, :mod:`.image_stage`) for one
persona, with the regeneration's own seed: an image keeps the persona's identity
(``ImageSubject.variation`` = the seed: a new scene; a variant is still made from the
stored base portrait), a persona is a new draft asked for at the same position with the
seed in place of the task's (its images then follow from the new draft and that seed).
Provenance is embedded as in the stages, and every provider call is traced as in the
stages (:mod:`.traces`): the traces come back with the result (``MadeImage.traces``,
``NewPersona.traces``) or on the exception (``exc.traces``). Nothing here touches the
database: the caller (:mod:`avatargen.services.regenerations`) stores the results and
the traces.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass, field

from flask import current_app

from avatargen import bio_settings, trace_settings
from avatargen.c2pa import signing
from avatargen.models import GenerationTask, Persona
from avatargen.persona_record import PersonaDraft
from avatargen.persona_rows import persona_from_draft
from avatargen.pipeline.image_stage import subject_for
from avatargen.pipeline.pool import MadeImage, finish
from avatargen.pipeline.traces import traced_batch, traced_image
from avatargen.providers.base import (
    Constraints,
    GeneratedImage,
    ImageProvider,
    ImageSubject,
    TextBatchRequest,
)
from avatargen.providers.registry import get_image_provider, get_text_provider

MAX_SEED = 2**31 - 1


class RegenerationFailed(Exception):
    """The provider gave nothing usable (the reason says why); nothing was stored."""


def regen_seed(task: GenerationTask, index: int, kind: str, position: int, generation: int):
    """The recorded seed of regeneration ``generation`` of (persona ``index``, ``kind``,
    ``position``): derived from the task's seed, so it is the same every time."""
    text = f"regenerate:{task.seed or 0}:{index}:{kind}:{position}:{generation}"
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big") % MAX_SEED + 1


def _size() -> int:
    return int(current_app.config.get("IMAGE_SIZE", 512))


def _made(provider: ImageProvider, subject: ImageSubject, position: int, image) -> MadeImage:
    return finish(
        image, subject, position, provider.id, provider.digital_source_type,
        signing.current_settings(),
    )  # fmt: skip


def image_variation(
    task: GenerationTask,
    persona: Persona,
    position: int,
    seed: int,
    prompt: str,
    base: GeneratedImage | None,
) -> MadeImage:
    """Image ``position`` of ``persona`` again: the same identity, the scene of ``seed``
    (and ``prompt`` added for a model provider); a variant is made from ``base``."""
    provider = get_image_provider(task.image_provider)
    subject = subject_for(persona, task.task_id, task.seed or 0).model_copy(
        update={"variation": seed, "prompt_note": prompt}
    )
    size = _size()
    capture = trace_settings.prompts_kept()
    if position == 1:
        call = lambda: provider.base_portrait(subject, size)  # noqa: E731
    else:
        if base is None:
            raise RegenerationFailed("the persona has no base portrait to make a variant from")
        call = lambda: provider.variant(subject, base, position, size)  # noqa: E731
    image = traced_image(provider, capture, call, persona.persona_index, position)
    return _made(provider, subject, position, image)


@dataclass
class NewPersona:
    draft: PersonaDraft
    row: Persona  # not in the session: what will be stored on accept
    images: list[MadeImage]
    traces: list = field(default_factory=list)  # every provider call made for it


def _failed(message: str, traces: list) -> RegenerationFailed:
    exc = RegenerationFailed(message)
    exc.traces = traces  # type: ignore[attr-defined]
    return exc


def new_person(
    task: GenerationTask, index: int, new_id: str, seed: int, avoid_names: frozenset[str]
) -> NewPersona:
    """A new person at position ``index``: a draft asked for with ``seed`` (names in
    ``avoid_names`` are taken), and its images, the base portrait first."""
    settings = bio_settings.load()
    capture = trace_settings.prompts_kept()
    result = traced_batch(get_text_provider(task.text_provider), capture)(
        TextBatchRequest(
            description=task.persona_description,
            language=task.bio_language,
            count=1,
            start_index=index,
            constraints=Constraints.model_validate(task.constraints or {}),
            bio_prompts=settings.prompts,
            bio_limits=settings.limits,
            avoid_names=avoid_names,
            seed=seed,
        )
    )
    traces = list(result.traces or [])
    draft = result.drafts.get(index)
    if draft is None:
        reasons = "; ".join(f.reason for f in result.failures) or "no persona in the reply"
        raise _failed(f"the text provider gave no new persona: {reasons}", traces)
    over = draft.bios.over_limit(settings.limits)
    if over:
        raise _failed(f"the new persona's bio is over its limit {over}", traces)
    if draft.full_name in avoid_names:
        raise _failed(f"the new persona's name {draft.full_name!r} is taken", traces)
    row = persona_from_draft(task.id, index, draft, task.bio_language)
    row.id = new_id
    provider = get_image_provider(task.image_provider)
    subject = subject_for(row, task.task_id, seed)  # a new person: a new identity too
    size = _size()
    images: list[MadeImage] = []
    try:
        base = traced_image(
            provider, capture, lambda: provider.base_portrait(subject, size), index, 1
        )
        images.append(_made(provider, subject, 1, base))
        for position in range(2, task.images_per_persona + 1):
            variant = traced_image(
                provider,
                capture,
                lambda p=position: provider.variant(subject, base, p, size),
                index,
                position,
            )
            images.append(_made(provider, subject, position, variant))
    except Exception as exc:  # the calls made so far are traced too
        done = [t for made in images for t in made.traces]
        with contextlib.suppress(AttributeError):
            exc.traces = traces + done + list(getattr(exc, "traces", []))  # type: ignore[attr-defined]
        raise
    return NewPersona(draft, row, images, traces + [t for made in images for t in made.traces])
