"""Data stage: fill every missing persona position of a task, batch by batch.

Provider requests run in threads (a slot is free as soon as its response arrives); the
calling thread checks each response and stores the accepted personas of several responses
in one guarded transaction (:mod:`avatargen.pipeline.batch`), so an interrupted task
resumes with the positions still missing, a cancel stops storing at once, and the
``(task, index)`` unique key makes a redone batch harmless.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from avatargen import bio_settings, trace_settings
from avatargen.extensions import db
from avatargen.heritage import described as described_heritage
from avatargen.heritage import heritage_for
from avatargen.models import Persona, TaskStatus
from avatargen.models.task_events import (
    EventKind,
    record_event,
    record_failure,
    record_traces,
    record_usage,
)
from avatargen.names_order import full_name
from avatargen.persona_rows import persona_from_draft
from avatargen.pipeline.batch import Batching, StatusCheck, after_batch
from avatargen.pipeline.context import RunContext, TaskCancelled
from avatargen.pipeline.parallel import run_bounded
from avatargen.pipeline.traces import traced_batch
from avatargen.providers.base import (
    Constraints,
    ProviderFatalError,
    TextBatchRequest,
    TextBatchResult,
    TextProvider,
    Usage,
)

log = logging.getLogger(__name__)
MAX_PASSES = 3  # how often a position that failed is asked for again
STAGE = TaskStatus.GENERATING_DATA


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


def _request(
    ctx: RunContext,
    start: int,
    count: int,
    constraints: Constraints,
    settings: bio_settings.BioSettings,
    names: set[str],
) -> TextBatchRequest:
    task = ctx.task
    return TextBatchRequest(
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


def _requests(
    ctx: RunContext,
    missing: list[int],
    constraints: Constraints,
    settings: bio_settings.BioSettings,
    names: set[str],
) -> Iterator[TextBatchRequest]:
    """Batch requests for the missing positions, built when started (names up to date)."""
    for start, count in _runs(missing, ctx.batch_size):
        yield _request(ctx, start, count, constraints, settings, names)


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
    call = traced_batch(provider, trace_settings.prompts_kept())
    reasons: dict[int, str] = {}  # position -> why it was not stored (the latest pass)
    for attempt in range(1, MAX_PASSES + 1):
        missing = [i for i in wanted if i not in done]
        if not missing:
            break

        writer = PersonaWriter(ctx, done, names)
        outcomes = run_bounded(
            _requests(ctx, missing, constraints, settings, names),
            call,
            provider.threads,
            before_each=StatusCheck(ctx, STAGE),
        )
        for outcome in outcomes:
            request = outcome.job
            if outcome.error is not None:
                writer.add_traces(getattr(outcome.error, "traces", []))
            if isinstance(outcome.error, ProviderFatalError):
                # A rejected key or a missing model: every other batch would get the same
                # answer. Keep what is stored, stop asking (queued batches are dropped).
                writer.flush()
                raise outcome.error
            if outcome.error is not None:
                reason = f"{type(outcome.error).__name__}: {outcome.error}"
                for index in range(request.start_index, request.start_index + request.count):
                    reasons[index] = reason
                continue
            rows = _accept(ctx, request, outcome.value, settings.limits, names, reasons)
            writer.add(rows, outcome.value)
            writer.maybe_flush()
        writer.flush()
        left = sum(1 for i in wanted if i not in done)
        if attempt < MAX_PASSES and left:
            log.info("task %s: asking again for %d personas", task.task_id, left)
    missing = [i for i in wanted if i not in done]
    if missing:
        record_failure(
            task.id,
            f"{len(missing)} persona(s) could not be generated after {MAX_PASSES} attempts: "
            + failed_positions(missing, reasons),
            stage=STAGE.value,
        )
        db.session.commit()
    elif positions is None:  # the whole task is stored: the provider may let go of it
        provider.end_task(_request(ctx, 0, 1, constraints, settings, set()))
    return len(missing)


MAX_REASON = 300  # characters of one reason in the error log
MAX_REASON_GROUPS = 100  # distinct reasons listed; the positions of the rest still are


def _ranges(indices: list[int]) -> str:
    """``[0, 1, 2, 5, 7, 8]`` as "0-2, 5, 7-8"."""
    parts = []
    for start, count in _runs(indices, len(indices) or 1):
        parts.append(str(start) if count == 1 else f"{start}-{start + count - 1}")
    return ", ".join(parts)


def failed_positions(missing: list[int], reasons: dict[int, str]) -> str:
    """Every position in ``missing`` with its reason, positions of one reason grouped:
    "persona 3: ...; personas 0-2, 5: ...". Bounded: past ``MAX_REASON_GROUPS`` distinct
    reasons, the remaining positions are listed without theirs."""
    groups: dict[str, list[int]] = {}
    for index in missing:
        reason = " ".join(reasons.get(index, "no reply for it").split())[:MAX_REASON]
        groups.setdefault(reason, []).append(index)
    ordered = sorted(groups.items(), key=lambda item: item[1][0])
    parts = [
        f"{'persona' if len(idx) == 1 else 'personas'} {_ranges(idx)}: {reason}"
        for reason, idx in ordered[:MAX_REASON_GROUPS]
    ]
    rest = sorted(i for _, idx in ordered[MAX_REASON_GROUPS:] for i in idx)
    if rest:
        parts.append(f"personas {_ranges(rest)}: {len(ordered) - MAX_REASON_GROUPS} other reasons")
    return "; ".join(parts)


def _accept(
    ctx: RunContext,
    request: TextBatchRequest,
    result: TextBatchResult,
    limits: dict[str, int],
    names: set[str],
    reasons: dict[int, str],
) -> list[Persona]:
    """Rows for the valid drafts of one batch; the reasons for the others go to ``reasons``."""
    described = described_heritage(request.description) if result.drafts else None
    task = ctx.task
    rows = []
    for index in range(request.start_index, request.start_index + request.count):
        draft = result.drafts.get(index)
        if draft is None:
            reasons[index] = "the provider returned no persona for it"
            continue
        over = draft.bios.over_limit(limits)
        if over:  # a bio over its limit is never stored
            reasons[index] = f"bio over limit {over}"
            continue
        if draft.full_name in names:
            reasons[index] = f"duplicate name {draft.full_name!r}"
            continue
        names.add(draft.full_name)
        mix = request.constraints.heritage_mix
        heritage = draft.heritage
        if mix and heritage not in mix:  # the mix decides: a provider may only echo it
            heritage = heritage_for(mix, request.seed, index)
        elif not mix and heritage != described:
            heritage = None  # no mix asked for nor named: the record's heritage stays null
        row = persona_from_draft(task.id, index, draft, task.bio_language)
        row.heritage = heritage
        rows.append(row)
    for failure in result.failures:
        reasons[failure.index] = failure.reason
    return rows


def _values(row: Persona) -> dict:
    """The column values set on a new, unsaved row."""
    return {k: v for k, v in vars(row).items() if not k.startswith("_")}


class PersonaWriter:
    """Gathers accepted personas and stores them a batch at a time."""

    def __init__(self, ctx: RunContext, done: set[int], names: set[str]) -> None:
        self.ctx = ctx
        self.done = done
        self.names = names
        self.batching = Batching()
        self.pending: list[Persona] = []
        self.usage = Usage()  # of results that came without traces
        self.traces: list = []
        self.results = 0

    def add(self, rows: list[Persona], result: TextBatchResult) -> None:
        self.pending.extend(rows)
        if result.traces:
            self.traces.extend(result.traces)
        else:
            self.usage.add(result.usage)
        self.results += 1  # usage of a response that gave nothing usable still counts

    def add_traces(self, traces: list) -> None:
        """The traces of a call that failed (stored with the next batch)."""
        if traces:
            self.traces.extend(traces)
            self.results += 1

    def maybe_flush(self) -> None:
        if self.batching.due(len(self.pending) or self.results):
            self.flush()

    def flush(self) -> None:
        if not self.pending and not self.results:
            return
        rows = self.pending
        for attempt in range(3):
            try:
                self._store(rows)
                break
            except IntegrityError:
                # Another worker stored some of these positions (e.g. after a lease expired).
                db.session.rollback()
                if attempt == 2:
                    raise
                rows = self._resync(rows)
        self.done.update(r.persona_index for r in rows)
        self.pending = []
        self.usage = Usage()
        self.traces = []
        self.results = 0
        self.batching.stored()
        after_batch(self.ctx)

    def _store(self, rows: list[Persona]) -> None:
        """One transaction: the rows, their event and the calls' traces (with their usage),
        committed only while the task is still generating data (a cancel committed first
        makes it store nothing but the traces)."""
        task_pk = self.ctx.task.id
        record_traces(task_pk, self.traces)  # responses that gave nothing still count
        record_usage(task_pk, "text", self.usage)
        if rows:  # one multi-row INSERT (column defaults fill id and created_at)
            db.session.execute(sa.insert(Persona), [_values(r) for r in rows])
            record_event(task_pk, EventKind.BATCH_DONE, count=len(rows), stage=STAGE.value)
        try:
            self.ctx.guard_store(STAGE, personas=len(rows))
        except TaskCancelled:
            record_traces(task_pk, self.traces)  # nothing stored, but the calls were made
            record_usage(task_pk, "text", self.usage)
            db.session.commit()
            raise
        db.session.commit()

    def _resync(self, rows: list[Persona]) -> list[Persona]:
        """The rows still to store, with ``done`` and ``names`` set from the stored ones."""
        fresh_done, fresh_names = _existing(self.ctx.task.id)
        db.session.commit()
        self.done.clear()
        self.done.update(fresh_done)
        self.names.clear()
        self.names.update(fresh_names)
        keep = []
        for row in rows:
            name = full_name(row.first_name, row.last_name)
            if row.persona_index not in fresh_done and name not in self.names:
                self.names.add(name)
                keep.append(row)
        return keep
