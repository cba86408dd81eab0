"""What happened to a task and what it used: rows appended in SQL, summed when read.

Several workers (threads, Celery chunks) add to one task at once, so nothing here reads a
value, changes it in Python and writes it back:

* ``task_events``: one row per event (a batch of personas stored, images stored, a failure
  with its reason, a recovery, a cancel, a retry, a status change).
* ``task_usage``: one row per provider call with its counters and its trace (provider,
  model, request kind, start, latency, outcome, error; the prompt and response only while
  the admin setting ``trace_prompts`` is on), written by :func:`record_traces`, listed by
  :func:`list_traces`; a task's usage is their sum, read by :func:`usage_totals` in the
  shape of the old ``usage`` JSON. Rows from before the traces are aggregates of several
  calls with no trace columns.
* ``generation_tasks.error_log`` (original schema) is appended to in SQL by
  :func:`record_failure`, in the same transaction as its ``failure`` event.

The functions add to the caller's transaction; the caller commits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.orm.util import identity_key

from avatargen.extensions import db
from avatargen.models.base import utcnow
from avatargen.models.task import GenerationTask

COUNTERS = ("prompt_tokens", "completion_tokens", "requests", "images")
USAGE_KINDS = ("text", "image")


class EventKind(StrEnum):
    BATCH_DONE = "batch_done"  # count = personas stored
    IMAGES_DONE = "images_done"  # count = images stored
    FAILURE = "failure"  # message = the reason (also appended to error_log)
    RECOVERY = "recovery"  # stage = the status recovered; message = what was re-sent
    CHUNK_RESENT = "chunk_resent"  # a chunk whose lease expired was sent again
    CANCEL = "cancel"
    RETRY = "retry"
    STATUS = "status"  # message = "old -> new"


class TaskEvent(db.Model):
    __tablename__ = "task_events"
    __table_args__ = (sa.Index("ix_task_events_task_kind", "task_pk", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_pk: Mapped[int] = mapped_column(
        sa.ForeignKey("generation_tasks.id", ondelete="CASCADE", name="fk_task_events_task_pk")
    )
    kind: Mapped[str] = mapped_column(sa.String(32))
    stage: Mapped[str | None] = mapped_column(sa.String(50))
    count: Mapped[int] = mapped_column(default=1, server_default="1")
    message: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())


class TaskUsage(db.Model):
    """One provider call: its counters (summed into the task's usage) and its trace."""

    __tablename__ = "task_usage"
    __table_args__ = (sa.Index("ix_task_usage_task_outcome", "task_pk", "outcome"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_pk: Mapped[int] = mapped_column(
        sa.ForeignKey("generation_tasks.id", ondelete="CASCADE", name="fk_task_usage_task_pk"),
        index=True,
    )
    kind: Mapped[str] = mapped_column(sa.String(16))  # "text" or "image"
    prompt_tokens: Mapped[int] = mapped_column(sa.BigInteger, default=0, server_default="0")
    completion_tokens: Mapped[int] = mapped_column(sa.BigInteger, default=0, server_default="0")
    requests: Mapped[int] = mapped_column(sa.BigInteger, default=0, server_default="0")
    images: Mapped[int] = mapped_column(sa.BigInteger, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())
    # The trace (avatargen.providers.tracing.CallTrace); empty on pre-trace aggregate rows.
    provider: Mapped[str | None] = mapped_column(sa.String(64))
    model: Mapped[str | None] = mapped_column(sa.String(200))
    request: Mapped[str | None] = mapped_column(sa.String(32))  # chat, batch, base_portrait..
    started_at: Mapped[datetime | None]
    latency_ms: Mapped[int | None]
    outcome: Mapped[str | None] = mapped_column(sa.String(32))  # "ok" or the error kind
    error: Mapped[str | None] = mapped_column(sa.String(500))  # one line, redacted
    persona_index: Mapped[int | None]
    position: Mapped[int | None]  # image position (images only)
    prompt: Mapped[str | None] = mapped_column(sa.Text)  # only with trace_prompts on
    response: Mapped[str | None] = mapped_column(sa.Text)  # only with trace_prompts on


# --------------------------------------------------------------------------- writing


def record_event(
    task_pk: int,
    kind: EventKind | str,
    message: str | None = None,
    *,
    stage: str | None = None,
    count: int = 1,
) -> None:
    """Append one event row (in the caller's transaction)."""
    db.session.execute(
        sa.insert(TaskEvent).values(
            task_pk=task_pk,
            kind=EventKind(kind).value,
            stage=stage,
            count=count,
            message=message,
            created_at=utcnow(),
        )
    )


def log_line(message: str) -> str:
    return f"[{utcnow().strftime('%Y-%m-%d %H:%M:%S')}] {message}"


def append_error_log(task_pk: int, message: str) -> None:
    """Append a stamped line to ``generation_tasks.error_log`` in SQL (no read in Python)."""
    col = GenerationTask.error_log
    line = log_line(message)
    db.session.execute(
        sa.update(GenerationTask)
        .where(GenerationTask.id == task_pk)
        .values(
            error_log=sa.case(
                (col.is_(None), sa.literal(line)),
                else_=col + sa.literal("\n") + sa.literal(line),
            )
        )
        .execution_options(synchronize_session=False)
    )
    _expire(task_pk, "error_log")


def record_failure(task_pk: int, message: str, *, stage: str | None = None) -> None:
    """A failure with its reason: an event row, and a line appended to ``error_log``."""
    record_event(task_pk, EventKind.FAILURE, message, stage=stage)
    append_error_log(task_pk, message)


def record_usage(task_pk: int, kind: str, usage: Any) -> None:
    """Append the counters of ``usage`` (a :class:`~avatargen.providers.base.Usage`) to the
    task's ``kind`` ("text" or "image") usage; nothing for no usage."""
    if kind not in USAGE_KINDS:
        raise ValueError(f"usage kind must be one of {USAGE_KINDS}, not {kind!r}")
    if usage is None:
        return
    values = {name: int(value) for name, value in asdict(usage).items() if name in COUNTERS}
    if not any(values.values()):
        return
    db.session.execute(
        sa.insert(TaskUsage).values(task_pk=task_pk, kind=kind, created_at=utcnow(), **values)
    )


TRACE_COLUMNS = (
    "kind",
    "provider",
    "model",
    "request",
    "started_at",
    "latency_ms",
    "outcome",
    "error",
    "persona_index",
    "position",
    "prompt",
    "response",
    *COUNTERS,
)


def record_traces(task_pk: int, traces: Iterable[Any]) -> int:
    """Append one usage row per call trace (a
    :class:`~avatargen.providers.tracing.CallTrace`) in one statement, in the caller's
    transaction; return how many."""
    now = utcnow()
    rows = []
    for t in traces:
        if t.kind not in USAGE_KINDS:
            raise ValueError(f"usage kind must be one of {USAGE_KINDS}, not {t.kind!r}")
        row = {name: getattr(t, name) for name in TRACE_COLUMNS}
        row["error"] = row["error"][:500] if row["error"] else None
        rows.append({"task_pk": task_pk, "created_at": now, **row})
    if rows:
        db.session.execute(sa.insert(TaskUsage), rows)
    return len(rows)


def _expire(task_pk: int, *names: str) -> None:
    """Forget the in-session copy of columns changed by a Core UPDATE (reloaded on access)."""
    key = identity_key(GenerationTask, task_pk)
    task = db.session.identity_map.get(key)
    if task is not None:
        db.session.expire(task, list(names) or None)


# --------------------------------------------------------------------------- reading


def usage_totals(task_pk: int) -> dict[str, dict[str, int]]:
    """``{"text": {counter: n}, "image": {...}}`` summed from the usage rows (kinds that
    used nothing, such as the offline providers' traced calls, are left out, as the old
    ``usage`` JSON did)."""
    rows = db.session.execute(
        sa.select(TaskUsage.kind, *(sa.func.sum(getattr(TaskUsage, c)) for c in COUNTERS))
        .where(TaskUsage.task_pk == task_pk)
        .group_by(TaskUsage.kind)
    ).all()
    totals = {
        kind: {c: int(v or 0) for c, v in zip(COUNTERS, sums, strict=True)} for kind, *sums in rows
    }
    return {kind: t for kind, t in totals.items() if any(t.values())}  # local work: none


def count_events(task_pk: int, kind: EventKind | str, *, stage: str | None = None) -> int:
    """How many ``kind`` events the task has (of ``stage`` only, when given)."""
    query = sa.select(sa.func.count(TaskEvent.id)).where(
        TaskEvent.task_pk == task_pk, TaskEvent.kind == EventKind(kind).value
    )
    if stage is not None:
        query = query.where(TaskEvent.stage == stage)
    return db.session.scalar(query) or 0


def failure_messages(task_pk: int, limit: int = 5) -> list[str]:
    """The task's latest failure reasons, oldest first."""
    rows = db.session.scalars(
        sa.select(TaskEvent.message)
        .where(TaskEvent.task_pk == task_pk, TaskEvent.kind == EventKind.FAILURE.value)
        .order_by(TaskEvent.id.desc())
        .limit(limit)
    ).all()
    return [m for m in reversed(rows) if m]


def trace_query(
    task_pk: int,
    *,
    kind: str | None = None,
    outcome: str | None = None,
    request: str | None = None,
) -> sa.Select:
    """The task's traces (newest last), optionally of one kind, outcome or request kind;
    ``outcome="failed"`` means every outcome but ``ok``."""
    query = sa.select(TaskUsage).where(TaskUsage.task_pk == task_pk)
    if kind:
        query = query.where(TaskUsage.kind == kind)
    if outcome == "failed":
        query = query.where(TaskUsage.outcome.is_not(None), TaskUsage.outcome != "ok")
    elif outcome:
        query = query.where(TaskUsage.outcome == outcome)
    if request:
        query = query.where(TaskUsage.request == request)
    return query


def list_traces(
    task_pk: int, *, page: int = 1, per_page: int = 50, **filters: str | None
) -> tuple[list[TaskUsage], int]:
    """One page of the task's traces in call order and how many match in all."""
    query = trace_query(task_pk, **filters)
    total = db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0
    rows = db.session.scalars(
        query.order_by(TaskUsage.id).limit(per_page).offset((page - 1) * per_page)
    ).all()
    return list(rows), total
