"""Data stage: fill every missing persona position of a task, batch by batch.

Each batch is committed as soon as it exists, so an interrupted task resumes with the
positions still missing; the ``(task, index)`` unique key makes a redone batch harmless.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from avatargen import bio_settings
from avatargen.extensions import db
from avatargen.models import Persona, TaskStatus
from avatargen.models.task_events import EventKind, record_event, record_failure, record_usage
from avatargen.names_order import full_name
from avatargen.persona_rows import persona_from_draft
from avatargen.pipeline.context import RunContext, TaskCancelled
from avatargen.pipeline.parallel import run_bounded
from avatargen.providers.base import (
    Constraints,
    TextBatchRequest,
    TextBatchResult,
    TextProvider,
)

log = logging.getLogger(__name__)
MAX_PASSES = 3  # how often a position that failed is asked for again


def _existing(task_pk: int) -> tuple[set[int], set[str]]:
    rows = db.session.execute(
        sa.select(Persona.persona_index, Persona.first_name, Persona.last_name).where(
            Persona.task_pk == task_pk
        )
    )
    indices, names = set(), set()
    for index, first, last in rows:
        indices.add(index)
        names.add(full_name(first, last))
    return indices, names


def _runs(indices: list[int], size: int) -> list[tuple[int, int]]:
    """Group sorted indices into contiguous (start, count) runs of at most ``size``."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][0] + runs[-1][1] == i and runs[-1][1] < size:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((i, 1))
    return runs


def _requests(
    ctx: RunContext,
    missing: list[int],
    constraints: Constraints,
    settings: bio_settings.BioSettings,
    names: set[str],
) -> Iterator[TextBatchRequest]:
    """Batch requests for the missing positions, built when started (names up to date)."""
    task = ctx.task
    for start, count in _runs(missing, ctx.batch_size):
        yield TextBatchRequest(
            description=task.persona_description,
            language=task.bio_language,
            count=count,
            start_index=start,
            constraints=constraints,
            bio_prompts=settings.prompts,
            bio_limits=settings.limits,
            avoid_names=frozenset(names),
            seed=task.seed or 0,
        )


def run_data_stage(
    ctx: RunContext, provider: TextProvider, positions: Iterable[int] | None = None
) -> int:
    """Store every missing persona among ``positions`` (default: all of the task's);
    return how many of them are still missing afterwards."""
    task = ctx.task
    settings = bio_settings.load()
    constraints = Constraints.model_validate(task.constraints or {})
    wanted = sorted(set(range(task.number_to_generate) if positions is None else positions))
    done, names = _existing(task.id)
    for attempt in range(1, MAX_PASSES + 1):
        missing = [i for i in wanted if i not in done]
        if not missing:
            return 0

        outcomes = run_bounded(
            _requests(ctx, missing, constraints, settings, names),
            provider.generate_batch,
            provider.concurrency,
            before_each=lambda: ctx.checkpoint(TaskStatus.GENERATING_DATA),
        )
        for outcome in outcomes:
            request = outcome.job
            if outcome.error is not None:
                ctx.notes.append(
                    f"personas {request.start_index}-{request.start_index + request.count - 1}:"
                    f" {type(outcome.error).__name__}: {outcome.error}"
                )
                continue
            rows = _accept(ctx, request, outcome.value, settings.limits, names)
            _store(ctx, rows, done, names, outcome.value)
            ctx.report_progress()
        left = sum(1 for i in wanted if i not in done)
        if attempt < MAX_PASSES and left:
            log.info("task %s: asking again for %d personas", task.task_id, left)
    missing = sum(1 for i in wanted if i not in done)
    if missing:
        record_failure(
            task.id,
            f"{missing} persona(s) could not be generated after {MAX_PASSES} attempts: "
            + "; ".join(ctx.notes[-5:]),
            stage=TaskStatus.GENERATING_DATA.value,
        )
        db.session.commit()
    return missing


def _accept(
    ctx: RunContext,
    request: TextBatchRequest,
    result: TextBatchResult,
    limits: dict[str, int],
    names: set[str],
) -> list[Persona]:
    """Rows for the valid drafts of one batch; the reasons for the others go to notes."""
    task = ctx.task
    rows = []
    for index in range(request.start_index, request.start_index + request.count):
        draft = result.drafts.get(index)
        if draft is None:
            continue
        over = draft.bios.over_limit(limits)
        if over:  # a bio over its limit is never stored
            ctx.notes.append(f"persona {index}: bio over limit {over}")
            continue
        if draft.full_name in names:
            ctx.notes.append(f"persona {index}: duplicate name {draft.full_name!r}")
            continue
        names.add(draft.full_name)
        rows.append(persona_from_draft(task.id, index, draft, task.bio_language))
    for failure in result.failures:
        ctx.notes.append(f"persona {failure.index}: {failure.reason}")
    return rows


def _store(
    ctx: RunContext, rows: list[Persona], done: set[int], names: set[str], result: TextBatchResult
) -> None:
    """Store one batch's personas and usage in one transaction, only if the task is still
    generating data (a cancel committed first makes it store nothing)."""
    task = ctx.task
    record_usage(task.id, "text", result.usage)  # a batch that gave nothing usable still counts
    if rows:
        db.session.add_all(rows)
        record_event(task.id, EventKind.BATCH_DONE, count=len(rows),
                     stage=TaskStatus.GENERATING_DATA.value)  # fmt: skip
    try:
        ctx.guard_store(TaskStatus.GENERATING_DATA, personas=len(rows))
        db.session.commit()
    except TaskCancelled:
        record_usage(task.id, "text", result.usage)  # nothing stored, but the call was made
        db.session.commit()
        raise
    except IntegrityError:
        # Another worker stored some of these positions (e.g. after a lease expired).
        db.session.rollback()
        record_usage(task.id, "text", result.usage)  # the call was made: its usage counts
        db.session.commit()
        fresh_done, fresh_names = _existing(task.id)
        done.clear()
        done.update(fresh_done)
        names.clear()
        names.update(fresh_names)
        db.session.commit()
        return
    done.update(r.persona_index for r in rows)
