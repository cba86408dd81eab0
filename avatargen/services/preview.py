"""Preview: the first personas of a task (records and base portraits) before it exists.

The preview runs the same provider calls the task's first batch and base-portrait jobs
will make, with the same request (description, language, constraints, bio prompts and
limits, seed), so "generate" with the same settings and seed stores these very personas
as its first ones (same records except the ids, the same portrait pixels). Nothing is
written: no task, persona or image row, no stored file; the portraits are returned as
inline ``data:`` URLs in the answer, so they exist only for the user who asked.

Cost is bounded: the count is fixed (:data:`PREVIEW_COUNT`), only deterministic
providers that run here (no network, no paid call) are accepted, the portraits are
made without a C2PA signature, no portrait is started once the request's thread has
used ``AVATARGEN_PREVIEW_CPU_SECONDS`` of CPU (default 10; the rest are listed as
failures), and web and API callers are throttled per user (``AVATARGEN_PREVIEW_THROTTLE``,
default 10 per minute).
"""

from __future__ import annotations

import base64
import secrets
import time
from typing import Any

from flask import current_app

from avatargen import bio_settings
from avatargen.models import GenerationTask, User
from avatargen.persona_rows import persona_from_draft, persona_record
from avatargen.pipeline.image_stage import subject_for
from avatargen.pipeline.pool import finish
from avatargen.providers.base import Constraints, TextBatchRequest
from avatargen.providers.registry import get_image_provider, get_text_provider
from avatargen.services.action_limits import take
from avatargen.services.tasks import TaskInputError, TaskRequest, parse_request

PREVIEW_COUNT = 5
PREVIEW_TASK_ID = "preview"
DEFAULT_CPU_SECONDS = 10.0  # of this thread, checked before each portrait


class PreviewUnavailable(TaskInputError):
    """The chosen providers cannot be previewed (they call out or are not deterministic)."""


def _check_providers(req: TaskRequest) -> None:
    errors = {}
    for kind, name, get in (
        ("text", req.text_provider, get_text_provider),
        ("image", req.image_provider, get_image_provider),
    ):
        caps = get(name).capabilities
        if "deterministic" not in caps or "network" in caps:
            errors[f"{kind}_provider"] = (
                f"a preview needs a deterministic provider that runs here (such as "
                f"'offline'); {name!r} is not one: generate a small task instead"
            )
    if errors:
        raise PreviewUnavailable(errors)


def _seed(req: TaskRequest) -> int:
    return req.seed if req.seed is not None else secrets.randbelow(2**31)


def preview(user: User, data: dict[str, Any] | TaskRequest) -> dict[str, Any]:
    """The first ``min(PREVIEW_COUNT, number_to_generate)`` personas the task described by
    ``data`` would store, with their base portraits as data URLs; nothing is stored.
    Raises :class:`TaskInputError` (or :class:`PreviewUnavailable`) for bad input and
    :class:`avatargen.services.action_limits.TooManyRequests` past the user's preview limit."""
    started = time.perf_counter()
    cpu_started = time.thread_time()
    req = data if isinstance(data, TaskRequest) else parse_request(data)
    _check_providers(req)
    take("preview", user.id, "PREVIEW_THROTTLE", "10 per minute")
    seed = _seed(req)
    count = min(PREVIEW_COUNT, req.number_to_generate)
    constraints = req.constraints.model_dump(exclude_defaults=True) or None
    # A task that is never added to the session: what the pipeline reads from a task row.
    task = GenerationTask(
        task_id=PREVIEW_TASK_ID,
        user_id=user.id,
        persona_description=req.persona_description,
        bio_language=req.bio_language,
        number_to_generate=req.number_to_generate,
        images_per_persona=req.images_per_persona,
        seed=seed,
        text_provider=req.text_provider,
        image_provider=req.image_provider,
        constraints=constraints,
    )
    settings = bio_settings.load()
    text = get_text_provider(req.text_provider)
    result = text.generate_batch(
        TextBatchRequest(
            description=task.persona_description,
            language=task.bio_language,
            count=count,
            start_index=0,
            constraints=Constraints.model_validate(constraints or {}),
            bio_prompts=settings.prompts,
            bio_limits=settings.limits,
            avoid_names=frozenset(),
            seed=seed,
        )
    )
    images = get_image_provider(req.image_provider)
    size = int(current_app.config.get("IMAGE_SIZE", 512))
    personas, failures = [], [{"index": f.index, "reason": f.reason} for f in result.failures]
    budget = float(current_app.config.get("PREVIEW_CPU_SECONDS", DEFAULT_CPU_SECONDS))
    for index in range(count):
        draft = result.drafts.get(index)
        if draft is None:
            continue
        if time.thread_time() - cpu_started > budget:  # checked before each portrait
            failures.append(
                {"index": index, "reason": f"the preview's CPU budget ({budget:g} s) is spent"}
            )
            continue
        over = draft.bios.over_limit(settings.limits)
        if over:  # the data stage would not store it either
            failures.append({"index": index, "reason": f"bio over limit {over}"})
            continue
        row = persona_from_draft(0, index, draft, task.bio_language)
        row.id = f"preview-{index}"
        subject = subject_for(row, PREVIEW_TASK_ID, seed)
        made = finish(
            images.base_portrait(subject, size),
            subject,
            1,
            images.id,
            images.digital_source_type,
            None,
        )
        mime = "image/png" if made.format == "PNG" else "image/jpeg"
        record = persona_record(row, task, [])
        record["id"] = None
        record["task_id"] = None
        record["images"] = []
        personas.append(
            {
                "record": record,
                "portrait": f"data:{mime};base64,{base64.b64encode(made.data).decode()}",
                "portrait_sha256": made.sha256,
            }
        )
    return {
        "seed": seed,
        "count": len(personas),
        "personas": personas,
        "failures": failures,
        "elapsed_ms": round((time.perf_counter() - started) * 1000),
        "synthetic": True,
    }
